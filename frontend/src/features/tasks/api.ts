/**
 * Volunteer tasks: the shapes and typed calls of the "Volunteer tasks" section of docs/api.md.
 *
 * Kept apart from endpoints.ts and types.ts so that the task features can grow on their own;
 * `tasksApi` uses the app's one ApiClient (bearer token, single-flight refresh) like `api` does.
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { Page, PageParams, Schema, Timestamp, Uuid } from '../../api/types';

// ---- Shapes ---------------------------------------------------------------------------------
// Aliases of the server's schemas (schema.d.ts); only query parameters are written here.

export type TaskStatus = Schema<'TaskStatus'>;

export type ClaimStatus = Schema<'ClaimStatus'>;

/**
 * A task as created or edited (the server's `TaskFields`; `title` and `slots` are required when
 * creating). Coordinators' and managers' tasks start `open`; members' `proposed`.
 */
export type NewTask = Schema<'TaskFields'> & { title: string; slots: number };

/** PATCH /tasks/{id}: any field (`slots` never below the claims held). */
export type TaskChanges = Schema<'TaskFields'>;

export type Claim = Schema<'ClaimView'>;

export type Task = Schema<'TaskView'>;

export type TaskDetail = Schema<'TaskDetail'>;

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

export type DoneRequest = Schema<'DoneRequest'>;

/** A done claim in the verification queue, with its task's title. */
export type QueuedClaim = Schema<'QueuedClaim'>;

export type HoursPeriod = Schema<'Period'>;

export type HoursPoint = Schema<'PeriodHours'>;

/** Verified hours only, for the neighbourhood as a whole: never per person. */
export type NeighbourhoodHours = Schema<'NeighbourhoodHours'>;

export type MyHours = Schema<'MyHours'>;

/** A secret iCalendar (.ics) address; a new one stops the old one working. */
export type CalendarLink = Schema<'CalendarLink'>;

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

    /** Coordinators: everyone's verified hours as CSV (fetch it with the bearer token). */
    peopleHoursCsvUrl: (nid: Uuid, baseUrl = '/api/v1') =>
      `${baseUrl}${neighbourhood(nid)}/hours/people?format=csv`,

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
