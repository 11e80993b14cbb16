import type { PagedList } from '../../hooks/usePagedList';
import type { Staff } from './api';
import { ErrorAlert } from '../../components/Alert';
import { useSession } from '../../session/session';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n';

/** The organisation's staff: the service managers in the neighbourhoods it serves. */
export function StaffList({ list }: { list: PagedList<Staff> }) {
  const { me } = useSession();
  return (
    <section aria-labelledby="staff-heading" aria-busy={list.loading}>
      <h2 id="staff-heading">{t('staff-heading')}</h2>
      <p>{t('staff-intro')}</p>
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 && <p>{t('staff-loading')}</p>}
      {!list.loading && !list.error && list.items.length === 0 && <p>{t('staff-empty')}</p>}
      <ul class="member-list">
        {list.items.map((s) => (
          <li key={s.user_id} class="member">
            <div>
              <span class="member__name" dir="auto">
                {s.user_id === me?.id ? t('staff-name-you', { name: s.display_name }) : s.display_name}
              </span>
              <div class="meta">
                <a href={`mailto:${s.email}`}>{s.email}</a>
                <span>{t('staff-added', { date: formatDate(s.added_at) })}</span>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {list.hasMore && (
        <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? t('staff-loading-more') : t('staff-load-more')}
        </button>
      )}
    </section>
  );
}
