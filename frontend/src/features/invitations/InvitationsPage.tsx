import { useLocation } from 'preact-iso';
import { Page } from '../../components/Page';
import { useSession } from '../../session/session';
import { signInHref } from '../../lib/nextPath';
import { MyInvitations } from './MyInvitations';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/** Where an invitation's e-mail and notification lead: sign in (or sign up), then answer. */
export function InvitationsPage() {
  const { path } = useLocation();
  const { me, state } = useSession();
  if (state.status === 'loading')
    return (
      <Page title={t('invite-title')}>
        <p>{t('invite-loading')}</p>
      </Page>
    );
  if (!me) {
    return (
      <Page title={t('invite-title')}>
        <p>
          <Markup
            id="invite-sign-in"
            elements={{
              link: <a href={signInHref(path)} />,
              signup: <a href={`/signup?next=${encodeURIComponent(path)}`} />,
            }}
          />
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('invite-yours-title')}>
      <MyInvitations />
    </Page>
  );
}
