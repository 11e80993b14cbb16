import type { CreateNeighbourhoodRequest, JoinPolicy, Visibility } from '../api';
import { t } from '../i18n';

/**
 * Quick checks before a form is sent, so people hear about an empty field at once. The server
 * stays the authority: its per-field errors are shown the same way.
 */

/**
 * The messages, as functions: each is worded when a form is checked, in the language active then
 * (never at load time, so a change of language shows on the next check).
 */
export const validationMessages = {
  emailMissing: () => t('form-email-missing'),
  emailInvalid: () => t('form-email-invalid'),
  inviteEmailMissing: () => t('form-invite-email-missing'),
  followEmailMissing: () => t('follow-email-missing'),
  displayNameMissing: () => t('form-display-name-missing'),
  passwordMissing: () => t('form-password-missing'),
  atMost: (max: number) => t('form-at-most-characters', { max }),
  atLeast: (min: number) => t('form-at-least-characters', { min }),
  between: (min: number, max: number) => t('form-between-characters', { min, max }),
  atMostNow: (max: number, now: number) => t('form-at-most-characters-now', { max, now }),
  latitudeNotNumber: () => t('form-latitude-not-number'),
  latitudeRange: (min: number, max: number) => t('form-latitude-range', { min, max }),
  longitudeNotNumber: () => t('form-longitude-not-number'),
  longitudeRange: (min: number, max: number) => t('form-longitude-range', { min, max }),
  radiusNotNumber: () => t('form-radius-not-number'),
  radiusRange: (min: number, max: number) => t('form-radius-range', { min, max }),
  radiusWhole: () => t('form-radius-whole-metres'),
};
const m = validationMessages;

/** One message per field, keyed by the form's field names. */
export type FormErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

const result = <T>(errors: FormErrors, value: () => T): Validated<T> =>
  Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };

// Deliberately loose: one "@" with something either side. The server decides what is valid.
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+$/.test(value);

export const PASSWORD_MIN = 10;
export const DISPLAY_NAME_MAX = 80;

export interface SignUpValues {
  email: string;
  display_name: string;
  password: string;
}

export function validateSignUp(values: SignUpValues): Validated<SignUpValues> {
  const errors: FormErrors = {};
  const email = values.email.trim();
  const display_name = values.display_name.trim();
  if (!email) errors.email = m.emailMissing();
  else if (!looksLikeEmail(email)) errors.email = m.emailInvalid();
  if (!display_name) errors.display_name = m.displayNameMissing();
  else if (display_name.length > DISPLAY_NAME_MAX) {
    errors.display_name = m.atMost(DISPLAY_NAME_MAX);
  }
  if (values.password.length < PASSWORD_MIN) {
    errors.password = m.atLeast(PASSWORD_MIN);
  }
  return result(errors, () => ({ email, display_name, password: values.password }));
}

export interface SignInValues {
  email: string;
  password: string;
}

export function validateSignIn(values: SignInValues): Validated<SignInValues> {
  const errors: FormErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = m.emailMissing();
  if (!values.password) errors.password = m.passwordMissing();
  return result(errors, () => ({ email, password: values.password }));
}

/** The create-neighbourhood form as typed: every input is a string until checked. */
export interface NeighbourhoodDraft {
  name: string;
  description: string;
  visibility: Visibility;
  join_policy: JoinPolicy;
  lat: string;
  lon: string;
  radius_m: string;
}

export const NAME_MIN = 3;
export const NAME_MAX = 80;
export const DESCRIPTION_MAX = 2000;
export const RADIUS_MIN = 50;
export const RADIUS_MAX = 20000;

/** A number from a text input, accepting a decimal comma; NaN when it is not one. */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The words for one number field: when it is not a number, and when it is out of range. */
interface RangeWords {
  notNumber: () => string;
  range: (min: number, max: number) => string;
}

function checkRange(value: number, min: number, max: number, words: RangeWords): string | undefined {
  if (Number.isNaN(value)) return words.notNumber();
  if (value < min || value > max) return words.range(min, max);
  return undefined;
}

export function validateNeighbourhood(draft: NeighbourhoodDraft): Validated<CreateNeighbourhoodRequest> {
  const errors: FormErrors = {};
  const name = draft.name.trim();
  const description = draft.description.trim();
  if (name.length < NAME_MIN || name.length > NAME_MAX) {
    errors.name = m.between(NAME_MIN, NAME_MAX);
  }
  if (description.length > DESCRIPTION_MAX) {
    errors.description = m.atMostNow(DESCRIPTION_MAX, description.length);
  }
  const lat = parseNumber(draft.lat);
  const lon = parseNumber(draft.lon);
  const radius = parseNumber(draft.radius_m);
  const latError = checkRange(lat, -90, 90, { notNumber: m.latitudeNotNumber, range: m.latitudeRange });
  const lonError = checkRange(lon, -180, 180, { notNumber: m.longitudeNotNumber, range: m.longitudeRange });
  let radiusError = checkRange(radius, RADIUS_MIN, RADIUS_MAX, {
    notNumber: m.radiusNotNumber,
    range: m.radiusRange,
  });
  if (!radiusError && !Number.isInteger(radius)) radiusError = m.radiusWhole();
  if (latError) errors.lat = latError;
  if (lonError) errors.lon = lonError;
  if (radiusError) errors.radius_m = radiusError;

  return result(errors, () => ({
    name,
    ...(description ? { description } : {}),
    visibility: draft.visibility,
    join_policy: draft.join_policy,
    center: { lat, lon },
    radius_m: radius,
  }));
}

/** The address a coordinator invites. */
export function validateFollow(values: { email: string }): Validated<{ email: string }> {
  const errors: FormErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = m.followEmailMissing();
  else if (!looksLikeEmail(email)) errors.email = m.emailInvalid();
  return result(errors, () => ({ email }));
}

export function validateInvite(values: { email: string }): Validated<{ email: string }> {
  const errors: FormErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = m.inviteEmailMissing();
  else if (!looksLikeEmail(email)) errors.email = m.emailInvalid();
  return result(errors, () => ({ email }));
}
