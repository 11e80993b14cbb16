import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useSession } from '../../session/session';
import { validateSignIn } from '../../lib/validation';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
import { useAccountForm } from './useAccountForm';

export function SignIn() {
  const { signIn } = useSession();
  const labels = { email: t('account-email'), password: t('account-password') };
  const { values, set, busy, feedback, onSubmit, next } = useAccountForm(
    { email: '', password: '' },
    validateSignIn,
    signIn,
    t('signin-refused'),
  );

  return (
    <Page title={t('signin-title')}>
      <form class="form narrow" onSubmit={onSubmit} noValidate>
        <FormAlert feedback={feedback} labels={labels} />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onValue={set('email')}
          error={feedback.fields.email}
        />
        <TextField
          name="password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          required
          value={values.password}
          onValue={set('password')}
          error={feedback.fields.password}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('signin-busy') : t('signin-submit')}
        </button>
      </form>
      <p>
        <Markup
          id="signin-new-here"
          elements={{ link: <a href={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'} /> }}
        />
      </p>
    </Page>
  );
}
