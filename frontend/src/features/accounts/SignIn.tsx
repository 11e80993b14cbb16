import { useLocation } from 'preact-iso';
import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { useSession } from '../../session/session';
import { validateSignIn } from '../../lib/validation';
import { feedbackFromError } from '../../lib/feedback';
import { safeNextPath } from '../../lib/nextPath';
import { isApiError } from '../../api';

const LABELS = { email: 'Email', password: 'Password' };
const FIELDS = Object.keys(LABELS);

export function SignIn() {
  const { query, route } = useLocation();
  const { signIn } = useSession();
  const { values, set } = useFormValues({ email: '', password: '' });
  const submit = useAction(signIn, {
    onSuccess: () => route(safeNextPath(query.next), true),
    describe: (error) =>
      isApiError(error) && error.status === 401
        ? { fields: {}, summary: 'That email and password do not match an account.', other: [] }
        : feedbackFromError(error, FIELDS),
  });
  const { busy, feedback } = submit;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const checked = validateSignIn(values);
    if (!checked.ok) return submit.invalid(checked.errors);
    void submit.run(checked.value);
  };

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
        <a href={query.next ? `/signup?next=${encodeURIComponent(query.next)}` : '/signup'}>
          Create an account
        </a>
        .
      </p>
    </Page>
  );
}
