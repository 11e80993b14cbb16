import { RowActionButton } from '../../components/RowActionButton';
import { useEffect } from 'preact/hooks';
import { api, type Member, type Neighbourhood } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { usePagedList } from '../../hooks/usePagedList';
import { useSession } from '../../session/session';
import { formatDate, roleLabel, statusLabel } from '../../lib/format';
import { LoadMore } from '../../components/LoadMore';
import { t } from '../../i18n';

interface Props {
  neighbourhood: Neighbourhood;
  /** Changes whenever the page reloads its data. */
  version: number;
  onChange: (message: string) => void;
  /** Told the members shown whenever they change (the page learns names for its live feed). */
  onLoaded?: (members: Member[]) => void;
}

/** An action on one member's row: that row's buttons wait for it; the page announces `message`. */
function useMemberAction(onChange: (message: string) => void) {
  return useAction(
    (_: Member, action: () => Promise<unknown>, message: string) => action().then(() => message),
    {
      key: (member) => member.user_id,
      onSuccess: onChange,
    },
  );
}

function useReportLoaded(items: Member[], onLoaded?: (members: Member[]) => void) {
  useEffect(() => {
    if (items.length > 0) onLoaded?.(items);
  }, [items]); // only when the items change, not when the callback does
}

/** Active members; coordinators also get role changes and removal. */
export function MemberList({ neighbourhood: n, version, onChange, onLoaded }: Props) {
  const { me } = useSession();
  const list = usePagedList(`${n.id}:${version}`, (cursor, signal) =>
    api.neighbourhoods.members(n.id, { status: 'active', cursor }, signal),
  );
  useReportLoaded(list.items, onLoaded);
  const { busyWith, error, run } = useMemberAction(onChange);
  const canManage = n.viewer.can_manage;

  const toggleRole = (m: Member) => {
    const role = m.role === 'coordinator' ? 'member' : 'coordinator';
    const message =
      role === 'coordinator'
        ? t('member-now-coordinator', { name: m.display_name })
        : t('member-now-member', { name: m.display_name });
    return run(m, () => api.neighbourhoods.setRole(n.id, m.user_id, role), message);
  };
  const remove = (m: Member) =>
    run(m, () => api.neighbourhoods.remove(n.id, m.user_id), t('member-removed', { name: m.display_name }));

  return (
    <section aria-labelledby="members-heading" aria-busy={list.loading}>
      <h2 id="members-heading">{t('member-list-heading')}</h2>
      <ErrorAlert error={list.error ?? error} />
      {list.loading && list.items.length === 0 && <p>{t('member-list-loading')}</p>}
      <ul class="member-list">
        {list.items.map((m) => (
          <li key={m.user_id} class="member">
            <div>
              <span class="member__name">
                <bdi>{m.display_name}</bdi>
                {m.user_id === me?.id && ` ${t('member-you-suffix')}`}
              </span>{' '}
              <span class={m.role === 'coordinator' ? 'badge badge--accent' : 'badge'}>
                {roleLabel[m.role]}
              </span>
              {m.status !== 'active' && <span class="badge">{statusLabel[m.status]}</span>}
              <div class="meta">{t('member-joined-on', { date: formatDate(m.joined_at) })}</div>
            </div>
            {canManage && m.user_id !== me?.id && (
              <div class="member__actions">
                <RowActionButton
                  label={m.role === 'coordinator' ? t('member-make-member') : t('member-make-coordinator')}
                  about={m.display_name}
                  onClick={() => toggleRole(m)}
                  disabled={busyWith(m.user_id)}
                />
                <RowActionButton
                  label={t('member-remove')}
                  about={m.display_name}
                  onClick={() => remove(m)}
                  disabled={busyWith(m.user_id)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <LoadMore list={list} label={t('member-load-more')} />
    </section>
  );
}

/** Requests to join, for coordinators: approve or reject each. */
export function PendingRequests({ neighbourhood: n, version, onChange, onLoaded }: Props) {
  const list = usePagedList(`${n.id}:${version}`, (cursor, signal) =>
    api.neighbourhoods.members(n.id, { status: 'pending', cursor }, signal),
  );
  useReportLoaded(list.items, onLoaded);
  const { busyWith, error, run } = useMemberAction(onChange);

  const approve = (m: Member) =>
    run(
      m,
      () => api.neighbourhoods.approve(n.id, m.user_id),
      t('member-now-member', { name: m.display_name }),
    );
  const reject = (m: Member) =>
    run(
      m,
      () => api.neighbourhoods.remove(n.id, m.user_id),
      t('member-request-declined', { name: m.display_name }),
    );

  return (
    <section aria-labelledby="pending-heading" class="panel" aria-busy={list.loading}>
      <h2 id="pending-heading">{t('member-pending-heading')}</h2>
      <ErrorAlert error={list.error ?? error} />
      {!list.loading && list.items.length === 0 && <p>{t('member-pending-none')}</p>}
      <ul class="member-list">
        {list.items.map((m) => (
          <li key={m.user_id} class="member">
            <div>
              <span class="member__name" dir="auto">
                {m.display_name}
              </span>
              <div class="meta">{t('member-asked-on', { date: formatDate(m.joined_at) })}</div>
            </div>
            <div class="member__actions">
              <RowActionButton
                label={t('member-approve')}
                about={m.display_name}
                quiet={false}
                onClick={() => approve(m)}
                disabled={busyWith(m.user_id)}
              />
              <RowActionButton
                label={t('member-reject')}
                about={m.display_name}
                onClick={() => reject(m)}
                disabled={busyWith(m.user_id)}
              />
            </div>
          </li>
        ))}
      </ul>
      <LoadMore list={list} label={t('member-load-more-requests')} />
    </section>
  );
}
