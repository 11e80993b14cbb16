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
import { ISSUE_STATUSES, issueName, issueStatusLabel } from '../issues/logic';
import { filtersFromSearch, queueCommand, searchFromFilters } from './logic';
import './dashboard.css';
import { t } from '../../i18n';

/** What a bulk action did: how many issues, and why the server refused the others (its words). */
function summarise(outcomes: BulkOutcome[]): string {
  const done = outcomes.filter((o) => o.status === 200).length;
  const refused = outcomes.filter((o) => o.status !== 200);
  if (refused.length === 0) return t('triage-bulk-done', { count: done });
  const reasons = [...new Set(refused.map((o) => o.detail).filter(Boolean))].join(' ');
  return t('triage-bulk-done-refused', { count: done, refused: refused.length, reasons });
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
          setMessage(t('triage-note-first'));
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
          setMessage(t('triage-merge-how'));
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
      <Page title={t('triage-title')}>
        {forbidden ? <p>{t('triage-forbidden')}</p> : <ErrorAlert error={error} />}
      </Page>
    );
  }

  return (
    <Page title={t('triage-title')}>
      <p class="breadcrumb">
        <a href={`/organisations/${id}`} dir="auto">
          {organisation.data?.name ?? t('dash-organisation')}
        </a>{' '}
        · <a href={`/organisations/${id}/dashboard`}>{t('dash-title')}</a>
      </p>
      <form class="filters" aria-label={t('triage-filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('triage-filter-status')}{' '}
          <select value={filters.status ?? ''} onChange={(e) => setFilter('status', e.currentTarget.value)}>
            <option value="">{t('triage-filter-status-default')}</option>
            {ISSUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {issueStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('triage-filter-neighbourhood')}{' '}
          <select
            value={filters.neighbourhood_id ?? ''}
            onChange={(e) => setFilter('neighbourhood_id', e.currentTarget.value)}
          >
            <option value="">{t('triage-filter-all-served')}</option>
            {(organisation.data?.neighbourhoods ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('triage-filter-category')}{' '}
          <select
            value={filters.category_id ?? ''}
            onChange={(e) => setFilter('category_id', e.currentTarget.value)}
          >
            <option value="">{t('triage-filter-all')}</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('triage-filter-assigned')}{' '}
          <select
            value={filters.assignee ?? ''}
            onChange={(e) => setFilter('assignee', e.currentTarget.value)}
          >
            <option value="">{t('triage-filter-anyone')}</option>
            <option value="me">{t('triage-filter-to-me')}</option>
            <option value="none">{t('triage-filter-to-nobody')}</option>
          </select>
        </label>{' '}
        <label>
          {t('triage-filter-order')}{' '}
          <select value={filters.sort ?? 'impact'} onChange={(e) => setFilter('sort', e.currentTarget.value)}>
            <option value="impact">{t('triage-order-impact')}</option>
            <option value="newest">{t('triage-order-newest')}</option>
            <option value="oldest">{t('triage-order-oldest')}</option>
          </select>
        </label>
      </form>
      <div class="panel" role="group" aria-label={t('triage-bulk-actions')}>
        <label>
          {t('triage-public-note')}{' '}
          <input value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {t('triage-new-status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as IssueStatus)}>
            {ISSUE_STATUSES.filter((s) => s !== 'duplicate').map((s) => (
              <option key={s} value={s}>
                {issueStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => act('acknowledge')}>
          {t('triage-acknowledge')}
        </button>{' '}
        <button type="button" onClick={() => act('status')}>
          {t('triage-set-status')}
        </button>{' '}
        <button type="button" onClick={() => act('assign')}>
          {t('triage-assign-to-me')}
        </button>{' '}
        <button type="button" onClick={() => act('merge')}>
          {t('triage-merge')}
        </button>
        <p class="meta">{t('triage-keys-help')}</p>
      </div>
      <p aria-live="polite" role="status">
        {message}
      </p>
      <ErrorAlert error={actionError ?? error} />
      <div
        ref={table}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label={t('triage-queue-label')}
        role="region"
        aria-describedby="queue-keys"
      >
        <p id="queue-keys" class="visually-hidden">
          {t('triage-keys-help')}
        </p>
        {items.length === 0 ? (
          <p>{data ? t('triage-empty') : t('triage-loading')}</p>
        ) : (
          <table class="triage-table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('triage-col-selected')}</th>
                <th scope="col">{t('triage-col-issue')}</th>
                <th scope="col">{t('triage-col-neighbourhood')}</th>
                <th scope="col">{t('triage-col-status')}</th>
                <th scope="col">{t('triage-col-affected')}</th>
                <th scope="col">{t('triage-col-assigned')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr
                  key={item.id}
                  class={index === focused ? 'triage-row--focused' : ''}
                  aria-current={index === focused ? 'true' : undefined}
                >
                  <td data-label={t('triage-col-selected')}>
                    {/* The label around the box is the touch target: 44 px square on a phone. */}
                    <label class="check-target">
                      <input
                        type="checkbox"
                        aria-label={t('triage-select', { name: issueName(item) })}
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
                  <td data-label={t('triage-col-issue')}>
                    <a href={`/issues/${item.id}`} dir="auto">
                      {issueName(item)}
                    </a>
                    {item.place_not_found && <span class="badge"> {t('triage-place-not-found')}</span>}
                  </td>
                  <td data-label={t('triage-col-neighbourhood')} dir="auto">
                    {item.neighbourhood_name}
                  </td>
                  <td data-label={t('triage-col-status')}>{issueStatusLabel[item.status]}</td>
                  <td data-label={t('triage-col-affected')}>{item.supporters_count}</td>
                  <td data-label={t('triage-col-assigned')} dir="auto">
                    {item.assignee?.display_name ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Page>
  );
}
