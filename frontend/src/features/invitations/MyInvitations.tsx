import { useState } from 'preact/hooks';
import { api, type MyInvitation } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { usePagedList } from '../../hooks/usePagedList';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useSession } from '../../session/session';
import { formatDate } from '../../lib/format';
import { InvitationButton, LoadMoreInvitations } from './parts';
import { t } from '../../i18n';

/**
 * The signed-in person's pending invitations, each with Accept and Decline. Accepting makes them a
 * member (the session is reloaded so their neighbourhoods list it); nothing happens otherwise.
 * `quiet` hides the whole section while there is nothing to answer (the home page).
 */
export function MyInvitations({ quiet = false }: { quiet?: boolean }) {
  const { reload } = useSession();
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [joined, setJoined] = useState<MyInvitation | null>(null);
  const focus = useFocusAfterRender();
  const list = usePagedList(`mine:${version}`, (cursor, signal) => api.me.invitations({ cursor }, signal));

  const answering = useAction(
    (invitation: MyInvitation, accept: boolean): Promise<unknown> =>
      accept ? api.me.acceptInvitation(invitation.id) : api.me.declineInvitation(invitation.id),
    {
      key: (invitation) => invitation.id,
      onSuccess: async (_, invitation, accept) => {
        if (accept) {
          setJoined(invitation);
          setAnnouncement(t('invite-joined', { name: invitation.neighbourhood_name }));
          await reload();
        } else {
          setAnnouncement(t('invite-declined', { name: invitation.neighbourhood_name }));
        }
        setVersion((v) => v + 1);
        // The answered row goes away with its buttons: keep the keyboard in the section.
        focus('my-invitations-heading');
      },
    },
  );
  const { run: answer, error } = answering;

  const nothing = !list.loading && list.items.length === 0;
  if (quiet && nothing && !announcement && !list.error) return null;
  return (
    <section aria-labelledby="my-invitations-heading" aria-busy={list.loading}>
      <h2 id="my-invitations-heading" tabIndex={-1}>
        {t('invite-heading')}
      </h2>
      <StatusMessage message={announcement} />
      {joined && (
        <p>
          <a href={`/neighbourhoods/${joined.neighbourhood_id}`}>
            {t('invite-go-to', { name: joined.neighbourhood_name })}
          </a>
        </p>
      )}
      <ErrorAlert error={list.error ?? error} />
      {list.loading && list.items.length === 0 && <p>{t('invite-list-loading')}</p>}
      {nothing && <p>{t('invite-none-waiting')}</p>}
      <ul class="member-list">
        {list.items.map((invitation) => (
          <li key={invitation.id} class="member">
            <div>
              <span class="member__name">
                {t('invite-invited-to', { name: invitation.neighbourhood_name })}
              </span>
              <div class="meta">{t('invite-until', { date: formatDate(invitation.expires_at) })}</div>
            </div>
            <div class="member__actions">
              <InvitationButton
                label={t('invite-accept')}
                about={invitation.neighbourhood_name}
                quiet={false}
                onClick={() => answer(invitation, true)}
                disabled={answering.busyWith(invitation.id)}
              />
              <InvitationButton
                label={t('invite-decline')}
                about={invitation.neighbourhood_name}
                onClick={() => answer(invitation, false)}
                disabled={answering.busyWith(invitation.id)}
              />
            </div>
          </li>
        ))}
      </ul>
      <LoadMoreInvitations list={list} />
    </section>
  );
}
