import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useSession } from '../../session/session';
import { validateSignIn } from '../../lib/validation';
import { useAccountForm } from './useAccountForm';

const LABELS = { email: 'Email', password: 'Password' };

export function SignIn() {
  const { signIn } = useSession();
  const { values, set, busy, feedback, onSubmit, next } = useAccountForm(
    { email: '', password: '' },
    validateSignIn,
    signIn,
    'That email and password do not match an account.',
  );

  return (
    <Page title="Sign in">
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
          name="password"
          label={LABELS.password}
          type="password"
          autoComplete="current-password"
          required
          value={values.password}
          onValue={set('password')}
          error={feedback.fields.password}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New here?{' '}
        <a href={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>Create an account</a>.
      </p>
    </Page>
  );
}
