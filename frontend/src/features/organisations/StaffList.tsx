import type { PagedList } from '../../hooks/usePagedList';
import type { Staff } from './api';
import { ErrorAlert } from '../../components/Alert';
import { useSession } from '../../session/session';
import { formatDate } from '../../lib/format';

/** The organisation's staff: the service managers in the neighbourhoods it serves. */
export function StaffList({ list }: { list: PagedList<Staff> }) {
  const { me } = useSession();
  return (
    <section aria-labelledby="staff-heading" aria-busy={list.loading}>
      <h2 id="staff-heading">Staff</h2>
      <p>They manage its categories and API keys, and act as service managers where it works.</p>
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 && <p>Loading staff…</p>}
      {!list.loading && !list.error && list.items.length === 0 && <p>No staff yet.</p>}
      <ul class="member-list">
        {list.items.map((s) => (
          <li key={s.user_id} class="member">
            <div>
              <span class="member__name">
                {s.display_name}
                {s.user_id === me?.id && ' (you)'}
              </span>
              <div class="meta">
                <a href={`mailto:${s.email}`}>{s.email}</a>
                <span>Added {formatDate(s.added_at)}</span>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {list.hasMore && (
        <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? 'Loading…' : 'Load more staff'}
        </button>
      )}
    </section>
  );
}
