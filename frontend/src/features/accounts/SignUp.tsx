import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useSession } from '../../session/session';
import { DISPLAY_NAME_MAX, PASSWORD_MIN, validateSignUp } from '../../lib/validation';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
import { useAccountForm } from './useAccountForm';

export function SignUp() {
  const { signUp } = useSession();
  const labels = {
    email: t('account-email'),
    display_name: t('account-display-name'),
    password: t('account-password'),
  };
  // Registering answers the same for a taken address, so the sign-in after it is where a taken
  // address shows: with the same words as any failed sign-in.
  const { values, set, busy, feedback, onSubmit, next } = useAccountForm(
    { email: '', display_name: '', password: '' },
    validateSignUp,
    signUp,
    t('signup-sign-in-failed'),
  );

  return (
    <Page title={t('signup-title')}>
      <p class="hint">{t('signup-language')}</p>
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
          name="display_name"
          label={labels.display_name}
          hint={t('signup-display-name-hint')}
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX}
          required
          value={values.display_name}
          onValue={set('display_name')}
          error={feedback.fields.display_name}
        />
        <TextField
          name="password"
          label={labels.password}
          hint={t('signup-password-hint', { count: PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN}
          required
          value={values.password}
          onValue={set('password')}
          error={feedback.fields.password}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('signup-busy') : t('signup-submit')}
        </button>
      </form>
      <p>
        <Markup
          id="signup-have-account"
          elements={{ link: <a href={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'} /> }}
        />
      </p>
    </Page>
  );
}
