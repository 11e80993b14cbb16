import type { ComponentChildren } from 'preact';
import type { Dispatch, StateUpdater } from 'preact/hooks';
import { CheckboxField, SelectField, TextField, fieldId } from '../../components/fields';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { ATTRIBUTE_DATATYPES, isListDatatype, type AttributeDatatype } from './api';
import {
  QUESTIONS_MAX,
  QUESTION_LABELS,
  QUESTION_MAX,
  categoryField,
  choiceField,
  datatypeLabel,
  newChoice,
  newQuestion,
  questionField,
  type ChoiceDraft,
  type QuestionDraft,
} from './categoryDraft';
import type { FormErrors } from '../../lib/validation';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

type SetQuestions = Dispatch<StateUpdater<QuestionDraft[]>>;

interface Props {
  questions: QuestionDraft[];
  setQuestions: SetQuestions;
  /** Messages keyed by field name (see lib/categoryDraft). */
  errors: FormErrors;
}

const hidden = <span class="visually-hidden" />;

/** A button whose accessible name also says what it acts on: "Remove question (question 2)". */
function RemoveButton({ children, onClick }: { children: ComponentChildren; onClick: () => void }) {
  return (
    <button type="button" class="button--small button--quiet" onClick={onClick}>
      {children}
    </button>
  );
}

function ChoicesEditor({
  question: q,
  number,
  update,
  errors,
}: {
  question: QuestionDraft;
  number: number;
  update: (change: (q: QuestionDraft) => QuestionDraft) => void;
  errors: FormErrors;
}) {
  const focusLater = useFocusAfterRender();
  const groupId = fieldId(questionField(q, 'values'));
  const error = errors[questionField(q, 'values')];
  const setChoice = (c: ChoiceDraft, name: 'key' | 'name') => (value: string) =>
    update((now) => ({
      ...now,
      values: now.values.map((v) => (v.uid === c.uid ? { ...v, [name]: value } : v)),
    }));
  const add = () => {
    const choice = newChoice();
    update((now) => ({ ...now, values: [...now.values, choice] }));
    focusLater(fieldId(choiceField(q, choice, 'key')));
  };
  const remove = (c: ChoiceDraft) => {
    update((now) => ({ ...now, values: now.values.filter((v) => v.uid !== c.uid) }));
    focusLater(`${groupId}-add`);
  };

  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      class={error ? 'field field--error choices' : 'field choices'}
      aria-describedby={[`${groupId}-hint`, error && `${groupId}-error`].filter(Boolean).join(' ')}
    >
      <legend>
        <Markup id="category-choices-legend" args={{ number }} elements={{ hidden }} />
      </legend>
      <p id={`${groupId}-hint`} class="hint">
        {t('category-choices-hint')}
      </p>
      {error && (
        <p id={`${groupId}-error`} class="field-error">
          <span class="visually-hidden">{`${t('category-field-error-prefix')} `}</span>
          {error}
        </p>
      )}
      {q.values.length > 0 && (
        <ol class="choice-list">
          {q.values.map((c, j) => (
            <li key={c.uid} class="choice-row">
              <TextField
                name={choiceField(q, c, 'key')}
                label={t('category-choice-key', { choice: j + 1 })}
                autoComplete="off"
                spellcheck={false}
                value={c.key}
                onValue={setChoice(c, 'key')}
                error={errors[choiceField(q, c, 'key')]}
              />
              <TextField
                name={choiceField(q, c, 'name')}
                label={t('category-choice-name', { choice: j + 1 })}
                value={c.name}
                onValue={setChoice(c, 'name')}
                error={errors[choiceField(q, c, 'name')]}
              />
              <RemoveButton onClick={() => remove(c)}>
                <Markup
                  id="category-remove-choice"
                  args={{ choice: j + 1, question: number }}
                  elements={{ hidden }}
                />
              </RemoveButton>
            </li>
          ))}
        </ol>
      )}
      <button type="button" id={`${groupId}-add`} class="button--small button--quiet" onClick={add}>
        <Markup id="category-add-choice" args={{ number }} elements={{ hidden }} />
      </button>
    </fieldset>
  );
}

function QuestionFields({
  question: q,
  number,
  setQuestions,
  onRemove,
  errors,
}: {
  question: QuestionDraft;
  number: number;
  setQuestions: SetQuestions;
  onRemove: () => void;
  errors: FormErrors;
}) {
  const update = (change: (q: QuestionDraft) => QuestionDraft) =>
    setQuestions((all) => all.map((other) => (other.uid === q.uid ? change(other) : other)));
  const set =
    <K extends 'code' | 'description' | 'datatype_description' | 'order'>(name: K) =>
    (value: string) =>
      update((now) => ({ ...now, [name]: value }));
  const setDatatype = (value: string) =>
    update((now) => {
      const datatype = value as AttributeDatatype;
      // A list needs at least one choice: start it with an empty row to fill in.
      const values = isListDatatype(datatype) && now.values.length === 0 ? [newChoice()] : now.values;
      return { ...now, datatype, values };
    });
  const error = (name: Parameters<typeof questionField>[1]) => errors[questionField(q, name)];

  return (
    <fieldset class="field question">
      <legend>{t('category-question-legend', { number })}</legend>
      <TextField
        name={questionField(q, 'description')}
        label={QUESTION_LABELS.description}
        hint={t('category-question-description-hint')}
        maxLength={QUESTION_MAX}
        value={q.description}
        onValue={set('description')}
        error={error('description')}
      />
      <div class="field-row">
        <TextField
          name={questionField(q, 'code')}
          label={QUESTION_LABELS.code}
          hint={t('category-question-code-hint')}
          autoComplete="off"
          spellcheck={false}
          value={q.code}
          onValue={set('code')}
          error={error('code')}
        />
        <TextField
          name={questionField(q, 'order')}
          label={QUESTION_LABELS.order}
          hint={t('category-question-order-hint')}
          inputMode="numeric"
          value={q.order}
          onValue={set('order')}
          error={error('order')}
        />
      </div>
      <SelectField
        name={questionField(q, 'datatype')}
        label={QUESTION_LABELS.datatype}
        value={q.datatype}
        onValue={setDatatype}
        error={error('datatype')}
      >
        {ATTRIBUTE_DATATYPES.map((d) => (
          <option key={d} value={d}>
            {t('category-datatype-option', { label: datatypeLabel[d], datatype: d })}
          </option>
        ))}
      </SelectField>
      {isListDatatype(q.datatype) && (
        <ChoicesEditor question={q} number={number} update={update} errors={errors} />
      )}
      <TextField
        name={questionField(q, 'datatype_description')}
        label={QUESTION_LABELS.datatype_description}
        hint={t('category-question-help-hint')}
        value={q.datatype_description}
        onValue={set('datatype_description')}
        error={error('datatype_description')}
      />
      <CheckboxField
        name={questionField(q, 'required')}
        label={QUESTION_LABELS.required}
        checked={q.required}
        onChecked={(required) => update((now) => ({ ...now, required }))}
      />
      <RemoveButton onClick={onRemove}>
        <Markup id="category-remove-question" args={{ number }} elements={{ hidden }} />
      </RemoveButton>
    </fieldset>
  );
}

/**
 * The extra questions asked with a report in a category (Open311 attributes): add, change and
 * remove them. List questions get their choices (key and name pairs).
 */
export function QuestionEditor({ questions, setQuestions, errors }: Props) {
  const focusLater = useFocusAfterRender();
  const groupName = categoryField('attributes');
  const groupId = fieldId(groupName);
  const error = errors[groupName];

  const add = () => {
    const question = newQuestion(questions);
    setQuestions((all) => [...all, question]);
    focusLater(fieldId(questionField(question, 'description')));
  };
  const remove = (q: QuestionDraft) => {
    setQuestions((all) => all.filter((other) => other.uid !== q.uid));
    focusLater(`${groupId}-add`);
  };

  return (
    <fieldset
      id={groupId}
      tabIndex={-1}
      class={error ? 'field field--error questions' : 'field questions'}
      aria-describedby={[`${groupId}-hint`, error && `${groupId}-error`].filter(Boolean).join(' ')}
    >
      <legend>{t('category-questions-legend')}</legend>
      <p id={`${groupId}-hint`} class="hint">
        {t('category-questions-hint', { count: QUESTIONS_MAX })}
      </p>
      {error && (
        <p id={`${groupId}-error`} class="field-error">
          <span class="visually-hidden">{`${t('category-field-error-prefix')} `}</span>
          {error}
        </p>
      )}
      {questions.length === 0 ? (
        <p class="meta">{t('category-no-questions')}</p>
      ) : (
        <ol class="question-list">
          {questions.map((q, i) => (
            <li key={q.uid}>
              <QuestionFields
                question={q}
                number={i + 1}
                setQuestions={setQuestions}
                onRemove={() => remove(q)}
                errors={errors}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        id={`${groupId}-add`}
        class="button--quiet"
        onClick={add}
        disabled={questions.length >= QUESTIONS_MAX}
      >
        {t('category-add-question')}
      </button>
    </fieldset>
  );
}
