import { useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, type Neighbourhood } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { useSession } from '../../session/session';
import { roleLabel } from '../../lib/format';
import { signInHref } from '../../lib/nextPath';

interface Props {
  neighbourhood: Neighbourhood;
  /** Called after joining or leaving, with a sentence to announce. */
  onChange: (message: string) => void;
}

/** The viewer's relation to the neighbourhood, and the button that changes it. */
export function MembershipPanel({ neighbourhood: n, onChange }: Props) {
  const { me, reload } = useSession();
  const { path } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const membership = n.viewer.membership;

  const {
    run: act,
    busy,
    error,
  } = useAction(
    async (action: () => Promise<unknown>, message: string) => {
      await action();
      return message;
    },
    {
      onSuccess: (message) => {
        onChange(message);
        // The button pressed gives way to the new state's (Join becomes Leave): keep focus in the
        // panel, on its heading, rather than let it fall to the page.
        heading.current?.focus();
        void reload();
      },
    },
  );
  const join = () =>
    act(
      () => api.neighbourhoods.join(n.id),
      n.join_policy === 'open'
        ? `You joined ${n.name}.`
        : 'Your request to join was sent to the coordinators.',
    );
  const leave = (message: string) => act(() => api.neighbourhoods.leave(n.id), message);

  let body;
  if (!me) {
    body = (
      <p>
        <a href={signInHref(path)}>Sign in</a> or <a href={signInHref(path, '/signup')}>create an account</a>{' '}
        to join.
      </p>
    );
  } else if (!membership) {
    body = (
      <>
        <p>
          {n.join_policy === 'open'
            ? 'Anyone can join this neighbourhood.'
            : 'A coordinator approves each request to join.'}
        </p>
        <button type="button" onClick={join} disabled={busy}>
          {n.join_policy === 'open' ? 'Join neighbourhood' : 'Request to join'}
        </button>
      </>
    );
  } else if (membership.status === 'pending') {
    body = (
      <>
        <p>
          <strong>Request pending.</strong> A coordinator will look at it soon.
        </p>
        <button
          type="button"
          class="button--quiet"
          onClick={() => leave('Your request was withdrawn.')}
          disabled={busy}
        >
          Withdraw request
        </button>
      </>
    );
  } else {
    body = (
      <>
        <p>
          {membership.status === 'suspended' ? (
            <strong>Your membership is suspended.</strong>
          ) : (
            <>
              You are a <strong>{roleLabel[membership.role].toLowerCase()}</strong> here.
            </>
          )}
        </p>
        <button
          type="button"
          class="button--quiet"
          onClick={() => leave(`You left ${n.name}.`)}
          disabled={busy}
        >
          Leave neighbourhood
        </button>
      </>
    );
  }

  return (
    <section class="panel" aria-labelledby="membership-heading">
      <h2 id="membership-heading" tabIndex={-1} ref={heading}>
        Your membership
      </h2>
      <ErrorAlert error={error} />
      {body}
    </section>
  );
}
