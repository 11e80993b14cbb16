import { useState } from 'preact/hooks';
import type { Uuid } from '../../api';
import { StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { SelectField, TextField } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { validateFollow } from '../../lib/validation';
import { followsApi, type FollowLocale } from './api';

const LABELS = { email: 'Email address', locale: 'Language of the e-mails' };

/** The reader's language when the service writes in it, else English. */
function preferredLocale(): FollowLocale {
  const wanted = [document.documentElement.lang, ...(globalThis.navigator?.languages ?? [])];
  for (const tag of wanted) {
    const language = tag?.toLowerCase().split('-')[0];
    if (language === 'pl' || language === 'ar' || language === 'en') return language;
  }
  return 'en';
}

/**
 * "Follow by e-mail" on a public issue, for anyone, signed in or not: an address gets an e-mail
 * when the issue's status changes, after confirming a link. The answer never says whether the
 * address already follows, so every success reads the same: check your inbox.
 */
export function FollowByEmail({ issueId }: { issueId: Uuid }) {
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<FollowLocale>(preferredLocale);
  const following = useAction((address: string) => followsApi.follow(issueId, address, locale), {
    fields: ['email', 'locale'],
    success: 'Check your inbox: we sent a link to confirm. Nothing more is sent until you use it.',
    onSuccess: () => setEmail(''),
  });
  const { feedback } = following;

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateFollow({ email });
    if (!checked.ok) return following.invalid(checked.errors);
    void following.run(checked.value.email);
  };

  return (
    <section class="panel" aria-labelledby="follow-heading">
      <h2 id="follow-heading">Follow by e-mail</h2>
      <p>Get an e-mail when this issue changes. No account needed; every e-mail has a link to stop.</p>
      <form class="form" onSubmit={submit} noValidate>
        <FormAlert feedback={feedback} labels={LABELS} />
        <TextField
          name="email"
          label={LABELS.email}
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
          label={LABELS.locale}
          value={locale}
          onValue={(value) => setLocale(value as FollowLocale)}
          error={feedback.fields.locale}
        >
          <option value="en">English</option>
          <option value="pl" lang="pl">
            Polski
          </option>
          <option value="ar" lang="ar" dir="rtl">
            العربية
          </option>
        </SelectField>
        <button type="submit" disabled={following.busy}>
          {following.busy ? 'Sending…' : 'Follow'}
        </button>
      </form>
      <StatusMessage message={following.success} />
    </section>
  );
}
