/**
 * Pure helpers for volunteer tasks: words for states, slots and times, the task board's URL
 * filters, the lease countdown, the hours chart's data, and what live events mean for a page.
 * The server decides every rule; these only prepare what people see and send.
 */
import { isApiError, describeError, type Page, type Timestamp } from '../../api';
import { assertNever, TASK_EVENT_KINDS, type TaskEventKind } from '../../api/kinds';
import type { EventData } from '../../live/client';
import type {
  ClaimStatus,
  HoursPeriod,
  HoursPoint,
  NewTask,
  Task,
  TaskChanges,
  TaskStatus,
  TasksQuery,
} from './api';
import { intlLocale, t } from '../../i18n';
import { parseNumber, type FormErrors, type Validated } from '../../lib/validation';

// ---- Words ----------------------------------------------------------------------------------

// Labels are getters: each read gives the words of the language active at that moment.

export const taskStatusLabel: Record<TaskStatus, string> = {
  get proposed() {
    return t('task-status-proposed');
  },
  get open() {
    return t('task-status-open');
  },
  get staffed() {
    return t('task-status-staffed');
  },
  get in_progress() {
    return t('task-status-in-progress');
  },
  get done() {
    return t('task-status-done');
  },
  get verified() {
    return t('task-status-verified');
  },
  get cancelled() {
    return t('task-status-cancelled');
  },
};

export const claimStatusLabel: Record<ClaimStatus, string> = {
  get active() {
    return t('claim-status-active');
  },
  get checked_in() {
    return t('claim-status-checked-in');
  },
  get done() {
    return t('claim-status-done');
  },
  get verified() {
    return t('claim-status-verified');
  },
  get released() {
    return t('claim-status-released');
  },
  get expired() {
    return t('claim-status-expired');
  },
};

/** Claims that hold a place (released and expired ones do not). */
export const holdsPlace = (status: ClaimStatus) => status !== 'released' && status !== 'expired';

/**
 * Whether someone else may still take a place: the task takes claims (open, or under way once a
 * volunteer has checked in) and a place is free. A check-in starts the work; it never closes the
 * task to the people it still needs (the server decides claims the same way).
 */
export const takesPeople = (task: Pick<Task, 'status' | 'claimed_slots' | 'slots'>) =>
  (task.status === 'open' || task.status === 'in_progress') && task.claimed_slots < task.slots;

/** "1 hour", "2.5 hours", "0.25 hours". */
export function formatHours(hours: number): string {
  const value = Number.isFinite(hours) ? Math.round(hours * 100) / 100 : 0;
  return t('hours-count', { count: value });
}

// Made at each call, in the active locale (a change of language shows at once).
const dayFormat = () =>
  new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', day: 'numeric', month: 'short' });
const timeFormat = () => new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' });
const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * When the task happens, in the reader's time zone: "Sat 6 Dec, 10:00–12:00", or across days
 * "Sat 6 Dec, 10:00 – Sun 7 Dec, 12:00"; "Any time" for open-ended tasks.
 */
export function formatWhen(task: Pick<Task, 'starts_at' | 'ends_at'>): string {
  if (!task.starts_at) return t('task-when-any-time');
  const start = new Date(task.starts_at);
  if (Number.isNaN(start.getTime())) return t('task-when-any-time');
  const day = dayFormat();
  const time = timeFormat();
  const startText = `${day.format(start)}, ${time.format(start)}`;
  const end = task.ends_at ? new Date(task.ends_at) : null;
  if (!end || Number.isNaN(end.getTime())) return startText;
  if (sameDay(start, end)) return `${startText}–${time.format(end)}`;
  return `${startText} – ${day.format(end)}, ${time.format(end)}`;
}

// ---- The lease countdown --------------------------------------------------------------------

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A time left, short: "47 h 12 min", "5 min", "40 s"; days beyond three days ("13 d 4 h").
 * `long` spells it out for screen readers: "47 hours 12 minutes".
 */
export function formatDuration(ms: number, long = false): string {
  // Each unit short ("12 min") or spelled out ("12 minutes"), in the active locale's plural forms.
  const seconds = (count: number) =>
    long ? t('claim-duration-seconds', { count }) : t('claim-duration-s', { count });
  const mins = (count: number) =>
    long ? t('claim-duration-minutes', { count }) : t('claim-duration-min', { count });
  const hrs = (count: number) =>
    long ? t('claim-duration-hours', { count }) : t('claim-duration-h', { count });
  const days = (count: number) =>
    long ? t('claim-duration-days', { count }) : t('claim-duration-d', { count });
  const pair = (first: string, second: string) => t('claim-duration-pair', { first, second });
  if (!Number.isFinite(ms) || ms <= 0) return mins(0);
  if (ms < MINUTE) return seconds(Math.ceil(ms / 1000));
  const minutes = Math.floor(ms / MINUTE);
  const hours = Math.floor(minutes / 60);
  if (hours >= 72) {
    const rest = hours % 24;
    return rest ? pair(days(Math.floor(hours / 24)), hrs(rest)) : days(Math.floor(hours / 24));
  }
  if (hours >= 1) {
    const rest = minutes % 60;
    return rest ? pair(hrs(hours), mins(rest)) : hrs(hours);
  }
  return mins(minutes);
}

/** "expires in 47 h 12 min", or "has expired" once the time has passed. */
export function countdownText(expiresAt: Timestamp, now: number, long = false): string {
  const left = Date.parse(expiresAt) - now;
  if (Number.isNaN(left)) return '';
  return left <= 0
    ? t('claim-countdown-expired')
    : t('claim-countdown-expires-in', { duration: formatDuration(left, long) });
}

/** How often a countdown must tick to stay right: every second in the last two minutes. */
export const countdownTickMs = (msLeft: number) => (msLeft <= 2 * MINUTE ? 1000 : 15_000);

/** The lease of an open-ended task may be renewed; a scheduled one holds to the window's end. */
export const isOpenEnded = (task: Pick<Task, 'starts_at'>) => !task.starts_at;

/** Whether to warn: less than `warningHours` left (`lib/clientConfig.ts` says how many). */
export const leaseRunningOut = (expiresAt: Timestamp, now: number, warningHours: number) =>
  Date.parse(expiresAt) - now < warningHours * HOUR;

// ---- Hours worked ---------------------------------------------------------------------------

export const HOURS_MIN = 0.25;
export const HOURS_MAX = 24;
export const HOURS_STEP = 0.25;

/** The hours a volunteer enters: 0.25 to 24 in quarter hours. */
export function parseHours(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const value = parseNumber(text);
  if (Number.isNaN(value)) return { ok: false, error: t('hours-error-enter') };
  if (value < HOURS_MIN || value > HOURS_MAX) {
    return { ok: false, error: t('hours-error-range', { min: HOURS_MIN, max: HOURS_MAX }) };
  }
  if (Math.abs(value * 4 - Math.round(value * 4)) > 1e-9) {
    return { ok: false, error: t('hours-error-quarters') };
  }
  return { ok: true, value };
}

// ---- Errors from actions --------------------------------------------------------------------

/** A sentence for a failed action; 409s (full, already claimed, claim limit) get the server's words. */
export function taskActionError(error: unknown, action: 'claim' | 'other' = 'other'): string {
  if (isApiError(error)) {
    if (error.status === 409) {
      return error.detail || (action === 'claim' ? t('claim-error-conflict', { max: 5 }) : error.title);
    }
    if (error.status === 403 && !error.detail && action === 'claim') return t('claim-error-not-member');
  }
  return describeError(error);
}

// ---- The board's filters, kept in the URL ---------------------------------------------------

export type BoardTab = 'needs_people' | 'mine' | 'done';

export interface BoardFilters {
  tab: BoardTab;
  skill: string;
  /** Dates as `YYYY-MM-DD` (what a date input gives), in the reader's time zone. */
  from: string;
  to: string;
}

export const defaultFilters: BoardFilters = { tab: 'needs_people', skill: '', from: '', to: '' };

const isDate = (value: string | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** The filters from the query string; anything unknown falls back to the default. */
export function parseBoardQuery(query: Record<string, string | undefined>): BoardFilters {
  const tab = query.tab === 'mine' || query.tab === 'done' ? query.tab : 'needs_people';
  return {
    tab,
    skill: (query.skill ?? '').trim(),
    from: isDate(query.from) ? query.from : '',
    to: isDate(query.to) ? query.to : '',
  };
}

/** The board's address with these filters (defaults left out, so the plain address is the default). */
export function boardHref(neighbourhoodId: string, filters: Partial<BoardFilters> = {}): string {
  const params = new URLSearchParams();
  const { tab, skill, from, to } = { ...defaultFilters, ...filters };
  if (tab !== 'needs_people') params.set('tab', tab);
  if (skill.trim()) params.set('skill', skill.trim());
  if (isDate(from)) params.set('from', from);
  if (isDate(to)) params.set('to', to);
  const search = params.toString();
  return `/neighbourhoods/${neighbourhoodId}/tasks${search ? `?${search}` : ''}`;
}

/** The start of a local day as RFC 3339 (UTC). */
export function dayStart(date: string): string | undefined {
  if (!isDate(date)) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** The last millisecond of a local day as RFC 3339 (UTC): "to 5 Dec" includes all of 5 Dec. */
export function dayEnd(date: string): string | undefined {
  if (!isDate(date)) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new Date(y, m - 1, d + 1).getTime() - 1).toISOString();
}

/** What each tab asks the server: "Done" is two listings (done and verified) shown as one. */
export function boardQueries(filters: BoardFilters): TasksQuery[] {
  const shared: TasksQuery = {
    skill: filters.skill || undefined,
    from: dayStart(filters.from),
    to: dayEnd(filters.to),
  };
  switch (filters.tab) {
    case 'needs_people':
      return [{ ...shared, status: 'needs_people' }];
    case 'mine':
      return [{ ...shared, mine: true }];
    case 'done':
      return [
        { ...shared, status: 'done' },
        { ...shared, status: 'verified' },
      ];
  }
}

/** Soonest first, open-ended tasks after scheduled ones (the server's order), then oldest first. */
export function compareTasks(a: Task, b: Task): number {
  const start = (t: Task) => (t.starts_at ? Date.parse(t.starts_at) : Number.POSITIVE_INFINITY);
  const byStart = start(a) - start(b);
  if (byStart !== 0 && !Number.isNaN(byStart)) return byStart;
  return Date.parse(a.created_at) - Date.parse(b.created_at) || 0;
}

/**
 * Pages through several listings as one: the cursor holds each listing's own cursor (null once it
 * has no more). Each page merges the next page of every listing that has more.
 */
export async function loadMergedPage(
  cursor: string | null,
  count: number,
  loadOne: (index: number, cursor: string | null) => Promise<Page<Task>>,
): Promise<Page<Task>> {
  const cursors: (string | null | undefined)[] = cursor
    ? (JSON.parse(cursor) as (string | null)[])
    : Array.from({ length: count }, () => undefined);
  const pages = await Promise.all(cursors.map((c, index) => (c === null ? null : loadOne(index, c ?? null))));
  const next = pages.map((page, index) => (page ? page.next_cursor : (cursors[index] ?? null)));
  const items = pages.flatMap((page) => page?.items ?? []).sort(compareTasks);
  return { items, next_cursor: next.some((c) => c !== null) ? JSON.stringify(next) : null };
}

// ---- The hours chart ------------------------------------------------------------------------

export interface HoursBar {
  /** `YYYY-MM-DD` of the period's first day. */
  key: string;
  /** Short, under the bar: "23 Nov", "Nov". */
  label: string;
  /** In full, for the table and screen readers: "Week of 23 Nov 2026", "November 2026". */
  fullLabel: string;
  /** The date alone: "23 Nov 2026" (the week's first day), "November 2026". */
  dateLabel: string;
  hours: number;
}

export interface HoursChartData {
  bars: HoursBar[];
  /** The top of the scale: a round number at or above the highest bar (at least 1). */
  scaleMax: number;
  /** Gridlines from 0 to `scaleMax`. */
  ticks: number[];
  total: number;
}

const DAY = 24 * HOUR;
/** A period's date in the active locale (made at each call, so a change of language shows). */
const utcDate = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(intlLocale(), { ...options, timeZone: 'UTC' });

/** The UTC day a period starts on, from a date or a date-time; null if it does not parse. */
function periodDay(value: string): number | null {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function nextPeriod(day: number, period: HoursPeriod): number {
  if (period === 'week') return day + 7 * DAY;
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** 1, 2, 5, 10, 20, 50, ...: the smallest at or above `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Bars for the hours chart from the server's series: sorted, periods without hours filled in with
 * zero (so the gaps show), the latest `maxBars` kept, with labels and a round scale.
 */
export function shapeHoursSeries(
  series: HoursPoint[],
  period: HoursPeriod,
  maxBars = period === 'week' ? 26 : 12,
): HoursChartData {
  const byDay = new Map<number, number>();
  for (const point of series) {
    const day = periodDay(point.period_start);
    if (day === null || !Number.isFinite(point.hours)) continue;
    // A month's bar starts on its first day, whatever day the server named.
    const key =
      period === 'month' ? Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth(), 1) : day;
    byDay.set(key, (byDay.get(key) ?? 0) + point.hours);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const bars: HoursBar[] = [];
  const monthShort = utcDate({ month: 'short' });
  const monthYearShort = utcDate({ month: 'short', year: 'numeric' });
  const monthLong = utcDate({ month: 'long', year: 'numeric' });
  const dayMonth = utcDate({ day: 'numeric', month: 'short' });
  const dayMonthYear = utcDate({ day: 'numeric', month: 'short', year: 'numeric' });
  if (days.length > 0) {
    const last = days[days.length - 1]!;
    for (let day = days[0]!; day <= last; day = nextPeriod(day, period)) {
      const date = new Date(day);
      const hours = Math.round((byDay.get(day) ?? 0) * 100) / 100;
      const month = date.getUTCMonth();
      const dateLabel = period === 'week' ? dayMonthYear.format(date) : monthLong.format(date);
      bars.push({
        key: date.toISOString().slice(0, 10),
        label:
          period === 'week'
            ? dayMonth.format(date)
            : month === 0
              ? monthYearShort.format(date)
              : monthShort.format(date),
        dateLabel,
        fullLabel: period === 'week' ? t('hours-week-of', { date: dateLabel }) : dateLabel,
        hours,
      });
      if (bars.length > 10_000) break; // a malformed series must not hang the page
    }
  }
  const shown = bars.slice(-maxBars);
  const scaleMax = niceCeiling(Math.max(0, ...shown.map((b) => b.hours)));
  // 1, 10, 100: fifths; 2, 20: quarters; 5, 50: fifths. Every gridline is a round number.
  const leading = scaleMax / 10 ** Math.floor(Math.log10(scaleMax));
  const step = scaleMax / (Math.round(leading) === 2 ? 4 : 5);
  const ticks: number[] = [];
  for (let t = 0; t <= scaleMax + 1e-9; t += step) ticks.push(Math.round(t * 100) / 100);
  const total = Math.round(shown.reduce((sum, b) => sum + b.hours, 0) * 100) / 100;
  return { bars: shown, scaleMax, ticks, total };
}

// ---- Live events ----------------------------------------------------------------------------

/** The task event kinds of a neighbourhood's channel, derived from the one list of kinds. */
export { TASK_EVENT_KINDS, type TaskEventKind } from '../../api/kinds';

const taskEventKinds = new Set<string>(TASK_EVENT_KINDS);

/** Whether an event is a task event this version knows. */
export const isTaskEvent = (kind: string): kind is TaskEventKind => taskEventKinds.has(kind);

/**
 * What a task event carries, as the server's contract says: `{task_id, status, claimed_slots,
 * slots}` (and `claim_id` for claims). Pure functions take any part of it.
 */
export type TaskEventData = Partial<EventData<TaskEventKind>> & { task_id: string };

/** A task with what an event says applied: counts and state change at once, before any reload. */
export function applyTaskEvent<T extends Pick<Task, 'status' | 'claimed_slots' | 'slots'>>(
  task: T,
  data: TaskEventData,
): T {
  return {
    ...task,
    status: data.status ?? task.status,
    claimed_slots: data.claimed_slots ?? task.claimed_slots,
    slots: data.slots ?? task.slots,
  };
}

/** A sentence for a task event ("Someone took a place on “Litter pick” (3 of 8 filled)."). */
export function describeTaskEvent(kind: TaskEventKind, data: TaskEventData, title?: string): string {
  // `named` picks the sentence with the task's title, or the one that says "a task".
  const args = {
    named: title ? 'yes' : 'no',
    title: title ?? '',
    filled:
      data.claimed_slots !== undefined && data.slots !== undefined
        ? t('task-event-filled', { claimed: data.claimed_slots, slots: data.slots })
        : '',
  };
  switch (kind) {
    case 'task.created':
      return data.status === 'proposed' ? t('task-event-proposed') : t('task-event-created');
    case 'task.updated':
      return t('task-event-updated', args);
    case 'task.approved':
      return t('task-event-approved', args);
    case 'task.claimed':
      return t('task-event-claimed', args);
    case 'task.released':
      return t('task-event-released', args);
    case 'task.claim_extended':
      return t('task-event-claim-extended', args);
    case 'task.lease_expired':
      return t('task-event-lease-expired', args);
    case 'task.checked_in':
      return t('task-event-checked-in', args);
    case 'task.done':
      return t('task-event-done', args);
    case 'task.verified':
      return t('task-event-verified', args);
    case 'task.rejected':
      return t('task-event-rejected', args);
    case 'task.cancelled':
      return t('task-event-cancelled', args);
    default:
      return assertNever(kind, t('task-event-changed', args));
  }
}

/** Whether a task in this state belongs on the tab (for "mine", the server decides). */
function fitsTab(tab: BoardTab, data: TaskEventData): boolean {
  const { status, claimed_slots: claimed, slots } = data;
  if (!status) return true;
  if (tab === 'needs_people') {
    // Open, or under way with a place still free.
    if (claimed === undefined || slots === undefined) return status === 'open' || status === 'in_progress';
    return takesPeople({ status, claimed_slots: claimed, slots });
  }
  if (tab === 'done') return status === 'done' || status === 'verified';
  return true;
}

/**
 * What the board does with a task event: `patch` a listed task in place (its counts and state),
 * `reload` the list over HTTP (a task may have arrived or left), or `ignore` it.
 */
export function boardReaction(tab: BoardTab, kind: TaskEventKind, data: TaskEventData, listed: boolean) {
  if (tab === 'mine' && ['task.claimed', 'task.released', 'task.lease_expired'].includes(kind)) {
    // The event does not say whose claim it was: ask the server whether the list changed.
    return listed || kind === 'task.claimed' ? 'reload' : 'ignore';
  }
  if (listed) return fitsTab(tab, data) ? 'patch' : 'reload';
  if (tab === 'mine') return 'ignore';
  return fitsTab(tab, data) ? 'reload' : 'ignore';
}

// ---- The task form --------------------------------------------------------------------------

export const TASK_TITLE_MIN = 3;
export const TASK_TITLE_MAX = 120;
export const TASK_DESCRIPTION_MAX = 4000;
export const TASK_SLOTS_MAX = 100;
export const LEASE_HOURS_MAX = 336;
export const SKILLS_MAX = 10;
export const REASON_MAX = 2000;

/** The task form as typed: every input is a string until checked. */
export interface TaskDraft {
  title: string;
  description: string;
  issue_id: string;
  address: string;
  /** `YYYY-MM-DDTHH:mm` in the reader's time zone (a datetime-local input). */
  starts_at: string;
  ends_at: string;
  slots: string;
  lease_hours: string;
  /** Comma-separated. */
  skills: string;
  accessibility: string;
  equipment: string;
}

export const emptyTaskDraft: TaskDraft = {
  title: '',
  description: '',
  issue_id: '',
  address: '',
  starts_at: '',
  ends_at: '',
  slots: '1',
  lease_hours: '',
  skills: '',
  accessibility: '',
  equipment: '',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** An RFC 3339 time as a datetime-local value in the reader's time zone; '' if none. */
export function toLocalInput(rfc3339: string | null | undefined): string {
  if (!rfc3339) return '';
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (the reader's time zone) as RFC 3339 UTC; undefined if it is not one. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const d = new Date(value); // without a zone this is local time
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** "litter, Gardening , litter" -> ["litter", "Gardening"] (trimmed, no repeats). */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of text.split(',')) {
    const skill = raw.trim();
    if (skill && !seen.has(skill.toLowerCase())) {
      seen.add(skill.toLowerCase());
      skills.push(skill);
    }
  }
  return skills;
}

export function taskToDraft(task: Task): TaskDraft {
  return {
    title: task.title,
    description: task.description ?? '',
    issue_id: task.issue_id ?? '',
    address: task.address ?? '',
    starts_at: toLocalInput(task.starts_at),
    ends_at: toLocalInput(task.ends_at),
    slots: String(task.slots),
    lease_hours: task.lease_hours ? String(task.lease_hours) : '',
    skills: (task.skills ?? []).join(', '),
    accessibility: task.accessibility ?? '',
    equipment: task.equipment ?? '',
  };
}

const wholeNumber = (text: string) => {
  const value = parseNumber(text);
  return Number.isInteger(value) ? value : Number.NaN;
};

/** Quick checks before a task is sent; the server stays the authority. */
export function validateTaskDraft(draft: TaskDraft): Validated<NewTask> {
  const errors: FormErrors = {};
  const title = draft.title.trim();
  if (title.length < TASK_TITLE_MIN) errors.title = t('task-error-title-short', { min: TASK_TITLE_MIN });
  else if (title.length > TASK_TITLE_MAX) errors.title = t('task-error-too-long', { max: TASK_TITLE_MAX });
  const description = draft.description.trim();
  if (description.length > TASK_DESCRIPTION_MAX) {
    errors.description = t('task-error-description-long', {
      max: TASK_DESCRIPTION_MAX,
      length: description.length,
    });
  }
  const slots = wholeNumber(draft.slots);
  if (!(slots >= 1 && slots <= TASK_SLOTS_MAX)) {
    errors.slots = t('task-error-slots', { max: TASK_SLOTS_MAX });
  }
  let lease_hours: number | undefined;
  if (draft.lease_hours.trim()) {
    lease_hours = wholeNumber(draft.lease_hours);
    if (!(lease_hours >= 1 && lease_hours <= LEASE_HOURS_MAX)) {
      errors.lease_hours = t('task-error-lease-hours', { max: LEASE_HOURS_MAX, usual: 48 });
    }
  }
  const starts_at = fromLocalInput(draft.starts_at);
  const ends_at = fromLocalInput(draft.ends_at);
  if (draft.starts_at && !starts_at) errors.starts_at = t('task-error-date-time');
  if (draft.ends_at && !ends_at) errors.ends_at = t('task-error-date-time');
  if (!errors.starts_at && !errors.ends_at) {
    if (starts_at && !ends_at) errors.ends_at = t('task-error-end-missing');
    else if (ends_at && !starts_at) errors.starts_at = t('task-error-start-missing');
    else if (starts_at && ends_at && Date.parse(ends_at) <= Date.parse(starts_at)) {
      errors.ends_at = t('task-error-end-before-start');
    }
  }
  const skills = parseSkills(draft.skills);
  if (skills.length > SKILLS_MAX) errors.skills = t('task-error-skills', { max: SKILLS_MAX });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const address = draft.address.trim();
  const accessibility = draft.accessibility.trim();
  const equipment = draft.equipment.trim();
  return {
    ok: true,
    value: {
      title,
      ...(description ? { description } : {}),
      ...(draft.issue_id ? { issue_id: draft.issue_id } : {}),
      ...(address ? { address } : {}),
      ...(starts_at && ends_at ? { starts_at, ends_at } : {}),
      slots,
      ...(lease_hours !== undefined ? { lease_hours } : {}),
      ...(skills.length > 0 ? { skills } : {}),
      ...(accessibility ? { accessibility } : {}),
      ...(equipment ? { equipment } : {}),
    },
  };
}

/**
 * What an edit changes, for PATCH: only the fields that differ from the task. A cleared text field
 * is sent as "" and cleared skills as [] (the server reads null as "unchanged"); the two times go
 * together, since the server checks them as a pair.
 */
export function taskChanges(task: Task, edited: NewTask): TaskChanges {
  const changes: Record<string, unknown> = {};
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const instant = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : null);
  for (const key of ['title', 'description', 'address', 'accessibility', 'equipment'] as const) {
    if (text(task[key]) !== text(edited[key])) changes[key] = text(edited[key]);
  }
  for (const key of ['issue_id', 'slots', 'lease_hours'] as const) {
    if ((task[key] ?? null) !== (edited[key] ?? null)) changes[key] = edited[key] ?? null;
  }
  const skills = (list: string[] | null | undefined) =>
    JSON.stringify((list ?? []).map((s) => s.toLowerCase()));
  if (skills(task.skills) !== skills(edited.skills)) changes.skills = edited.skills ?? [];
  if (
    instant(task.starts_at) !== instant(edited.starts_at) ||
    instant(task.ends_at) !== instant(edited.ends_at)
  ) {
    changes.starts_at = edited.starts_at ?? null;
    changes.ends_at = edited.ends_at ?? null;
  }
  return changes as TaskChanges;
}
