/**
 * The dashboard's and triage queue's pure logic: what a live change means for the figures shown,
 * how durations read, the trend chart's geometry, filters kept in the URL, and the queue's keys.
 */
import type { IssueStatus, Schema } from '../../api/types';
import type { TrendDay, TriageQuery, TriageSort } from './api';
import { intlLocale, t } from '../../i18n';

type DashboardChanged = Schema<'DashboardChanged'>;

/**
 * Whether a `dashboard.changed` (its `seqs`) says something the shown summary (computed at
 * `shown`) does not include yet. A change it already covers is ignored: nothing is counted twice.
 */
export function isStale(shown: Record<string, number>, changed: Record<string, unknown>): boolean {
  return Object.entries(changed).some(
    ([channel, seq]) => typeof seq === 'number' && seq > (shown[channel] ?? 0),
  );
}

/**
 * Whether a `dashboard.changed` calls for fetching the summary again: a change the shown figures
 * do not include, the members-online count moved, or the organisation's served neighbourhoods
 * changed (the summary's scope).
 */
export function needsRefetch(
  shown: Record<string, number>,
  data: Partial<DashboardChanged> | undefined,
): boolean {
  if (!data) return false;
  return isStale(shown, data.seqs ?? {}) || data.online_changed === true || data.scope_changed === true;
}

/** One decimal always ("4.0", "3,1"), in the active locale. */
const oneDecimal = (value: number) =>
  new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** "45 min", "5.2 h", "3.1 days"; an em dash for no figure. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  if (seconds < 3600) return t('dash-duration-minutes', { minutes: Math.max(1, Math.round(seconds / 60)) });
  if (seconds < 48 * 3600) return t('dash-duration-hours', { hours: oneDecimal(seconds / 3600) });
  // The plural form follows the rounded number ("1.0 day" is not said: 2 days is the least here).
  const days = Math.round(seconds / 8640) / 10;
  return t('dash-duration-days', { count: days, days: oneDecimal(days) });
}

export interface TrendGeometry {
  /** SVG polyline points for new issues and resolutions, in a `width` × `height` box. */
  created: string;
  resolved: string;
  /** The largest daily count (the top of the scale, at least 1). */
  max: number;
}

/** Lines for the 30-day trend: day i at x = i × width / (n − 1), counts scaled to the height. */
export function trendGeometry(days: TrendDay[], width: number, height: number): TrendGeometry {
  const max = Math.max(1, ...days.map((d) => Math.max(d.created, d.resolved)));
  const step = days.length > 1 ? width / (days.length - 1) : 0;
  const line = (pick: (d: TrendDay) => number) =>
    days.map((d, i) => `${round(i * step)},${round(height - (pick(d) / max) * height)}`).join(' ');
  return { created: line((d) => d.created), resolved: line((d) => d.resolved), max };
}

const round = (n: number) => Math.round(n * 10) / 10;

const STATUSES: IssueStatus[] = ['open', 'acknowledged', 'in_progress', 'resolved', 'declined', 'duplicate'];
const SORTS: TriageSort[] = ['impact', 'newest', 'oldest'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The queue's filters from the page's query string (unknown or malformed values are dropped). */
export function filtersFromSearch(search: string): TriageQuery {
  const params = new URLSearchParams(search);
  const out: TriageQuery = {};
  const status = params.get('status');
  if (status && (STATUSES as string[]).includes(status)) out.status = status as IssueStatus;
  const sort = params.get('sort');
  if (sort && (SORTS as string[]).includes(sort)) out.sort = sort as TriageSort;
  const assignee = params.get('assignee');
  if (assignee && (assignee === 'me' || assignee === 'none' || UUID.test(assignee))) out.assignee = assignee;
  for (const key of ['neighbourhood_id', 'category_id'] as const) {
    const value = params.get(key);
    if (value && UUID.test(value)) out[key] = value;
  }
  return out;
}

/** The query string for filters (defaults left out), so a filtered queue can be bookmarked. */
export function searchFromFilters(filters: TriageQuery): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'neighbourhood_id', 'category_id', 'assignee', 'sort'] as const) {
    const value = filters[key];
    if (value && !(key === 'sort' && value === 'impact')) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type QueueCommand =
  'next' | 'previous' | 'toggle' | 'all' | 'acknowledge' | 'status' | 'assign' | 'merge';

/** The queue's keyboard commands (only outside text fields). */
export function queueCommand(key: string): QueueCommand | null {
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'x':
      return 'toggle';
    case '*':
      return 'all';
    case 'a':
      return 'acknowledge';
    case 's':
      return 'status';
    case 'g':
      return 'assign';
    case 'm':
      return 'merge';
    default:
      return null;
  }
}
