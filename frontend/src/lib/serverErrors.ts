import type { FieldErrors } from '../api';
import type { FormErrors } from './validation';

/**
 * Split a server's per-field errors into those a form can show beside its own fields and the
 * rest, which belong in the form's alert so that no message is lost.
 *
 * `aliases` maps server field paths to form field names (e.g. `center.lat` -> `lat`).
 */
export function splitFieldErrors(
  errors: FieldErrors,
  formFields: readonly string[],
  aliases: Record<string, string> = {},
): { fields: FormErrors; other: string[] } {
  const fields: FormErrors = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const field = aliases[key] ?? key;
    const text = messages.join(' ');
    if (formFields.includes(field)) {
      fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
    } else {
      other.push(`${key}: ${text}`);
    }
  }
  return { fields, other };
}
