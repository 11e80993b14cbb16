import { useState } from 'preact/hooks';
import { api, type Invitation, type Neighbourhood } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { TextField, fieldId } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { usePagedList } from '../../hooks/usePagedList';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { formatDate } from '../../lib/format';
import { validateInvite } from '../../lib/validation';
import { InvitationButton, LoadMoreInvitations } from './parts';
import { t } from '../../i18n';

/**
 * For coordinators: invite someone by e-mail, and see and withdraw the pending invitations.
 * Nobody is added without agreeing, and the server's answer never says whether the address has an
 * account, so the confirmation is the same for everyone: "if they accept, they'll join".
 */
export function InvitationManager({
  neighbourhood: n,
  version: pageVersion = 0,
}: {
  neighbourhood: Neighbourhood;
  /** The page's data version: live events (an invitation answered) reload the list with it. */
  version?: number;
}) {
  const labels = { email: t('invite-email-label') };
  const [email, setEmail] = useState('');
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const focus = useFocusAfterRender();
  const list = usePagedList(`${n.id}:${pageVersion}:${version}`, (cursor, signal) =>
    api.neighbourhoods.invitations(n.id, { cursor }, signal),
  );

  const sending = useAction((address: string) => api.neighbourhoods.invite(n.id, address), {
    fields: ['email'],
    onSuccess: (sent) => {
      setEmail('');
      setAnnouncement(t('invite-sent', { email: sent.email }));
      setVersion((v) => v + 1);
      focus(fieldId('email'));
    },
  });
  const { feedback } = sending;

  const invite = (event: Event) => {
    event.preventDefault();
    const checked = validateInvite({ email });
    if (!checked.ok) return sending.invalid(checked.errors);
    setAnnouncement(null);
    void sending.run(checked.value.email);
  };

  const revoking = useAction(
    (invitation: Invitation) => api.neighbourhoods.revokeInvitation(n.id, invitation.id),
    {
      key: (invitation) => invitation.id,
      onSuccess: (_, invitation) => {
        setAnnouncement(t('invite-withdrawn', { email: invitation.email }));
        setVersion((v) => v + 1);
        // The row goes away with its button: keep the keyboard in the section.
        focus('invitations-heading');
      },
    },
  );
  const revoke = revoking.run;

  return (
    <section aria-labelledby="invitations-heading" class="panel" aria-busy={list.loading}>
      <h2 id="invitations-heading" tabIndex={-1}>
        {t('invite-manager-heading')}
      </h2>
      <form class="form invite-form" onSubmit={invite} noValidate>
        <FormAlert feedback={feedback} labels={labels} />
        <TextField
          name="email"
          label={labels.email}
          hint={t('invite-email-hint')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onValue={setEmail}
          error={feedback.fields.email}
        />
        <button type="submit" disabled={sending.busy}>
          {sending.busy ? t('invite-sending') : t('invite-send')}
        </button>
      </form>
      <StatusMessage message={announcement} />
      <h3>{t('invite-pending-heading')}</h3>
      <ErrorAlert error={list.error ?? revoking.error} />
      {!list.loading && list.items.length === 0 && <p>{t('invite-pending-none')}</p>}
      <ul class="member-list">
        {list.items.map((invitation) => (
          <li key={invitation.id} class="member">
            <div>
              <span class="member__name invitation__email">{invitation.email}</span>
              <div class="meta">{t('invite-until', { date: formatDate(invitation.expires_at) })}</div>
            </div>
            <div class="member__actions">
              <InvitationButton
                label={t('invite-withdraw')}
                about={invitation.email}
                onClick={() => revoke(invitation)}
                disabled={revoking.busyWith(invitation.id)}
              />
            </div>
          </li>
        ))}
      </ul>
      <LoadMoreInvitations list={list} />
    </section>
  );
}
