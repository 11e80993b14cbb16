import { CheckboxField, FieldError, TextField } from '../../components/fields';
import type { OnBehalfOfRequest } from '../../api/types';

/**
 * "Reporting for a neighbour without an account?": the part of the report form where a member
 * names a neighbour they report for (someone at the door, a shopkeeper on the phone), records that
 * the neighbour agreed, and gives their e-mail or phone if they want updates. The server checks
 * the same rules (`domain::assisted`); these checks only spare a round trip.
 */

/** The fields as typed. */
export interface AssistedDraft {
  forNeighbour: boolean;
  display_name: string;
  consent: boolean;
  email: string;
  phone: string;
}

export const NO_NEIGHBOUR: AssistedDraft = {
  forNeighbour: false,
  display_name: '',
  consent: false,
  email: '',
  phone: '',
};

/** The server's bounds (`MAX_DISPLAY_NAME_CHARS`, `MAX_PHONE_CHARS`). */
export const NEIGHBOUR_NAME_MAX = 80;
export const NEIGHBOUR_PHONE_MAX = 40;

/** Labels by the field names the server uses in its answers, for the form's error summary. */
export const ASSISTED_LABELS = {
  'on_behalf_of.display_name': 'Their name',
  'on_behalf_of.consent': 'They agreed',
  'on_behalf_of.email': 'Their e-mail address',
  'on_behalf_of.phone': 'Their phone number',
};

type Checked =
  { ok: true; value: OnBehalfOfRequest | undefined } | { ok: false; errors: Record<string, string> };

/** The request's `on_behalf_of`, absent when the member reports for themselves. */
export function checkAssisted(draft: AssistedDraft): Checked {
  if (!draft.forNeighbour) return { ok: true, value: undefined };
  const errors: Record<string, string> = {};
  const name = draft.display_name.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (!name) errors['on_behalf_of.display_name'] = 'Give a name to call them by.';
  else if ([...name].length > NEIGHBOUR_NAME_MAX)
    errors['on_behalf_of.display_name'] = `Use at most ${NEIGHBOUR_NAME_MAX} characters.`;
  if (!draft.consent) errors['on_behalf_of.consent'] = 'Ask them first: report for them only if they agree.';
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors['on_behalf_of.email'] = 'Check the e-mail address, or leave it empty.';
  const digits = phone.replace(/\D/g, '').length;
  if (phone && (!/^[0-9 +().-]+$/.test(phone) || digits < 5 || phone.length > NEIGHBOUR_PHONE_MAX))
    errors['on_behalf_of.phone'] = 'Use digits, spaces and + ( ) - only, or leave it empty.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      display_name: name,
      consent: true,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
  };
}

export function AssistedReporterFields({
  draft,
  onChange,
  errors,
}: {
  draft: AssistedDraft;
  onChange: (next: AssistedDraft) => void;
  errors: Record<string, string | undefined>;
}) {
  const set = <K extends keyof AssistedDraft>(key: K, value: AssistedDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const consentError = errors['on_behalf_of.consent'];
  return (
    <fieldset class="field assisted-reporter">
      <legend>Reporting for a neighbour without an account?</legend>
      <CheckboxField
        name="on_behalf_of"
        label="I am reporting this for a neighbour"
        hint="Someone at the door or on the phone who has no account. They count as affected, not you."
        checked={draft.forNeighbour}
        onChecked={(on) => set('forNeighbour', on)}
      />
      {draft.forNeighbour && (
        <>
          <TextField
            name="on_behalf_of.display_name"
            label="Their name"
            hint="What to call them. Only you, the coordinators and the council’s staff see it."
            required
            maxLength={NEIGHBOUR_NAME_MAX}
            autoComplete="off"
            value={draft.display_name}
            onValue={(v) => set('display_name', v)}
            error={errors['on_behalf_of.display_name']}
          />
          <div class={consentError ? 'field field--error' : 'field'}>
            <FieldError name="on_behalf_of.consent" error={consentError} />
            <CheckboxField
              name="on_behalf_of.consent"
              label="They agreed that I report this for them"
              checked={draft.consent}
              onChecked={(on) => set('consent', on)}
            />
          </div>
          <TextField
            name="on_behalf_of.email"
            label="Their e-mail address (optional)"
            type="email"
            autoComplete="off"
            value={draft.email}
            onValue={(v) => set('email', v)}
            error={errors['on_behalf_of.email']}
          />
          <TextField
            name="on_behalf_of.phone"
            label="Their phone number (optional)"
            type="tel"
            autoComplete="off"
            maxLength={NEIGHBOUR_PHONE_MAX}
            value={draft.phone}
            onValue={(v) => set('phone', v)}
            error={errors['on_behalf_of.phone']}
          />
          <p class="hint">
            What they will get: you are told each time the issue changes, so you can pass it on. Give their
            e-mail only if they want updates by e-mail, and a phone number only if they are happy to be called
            about it. A coordinator removes their details whenever they ask.
          </p>
        </>
      )}
    </fieldset>
  );
}
