import { useState } from 'preact/hooks';
import type { Uuid } from '../../api';
import { StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { RadioGroup, SelectField, TextField } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { validateFollow } from '../../lib/validation';
import { LOCALE_NAMES, LOCALES, currentLocale, isLocale, t } from '../../i18n';
import { deviceTimeZone } from '../../i18n/LocaleProvider';
import { followsApi, type FollowFrequency, type FollowLocale } from './api';
import { frequencyOptions } from './frequency';

/** The language the page is shown in (English for the pseudo-locale). */
function preferredLocale(): FollowLocale {
  const locale = currentLocale();
  return isLocale(locale) ? locale : 'en';
}

/**
 * "Follow by e-mail" on a public issue, for anyone, signed in or not: an address gets an e-mail
 * when the issue's status changes (or one a day with the day's changes), after confirming a
 * link. The answer never says whether the address already follows, so every success reads the
 * same: check your inbox.
 */
export function FollowByEmail({ issueId }: { issueId: Uuid }) {
  const [email, setEmail] = useState('');
  const labels = {
    email: t('follow-email-label'),
    locale: t('follow-locale-label'),
    frequency: t('follow-frequency-legend'),
    // Never a field of the form: the device's zone, sent as it is.
    time_zone: t('follow-time-zone-label'),
  };
  const [locale, setLocale] = useState<FollowLocale>(preferredLocale);
  const [frequency, setFrequency] = useState<FollowFrequency>('immediate');
  const following = useAction(
    (address: string) =>
      followsApi.follow(issueId, { email: address, locale, frequency, timeZone: deviceTimeZone() }),
    {
      fields: ['email', 'locale', 'frequency'],
      success: () => t('follow-check-inbox'),
      onSuccess: () => setEmail(''),
    },
  );
  const { feedback } = following;

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateFollow({ email });
    if (!checked.ok) return following.invalid(checked.errors);
    void following.run(checked.value.email);
  };

  return (
    <section class="panel" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('follow-heading')}</h2>
      <p>{t('follow-intro')}</p>
      <form class="form" onSubmit={submit} noValidate>
        <FormAlert feedback={feedback} labels={labels} />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          value={email}
          onValue={setEmail}
          error={feedback.fields.email}
        />
        <SelectField
          name="locale"
          label={labels.locale}
          value={locale}
          onValue={(value) => setLocale(value as FollowLocale)}
          error={feedback.fields.locale}
        >
          {LOCALES.map((option) => (
            <option key={option} value={option} lang={option} dir={option === 'ar' ? 'rtl' : 'ltr'}>
              {LOCALE_NAMES[option]}
            </option>
          ))}
        </SelectField>
        <RadioGroup
          name="frequency"
          legend={labels.frequency}
          options={frequencyOptions()}
          value={frequency}
          onValue={setFrequency}
          error={feedback.fields.frequency}
        />
        <button type="submit" disabled={following.busy}>
          {following.busy ? t('follow-sending') : t('follow-submit')}
        </button>
      </form>
      <StatusMessage message={following.success} />
    </section>
  );
}
