import { FieldError, RadioGroup, TextArea, TextField, fieldId } from '../../components/fields';
import { answerField, inOrder, type AnswerDrafts, type Question } from './questions';
import { t } from '../../i18n';

/** The server's own limit, used only until the client configuration has loaded. */
export const DEFAULT_ANSWER_MAX_CHARS = 1000;

/**
 * The category's questions as form fields, each in the control its datatype calls for: a line or
 * a box of text, a number, a date and time, one choice (radio buttons) or several (checkboxes).
 */
export function QuestionFields({
  questions,
  answers,
  onAnswer,
  errors,
  answerMaxChars = DEFAULT_ANSWER_MAX_CHARS,
}: {
  questions: Question[];
  answers: AnswerDrafts;
  onAnswer: (code: string, value: string | string[]) => void;
  errors: Record<string, string | undefined>;
  /** The longest answer the server takes (`report_limits.answer_chars` of the client configuration). */
  answerMaxChars?: number;
}) {
  if (questions.length === 0) return null;
  return (
    <>
      {inOrder(questions).map((q) => {
        const name = answerField(q.code);
        const error = errors[name];
        const label = q.required ? q.description : t('report-question-optional', { question: q.description });
        const hint = q.datatype_description ?? undefined;
        const text = typeof answers[q.code] === 'string' ? (answers[q.code] as string) : '';
        switch (q.datatype) {
          case 'singlevaluelist':
            return (
              <RadioGroup
                key={q.code}
                name={name}
                legend={label}
                options={(q.values ?? []).map((v) => ({ value: v.key, label: v.name }))}
                value={text}
                onValue={(value) => onAnswer(q.code, value)}
                error={error}
              />
            );
          case 'multivaluelist': {
            const ticked = Array.isArray(answers[q.code]) ? (answers[q.code] as string[]) : [];
            return (
              <fieldset key={q.code} class={error ? 'field field--error' : 'field'}>
                <legend>{label}</legend>
                <p class="hint">{t('report-question-tick-all')}</p>
                <FieldError name={name} error={error} />
                {(q.values ?? []).map((v, index) => {
                  const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${v.key}`;
                  return (
                    <div class="radio checkbox" key={v.key}>
                      <input
                        type="checkbox"
                        id={id}
                        name={name}
                        value={v.key}
                        checked={ticked.includes(v.key)}
                        onChange={(event) =>
                          onAnswer(
                            q.code,
                            event.currentTarget.checked
                              ? [...ticked, v.key]
                              : ticked.filter((key) => key !== v.key),
                          )
                        }
                      />
                      <label for={id}>{v.name}</label>
                    </div>
                  );
                })}
              </fieldset>
            );
          }
          case 'text':
            return (
              <TextArea
                key={q.code}
                name={name}
                label={label}
                hint={hint}
                rows={3}
                maxLength={answerMaxChars}
                value={text}
                onValue={(value) => onAnswer(q.code, value)}
                error={error}
              />
            );
          default:
            return (
              <TextField
                key={q.code}
                name={name}
                label={label}
                hint={hint}
                type={q.datatype === 'datetime' ? 'datetime-local' : 'text'}
                inputMode={q.datatype === 'number' ? 'decimal' : undefined}
                maxLength={q.datatype === 'string' ? answerMaxChars : undefined}
                value={text}
                onValue={(value) => onAnswer(q.code, value)}
                error={error}
              />
            );
        }
      })}
    </>
  );
}
