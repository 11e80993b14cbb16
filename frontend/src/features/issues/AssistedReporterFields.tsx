import { CheckboxField, FieldError, TextField } from '../../components/fields';
import type { OnBehalfOfRequest } from '../../api/types';
import { t } from '../../i18n';

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
export const assistedLabels = () => ({
  'on_behalf_of.display_name': t('report-neighbour-label-name'),
  'on_behalf_of.consent': t('report-neighbour-label-consent-short'),
  'on_behalf_of.email': t('report-neighbour-label-email-short'),
  'on_behalf_of.phone': t('report-neighbour-label-phone-short'),
});

type Checked =
  { ok: true; value: OnBehalfOfRequest | undefined } | { ok: false; errors: Record<string, string> };

/** The request's `on_behalf_of`, absent when the member reports for themselves. */
export function checkAssisted(draft: AssistedDraft): Checked {
  if (!draft.forNeighbour) return { ok: true, value: undefined };
  const errors: Record<string, string> = {};
  const name = draft.display_name.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (!name) errors['on_behalf_of.display_name'] = t('report-neighbour-error-name');
  else if ([...name].length > NEIGHBOUR_NAME_MAX)
    errors['on_behalf_of.display_name'] = t('report-neighbour-error-name-long', { max: NEIGHBOUR_NAME_MAX });
  if (!draft.consent) errors['on_behalf_of.consent'] = t('report-neighbour-error-consent');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors['on_behalf_of.email'] = t('report-neighbour-error-email');
  const digits = phone.replace(/\D/g, '').length;
  if (phone && (!/^[0-9 +().-]+$/.test(phone) || digits < 5 || phone.length > NEIGHBOUR_PHONE_MAX))
    errors['on_behalf_of.phone'] = t('report-neighbour-error-phone');
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
      <legend>{t('report-neighbour-legend')}</legend>
      <CheckboxField
        name="on_behalf_of"
        label={t('report-neighbour-checkbox')}
        hint={t('report-neighbour-checkbox-hint')}
        checked={draft.forNeighbour}
        onChecked={(on) => set('forNeighbour', on)}
      />
      {draft.forNeighbour && (
        <>
          <TextField
            name="on_behalf_of.display_name"
            label={t('report-neighbour-label-name')}
            hint={t('report-neighbour-name-hint')}
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
              label={t('report-neighbour-label-consent')}
              checked={draft.consent}
              onChecked={(on) => set('consent', on)}
            />
          </div>
          <TextField
            name="on_behalf_of.email"
            label={t('report-neighbour-label-email')}
            type="email"
            autoComplete="off"
            value={draft.email}
            onValue={(v) => set('email', v)}
            error={errors['on_behalf_of.email']}
          />
          <TextField
            name="on_behalf_of.phone"
            label={t('report-neighbour-label-phone')}
            type="tel"
            autoComplete="off"
            maxLength={NEIGHBOUR_PHONE_MAX}
            value={draft.phone}
            onValue={(v) => set('phone', v)}
            error={errors['on_behalf_of.phone']}
          />
          <p class="hint">{t('report-neighbour-what-they-get')}</p>
        </>
      )}
    </fieldset>
  );
}
