import type { CreateNeighbourhoodRequest, JoinPolicy, Visibility } from '../api';

/**
 * Quick checks before a form is sent, so people hear about an empty field at once. The server
 * stays the authority: its per-field errors are shown the same way.
 */

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
  if (!email) errors.email = 'Enter your email address.';
  else if (!looksLikeEmail(email)) errors.email = 'Enter an email address like name@example.org.';
  if (!display_name) errors.display_name = 'Enter the name neighbours will see.';
  else if (display_name.length > DISPLAY_NAME_MAX) {
    errors.display_name = `Use at most ${DISPLAY_NAME_MAX} characters.`;
  }
  if (values.password.length < PASSWORD_MIN) {
    errors.password = `Use at least ${PASSWORD_MIN} characters.`;
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
  if (!email) errors.email = 'Enter your email address.';
  if (!values.password) errors.password = 'Enter your password.';
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

function checkRange(value: number, min: number, max: number, what: string): string | undefined {
  if (Number.isNaN(value)) return `Enter the ${what} as a number.`;
  if (value < min || value > max) return `The ${what} must be between ${min} and ${max}.`;
  return undefined;
}

export function validateNeighbourhood(draft: NeighbourhoodDraft): Validated<CreateNeighbourhoodRequest> {
  const errors: FormErrors = {};
  const name = draft.name.trim();
  const description = draft.description.trim();
  if (name.length < NAME_MIN || name.length > NAME_MAX) {
    errors.name = `Use between ${NAME_MIN} and ${NAME_MAX} characters.`;
  }
  if (description.length > DESCRIPTION_MAX) {
    errors.description = `Use at most ${DESCRIPTION_MAX} characters (now ${description.length}).`;
  }
  const lat = parseNumber(draft.lat);
  const lon = parseNumber(draft.lon);
  const radius = parseNumber(draft.radius_m);
  const latError = checkRange(lat, -90, 90, 'latitude');
  const lonError = checkRange(lon, -180, 180, 'longitude');
  let radiusError = checkRange(radius, RADIUS_MIN, RADIUS_MAX, 'radius');
  if (!radiusError && !Number.isInteger(radius)) radiusError = 'Enter the radius in whole metres.';
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
  if (!email) errors.email = 'Enter the email address the updates should go to.';
  else if (!looksLikeEmail(email)) errors.email = 'Enter an email address like name@example.org.';
  return result(errors, () => ({ email }));
}

export function validateInvite(values: { email: string }): Validated<{ email: string }> {
  const errors: FormErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = 'Enter the email address to invite.';
  else if (!looksLikeEmail(email)) errors.email = 'Enter an email address like name@example.org.';
  return result(errors, () => ({ email }));
}
