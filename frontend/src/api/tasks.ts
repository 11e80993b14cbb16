/**
 * Volunteer tasks: the shapes and typed calls of the "Volunteer tasks" section of docs/api.md.
 *
 * Kept apart from endpoints.ts and types.ts so that the task features can grow on their own;
 * `tasksApi` uses the app's one ApiClient (bearer token, single-flight refresh) like `api` does.
 */
import type { ApiClient } from './client';
import { api } from './index';
import type { LatLon, Page, PageParams, Timestamp, Uuid } from './types';

// ---- Shapes ---------------------------------------------------------------------------------

export type TaskStatus = 'proposed' | 'open' | 'staffed' | 'in_progress' | 'done' | 'verified' | 'cancelled';

export type ClaimStatus = 'active' | 'checked_in' | 'done' | 'verified' | 'released' | 'expired';

/** A task as created or edited. Coordinators' and managers' tasks start `open`; members' `proposed`. */
export interface NewTask {
  /** 3..120 characters. */
  title: string;
  /** At most 4000 characters. */
  description?: string;
  /** The shared issue the work is about, if any. */
  issue_id?: Uuid | null;
  /** Inside the neighbourhood. */
  location?: LatLon | null;
  address?: string | null;
  /** Both or neither; `ends_at` after `starts_at`. Without them the task is open-ended. */
  starts_at?: Timestamp | null;
  ends_at?: Timestamp | null;
  /** 1..100 places. */
  slots: number;
  /** 1..336 hours, default 48: how long a claim on an open-ended task holds before it must be renewed. */
  lease_hours?: number | null;
  /** At most 10. */
  skills?: string[];
  accessibility?: string | null;
  equipment?: string | null;
}

/** PATCH /tasks/{id}: any NewTask field (`slots` never below the claims held). */
export type TaskChanges = Partial<NewTask>;

export interface Claim {
  id: Uuid;
  task_id: Uuid;
  user_id: Uuid;
  /** Only for members, coordinators and managers. */
  display_name?: string | null;
  status: ClaimStatus;
  claimed_at: Timestamp;
  /** The lease: open-ended tasks renew it ("extend"); scheduled tasks hold to the window's end. */
  expires_at: Timestamp | null;
  checked_in_at: Timestamp | null;
  done_at: Timestamp | null;
  hours: number | null;
  note: string | null;
  verified_at: Timestamp | null;
  /** Why the work was sent back (the claim is `checked_in` again). */
  rejected_reason: string | null;
}

export interface Task {
  id: Uuid;
  neighbourhood_id: Uuid;
  title: string;
  description: string | null;
  issue_id: Uuid | null;
  location: LatLon | null;
  address: string | null;
  starts_at: Timestamp | null;
  ends_at: Timestamp | null;
  slots: number;
  lease_hours: number | null;
  skills: string[] | null;
  accessibility: string | null;
  equipment: string | null;
  status: TaskStatus;
  claimed_slots: number;
  verified_hours: number | null;
  cancel_reason: string | null;
  created_by: Uuid | null;
  created_at: Timestamp;
  /** The caller's own current claim, if any. */
  my_claim: Claim | null;
}

export interface TaskDetail extends Task {
  claims: Claim[];
  /** Coordinators and service managers: edit, cancel. */
  can_manage: boolean;
  /** Whether the caller may verify done work on this task (in docs/api.md; a server may leave it out). */
  can_verify?: boolean;
}

/** `status`: one of the states, or `needs_people` (open tasks). */
export type TaskStatusFilter = TaskStatus | 'needs_people';

export interface TasksQuery extends PageParams {
  status?: TaskStatusFilter;
  skill?: string;
  /** RFC 3339: scheduled tasks whose window reaches into [from, to]. */
  from?: Timestamp;
  to?: Timestamp;
  issue_id?: Uuid;
  /** Only the caller's claimed tasks. */
  mine?: boolean;
}

export interface DoneRequest {
  /** 0.25..24, in quarter hours. */
  hours: number;
  note?: string;
}

/**
 * A done claim in the verification queue. The contract names only `Claim`; a task title may come
 * along under one of these names, and the page fetches the task when none does.
 */
export interface QueuedClaim extends Claim {
  task_title?: string;
  title?: string;
  task?: { id: Uuid; title: string };
}

export type HoursPeriod = 'week' | 'month';

export interface HoursPoint {
  /** The first day of the week or month (a date or an RFC 3339 time). */
  period_start: string;
  hours: number;
}

/** Verified hours only, for the neighbourhood as a whole: never per person. */
export interface NeighbourhoodHours {
  total_hours: number;
  series: HoursPoint[];
  tasks: { task_id: Uuid; title: string; hours: number }[];
  issues: { issue_id: Uuid; hours: number }[];
}

export interface MyHours {
  total_hours: number;
  claims: { task_id: Uuid; title: string; neighbourhood_id: Uuid; hours: number; verified_at: Timestamp }[];
}

export interface CalendarLink {
  /** A secret iCalendar (.ics) address; a new one stops the old one working. */
  url: string;
}

// ---- Calls ----------------------------------------------------------------------------------

const id = encodeURIComponent;

/** Lists are pages by convention; accept a bare array too, so the page never breaks on either. */
function asPage<T>(body: Page<T> | T[] | undefined): Page<T> {
  if (Array.isArray(body)) return { items: body, next_cursor: null };
  return { items: body?.items ?? [], next_cursor: body?.next_cursor ?? null };
}

/** Typed functions for every task endpoint in docs/api.md. */
export function createTasksApi(client: ApiClient) {
  const neighbourhood = (nid: Uuid) => `/neighbourhoods/${id(nid)}`;
  const task = (tid: Uuid) => `/tasks/${id(tid)}`;
  const claim = (cid: Uuid) => `/claims/${id(cid)}`;

  return {
    /** Coordinators and service managers create `open` tasks; other active members propose them. */
    create: (nid: Uuid, body: NewTask) =>
      client.request<Task>(`${neighbourhood(nid)}/tasks`, { method: 'POST', body }),

    /** Soonest first, open-ended tasks after scheduled ones. */
    list: (
      nid: Uuid,
      { status, skill, from, to, issue_id, mine, cursor, limit }: TasksQuery = {},
      signal?: AbortSignal,
    ) =>
      client.request<Page<Task>>(`${neighbourhood(nid)}/tasks`, {
        query: { status, skill, from, to, issue_id, mine: mine ? true : undefined, cursor, limit },
        signal,
      }),

    get: (tid: Uuid, signal?: AbortSignal) => client.request<TaskDetail>(task(tid), { signal }),
    update: (tid: Uuid, body: TaskChanges) => client.request<Task>(task(tid), { method: 'PATCH', body }),
    /** Coordinators: `proposed` -> `open`. */
    approve: (tid: Uuid) => client.request<Task>(`${task(tid)}/approve`, { method: 'POST' }),
    /** Every claimant is told. */
    cancel: (tid: Uuid, reason: string) =>
      client.request<Task>(`${task(tid)}/cancel`, { method: 'POST', body: { reason } }),

    /** 409 when the task is full, not open, already claimed by the caller, or at the claim limit. */
    claim: (tid: Uuid) => client.request<Claim>(`${task(tid)}/claim`, { method: 'POST' }),
    release: (tid: Uuid) => client.request<Task>(`${task(tid)}/release`, { method: 'POST' }),
    /** Open-ended tasks: renews the lease for `lease_hours` from now. */
    extend: (tid: Uuid) => client.request<Claim>(`${task(tid)}/extend`, { method: 'POST' }),
    checkIn: (tid: Uuid) => client.request<Claim>(`${task(tid)}/check-in`, { method: 'POST' }),
    done: (tid: Uuid, body: DoneRequest) =>
      client.request<Claim>(`${task(tid)}/done`, { method: 'POST', body }),

    verify: (cid: Uuid) => client.request<Claim>(`${claim(cid)}/verify`, { method: 'POST' }),
    reject: (cid: Uuid, reason: string) =>
      client.request<Claim>(`${claim(cid)}/reject`, { method: 'POST', body: { reason } }),

    /** Done claims the caller may verify. */
    async verificationQueue(
      nid: Uuid,
      page: PageParams = {},
      signal?: AbortSignal,
    ): Promise<Page<QueuedClaim>> {
      const body = await client.request<Page<QueuedClaim> | QueuedClaim[]>(
        `${neighbourhood(nid)}/verification-queue`,
        { query: { ...page }, signal },
      );
      return asPage(body);
    },

    hours: (nid: Uuid, period: HoursPeriod, signal?: AbortSignal) =>
      client.request<NeighbourhoodHours>(`${neighbourhood(nid)}/hours`, { query: { period }, signal }),

    /** Coordinators: everyone's verified hours as CSV, fetched with the bearer token. */
    peopleHoursCsv: (nid: Uuid, baseUrl = '/api/v1') =>
      client.blob(`${baseUrl}${neighbourhood(nid)}/hours/people?format=csv`),

    myHours: (signal?: AbortSignal) => client.request<MyHours>('/me/hours', { signal }),

    calendar: {
      /** A new secret link; the old one stops working. */
      create: () => client.request<CalendarLink>('/me/calendar', { method: 'POST' }),
      /** The link stops working. */
      remove: () => client.request<void>('/me/calendar', { method: 'DELETE' }),
    },
  };
}

export type TasksApi = ReturnType<typeof createTasksApi>;

/** The task calls on the app's one client (tests stub fetch, as for `api`). */
export const tasksApi = createTasksApi(api.client);
