import { useLocation } from 'preact-iso';
import { Page } from '../../components/Page';
import { useSession } from '../../session/session';
import { signInHref } from '../../lib/nextPath';
import { MyInvitations } from './MyInvitations';

/** Where an invitation's e-mail and notification lead: sign in (or sign up), then answer. */
export function InvitationsPage() {
  const { path } = useLocation();
  const { me, state } = useSession();
  if (state.status === 'loading') return <Page title="Invitations">{<p>Loading…</p>}</Page>;
  if (!me) {
    return (
      <Page title="Invitations">
        <p>
          <a href={signInHref(path)}>Sign in</a> to see the invitations sent to your address. New here?{' '}
          <a href={`/signup?next=${encodeURIComponent(path)}`}>Create an account</a> with the address the
          invitation came to.
        </p>
      </Page>
    );
  }
  return (
    <Page title="Your invitations">
      <MyInvitations />
    </Page>
  );
}
