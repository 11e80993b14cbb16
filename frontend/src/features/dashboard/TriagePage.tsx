import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { isApiError, type IssueStatus } from '../../api';
import { dashboardApi, type BulkOutcome, type BulkRequest, type TriageItem } from './api';
import { organisationsApi } from '../organisations/api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../session/session';
import { useLiveChannel } from '../../live/live';
import { formatCount } from '../../lib/format';
import { ISSUE_STATUSES, issueName, issueStatusLabel } from '../issues/logic';
import { filtersFromSearch, queueCommand, searchFromFilters } from './logic';
import './dashboard.css';

const KEYS_HELP =
  'Keys: j / k move, x selects, * selects all, a acknowledges, s sets the status, g assigns to you, m merges the selected into the focused issue.';

function summarise(outcomes: BulkOutcome[]): string {
  const done = outcomes.filter((o) => o.status === 200).length;
  const refused = outcomes.filter((o) => o.status !== 200);
  const reasons = refused.map((o) => o.detail).filter(Boolean);
  return `${formatCount(done, 'issue')} done${refused.length ? `; ${refused.length} refused: ${[...new Set(reasons)].join(' ')}` : ''}.`;
}

/**
 * The organisation's triage queue: its issues by collective impact (filters kept in the URL), a
 * selection, and bulk actions driven from the keyboard. Each action goes through the same rules
 * as on one issue page; the server answers per issue.
 */
export function TriagePage() {
  const { params } = useRoute();
  const { url, route, path } = useLocation();
  const id = params.id ?? '';
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const filters = filtersFromSearch(search);
  const { me } = useSession();
  const [reloads, setReloads] = useState(0);
  const { data, error } = useResource(`${id}${search}#${reloads}`, (signal) =>
    dashboardApi.triage(id, { ...filters, limit: 100 }, signal),
  );
  const organisation = useResource(id || null, (signal) => organisationsApi.get(id, signal));
  const categories = useResource(id || null, (signal) => organisationsApi.categories(id, signal));
  const items: TriageItem[] = data?.items ?? [];
  const [focused, setFocused] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<IssueStatus>('in_progress');
  const [message, setMessage] = useState('');
  const table = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setSelected(new Set());
    setFocused(0);
  }, [search]);

  // Another manager's change anywhere served: reload the queue (coalesced by the server).
  useLiveChannel(id ? `dashboard:${id}` : null, (m) => {
    if (m.type === 'event' && m.kind === 'dashboard.changed') setReloads((n) => n + 1);
  });

  const setFilter = (
    key: 'status' | 'neighbourhood_id' | 'category_id' | 'assignee' | 'sort',
    value: string,
  ) => {
    route(`${path}${searchFromFilters({ ...filters, [key]: value || null })}`);
  };

  const chosen = () => (selected.size > 0 ? [...selected] : items[focused] ? [items[focused]!.id] : []);

  const bulk = useAction((body: BulkRequest) => dashboardApi.bulk(id, body), {
    onSuccess: (outcomes) => {
      setMessage(summarise(outcomes));
      setSelected(new Set());
      setReloads((n) => n + 1);
    },
  });
  const actionError = bulk.error;
  const run = async (body: BulkRequest) => {
    if (body.issue_ids.length > 0) await bulk.run(body);
  };

  const act = (command: ReturnType<typeof queueCommand>) => {
    switch (command) {
      case 'next':
        setFocused((f) => Math.min(items.length - 1, f + 1));
        break;
      case 'previous':
        setFocused((f) => Math.max(0, f - 1));
        break;
      case 'toggle': {
        const current = items[focused];
        if (!current) break;
        const next = new Set(selected);
        if (next.has(current.id)) next.delete(current.id);
        else next.add(current.id);
        setSelected(next);
        break;
      }
      case 'all':
        setSelected(selected.size === items.length ? new Set() : new Set(items.map((i) => i.id)));
        break;
      case 'acknowledge':
        void run({ issue_ids: chosen(), action: 'acknowledge', ...(note.trim() ? { note } : {}) });
        break;
      case 'status':
        if (!note.trim()) {
          setMessage('Write the public note first: every issue gets it.');
          break;
        }
        void run({ issue_ids: chosen(), action: 'set_status', status, note });
        break;
      case 'assign':
        if (me) void run({ issue_ids: chosen(), action: 'assign', assignee_id: me.id });
        break;
      case 'merge': {
        const into = items[focused];
        const sources = [...selected].filter((s) => s !== into?.id);
        if (!into || sources.length === 0 || !note.trim()) {
          setMessage('Select the duplicates, focus the issue to keep, and write a public note.');
          break;
        }
        void run({ issue_ids: sources, action: 'merge', into: into.id, note });
        break;
      }
      default:
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) ||
      target.isContentEditable ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey
    )
      return;
    const command = queueCommand(event.key);
    if (!command) return;
    event.preventDefault();
    act(command);
  };

  // The letter keys work as soon as the page opens, wherever focus is but in a form field: no
  // tabbing into the list first. Arrow keys stay the page's own (scrolling) outside the list.
  const latest = useRef(onKeyDown);
  latest.current = onKeyDown;
  useEffect(() => {
    const onPageKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || table.current?.contains(event.target as Node)) return;
      if (event.key.startsWith('Arrow')) return;
      latest.current(event);
    };
    document.addEventListener('keydown', onPageKey);
    return () => document.removeEventListener('keydown', onPageKey);
  }, []);

  if (!data && error) {
    const forbidden = isApiError(error) && (error.status === 403 || error.status === 401);
    return (
      <Page title="Triage queue">
        {forbidden ? (
          <p>Only the organisation’s staff can triage its issues.</p>
        ) : (
          <ErrorAlert error={error} />
        )}
      </Page>
    );
  }

  return (
    <Page title="Triage queue">
      <p class="breadcrumb">
        <a href={`/organisations/${id}`}>{organisation.data?.name ?? 'Organisation'}</a> ·{' '}
        <a href={`/organisations/${id}/dashboard`}>Dashboard</a>
      </p>
      <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status{' '}
          <select value={filters.status ?? ''} onChange={(e) => setFilter('status', e.currentTarget.value)}>
            <option value="">Open, acknowledged and in progress</option>
            {ISSUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {issueStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Neighbourhood{' '}
          <select
            value={filters.neighbourhood_id ?? ''}
            onChange={(e) => setFilter('neighbourhood_id', e.currentTarget.value)}
          >
            <option value="">All served</option>
            {(organisation.data?.neighbourhoods ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Category{' '}
          <select
            value={filters.category_id ?? ''}
            onChange={(e) => setFilter('category_id', e.currentTarget.value)}
          >
            <option value="">All</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Assigned{' '}
          <select
            value={filters.assignee ?? ''}
            onChange={(e) => setFilter('assignee', e.currentTarget.value)}
          >
            <option value="">Anyone</option>
            <option value="me">To me</option>
            <option value="none">To nobody</option>
          </select>
        </label>{' '}
        <label>
          Order{' '}
          <select value={filters.sort ?? 'impact'} onChange={(e) => setFilter('sort', e.currentTarget.value)}>
            <option value="impact">Collective impact</option>
            <option value="newest">Newest</option>
            <option value="oldest">Oldest</option>
          </select>
        </label>
      </form>
      <div class="panel" role="group" aria-label="Bulk actions">
        <label>
          Public note <input value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>{' '}
        <label>
          New status{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as IssueStatus)}>
            {ISSUE_STATUSES.filter((s) => s !== 'duplicate').map((s) => (
              <option key={s} value={s}>
                {issueStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => act('acknowledge')}>
          Acknowledge (a)
        </button>{' '}
        <button type="button" onClick={() => act('status')}>
          Set status (s)
        </button>{' '}
        <button type="button" onClick={() => act('assign')}>
          Assign to me (g)
        </button>{' '}
        <button type="button" onClick={() => act('merge')}>
          Merge into focused (m)
        </button>
        <p class="meta">{KEYS_HELP}</p>
      </div>
      <p aria-live="polite" role="status">
        {message}
      </p>
      <ErrorAlert error={actionError ?? error} />
      <div
        ref={table}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label="Issues to triage"
        role="region"
        aria-describedby="queue-keys"
      >
        <p id="queue-keys" class="visually-hidden">
          {KEYS_HELP}
        </p>
        {items.length === 0 ? (
          <p>{data ? 'Nothing to triage here.' : 'Loading…'}</p>
        ) : (
          <table class="triage-table table--stack">
            <thead>
              <tr>
                <th scope="col">Selected</th>
                <th scope="col">Issue</th>
                <th scope="col">Neighbourhood</th>
                <th scope="col">Status</th>
                <th scope="col">Affected</th>
                <th scope="col">Assigned</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr
                  key={item.id}
                  class={index === focused ? 'triage-row--focused' : ''}
                  aria-current={index === focused ? 'true' : undefined}
                >
                  <td data-label="Selected">
                    {/* The label around the box is the touch target: 44 px square on a phone. */}
                    <label class="check-target">
                      <input
                        type="checkbox"
                        aria-label={`Select ${issueName(item)}`}
                        checked={selected.has(item.id)}
                        onChange={() => {
                          setFocused(index);
                          const next = new Set(selected);
                          if (next.has(item.id)) next.delete(item.id);
                          else next.add(item.id);
                          setSelected(next);
                        }}
                      />
                    </label>
                  </td>
                  <td data-label="Issue">
                    <a href={`/issues/${item.id}`}>{issueName(item)}</a>
                    {item.place_not_found && <span class="badge"> Place not found</span>}
                  </td>
                  <td data-label="Neighbourhood">{item.neighbourhood_name}</td>
                  <td data-label="Status">{issueStatusLabel[item.status]}</td>
                  <td data-label="Affected">{item.supporters_count}</td>
                  <td data-label="Assigned">{item.assignee?.display_name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Page>
  );
}
