import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useSession } from '../../session/session';
import { DISPLAY_NAME_MAX, PASSWORD_MIN, validateSignUp } from '../../lib/validation';
import { useAccountForm } from './useAccountForm';

const LABELS = { email: 'Email', display_name: 'Display name', password: 'Password' };
const SIGN_IN_FAILED =
  'We could not sign you in with these details. If this address already has an account, sign in with its password.';

export function SignUp() {
  const { signUp } = useSession();
  // Registering answers the same for a taken address, so the sign-in after it is where a taken
  // address shows: with the same words as any failed sign-in.
  const { values, set, busy, feedback, onSubmit, next } = useAccountForm(
    { email: '', display_name: '', password: '' },
    validateSignUp,
    signUp,
    SIGN_IN_FAILED,
  );

  return (
    <Page title="Create an account">
      <form class="form narrow" onSubmit={onSubmit} noValidate>
        <FormAlert feedback={feedback} labels={LABELS} />
        <TextField
          name="email"
          label={LABELS.email}
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onValue={set('email')}
          error={feedback.fields.email}
        />
        <TextField
          name="display_name"
          label={LABELS.display_name}
          hint="The name your neighbours will see."
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX}
          required
          value={values.display_name}
          onValue={set('display_name')}
          error={feedback.fields.display_name}
        />
        <TextField
          name="password"
          label={LABELS.password}
          hint={`At least ${PASSWORD_MIN} characters.`}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN}
          required
          value={values.password}
          onValue={set('password')}
          error={feedback.fields.password}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account?{' '}
        <a href={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>Sign in</a>.
      </p>
    </Page>
  );
}
