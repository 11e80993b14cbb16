import { describeError, isApiError } from '../api';
import { splitFieldErrors } from './serverErrors';
import type { FormErrors } from './validation';
import { t } from '../i18n';

/** What a form shows after a failed submit: messages beside fields plus a summary alert. */
export interface FormFeedback {
  fields: FormErrors;
  /** The alert's headline; null when there is nothing to say. */
  summary: string | null;
  /** Messages that belong to no field on the form. */
  other: string[];
}

export const noFeedback: FormFeedback = { fields: {}, summary: null, other: [] };

/** Worded when a form fails, in the language active then. */
const checkFields = () => t('form-check-fields');

export function feedbackFromValidation(fields: FormErrors): FormFeedback {
  return { fields, summary: checkFields(), other: [] };
}

/** Place a server error: per-field messages beside their fields, everything else in the alert. */
export function feedbackFromError(
  error: unknown,
  formFields: readonly string[],
  aliases: Record<string, string> = {},
): FormFeedback {
  if (isApiError(error) && error.hasFieldErrors) {
    const { fields, other } = splitFieldErrors(error.errors, formFields, aliases);
    const placed = Object.keys(fields).length > 0;
    return { fields, summary: placed ? checkFields() : describeError(error), other };
  }
  return { fields: {}, summary: describeError(error), other: [] };
}
