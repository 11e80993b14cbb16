import { useLocation } from 'preact-iso';
import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { useSession } from '../../session/session';
import { DISPLAY_NAME_MAX, PASSWORD_MIN, validateSignUp } from '../../lib/validation';
import { feedbackFromError } from '../../lib/feedback';
import { safeNextPath } from '../../lib/nextPath';
import { isApiError } from '../../api';

const LABELS = { email: 'Email', display_name: 'Display name', password: 'Password' };
const FIELDS = Object.keys(LABELS);
const SIGN_IN_FAILED =
  'We could not sign you in with these details. If this address already has an account, sign in with its password.';

export function SignUp() {
  const { query, route } = useLocation();
  const { signUp } = useSession();
  const { values, set } = useFormValues({ email: '', display_name: '', password: '' });
  const submit = useAction(signUp, {
    onSuccess: () => route(safeNextPath(query.next), true),
    // Registering answers the same for a taken address, so the sign-in after it is where a
    // taken address shows: with the same words as any failed sign-in.
    describe: (error) =>
      isApiError(error) && error.status === 401
        ? { fields: {}, summary: SIGN_IN_FAILED, other: [] }
        : feedbackFromError(error, FIELDS),
  });
  const { busy, feedback } = submit;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const checked = validateSignUp(values);
    if (!checked.ok) return submit.invalid(checked.errors);
    void submit.run(checked.value);
  };

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
        <a href={query.next ? `/signin?next=${encodeURIComponent(query.next)}` : '/signin'}>Sign in</a>.
      </p>
    </Page>
  );
}
