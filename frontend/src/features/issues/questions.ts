/**
 * The category's own questions ("Where is it?"), asked in the report form as Open311 asks them:
 * what the form keeps while a person types, and the checks the server makes too (required ones,
 * numbers, dates, choices from the list), in words. Server errors come back under the same
 * field names (`answers.{code}`).
 */
import type { Schema } from '../../api/types';
import { parseNumber, type FormErrors, type Validated } from '../../lib/validation';
import { fromLocalInput } from '../tasks/logic';
import { t } from '../../i18n';

export type Question = Schema<'Attribute'>;

/** What the form holds per question code: text as typed, or the keys ticked in a list. */
export type AnswerDrafts = Record<string, string | string[]>;

/** The field name of a question's answer, as the server names it in its errors. */
export const answerField = (code: string) => `answers.${code}`;

/** The questions in the order the category asks them. */
export const inOrder = (questions: Question[]) =>
  [...questions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** Labels for the error summary: each answer's field named by its question. */
export const questionLabels = (questions: Question[]): Record<string, string> =>
  Object.fromEntries(questions.map((q) => [answerField(q.code), q.description]));

/** The answers to send, or what is wrong with each, keyed by `answers.{code}`. */
export function checkAnswers(
  questions: Question[],
  drafts: AnswerDrafts,
): Validated<Record<string, unknown>> {
  const errors: FormErrors = {};
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const field = answerField(q.code);
    const draft = drafts[q.code];
    const given = Array.isArray(draft) ? draft : (draft ?? '').trim();
    if (given.length === 0) {
      if (q.required) errors[field] = t('report-question-error-required', { question: q.description });
      continue;
    }
    switch (q.datatype) {
      case 'number': {
        const value = parseNumber(given as string);
        if (Number.isNaN(value))
          errors[field] = t('report-question-error-number', { question: q.description });
        else answers[q.code] = value;
        break;
      }
      case 'datetime': {
        const value = fromLocalInput(given as string);
        if (!value) errors[field] = t('report-question-error-datetime', { question: q.description });
        else answers[q.code] = value;
        break;
      }
      case 'multivaluelist':
        answers[q.code] = given;
        break;
      default:
        answers[q.code] = given;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: answers };
}
