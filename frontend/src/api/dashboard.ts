/**
 * Typed calls for the service manager's dashboard, the triage queue and the exports (docs/api.md,
 * "The service manager's dashboard and exports"; definitions in docs/dashboard.md).
 */
import type { ApiClient } from './client';
import { api } from './index';
import type { Issue, IssueStatus, Page, Timestamp, Uuid } from './types';

export interface StatusCounts {
  open: number;
  acknowledged: number;
  in_progress: number;
  total: number;
}

export interface DurationStats {
  count: number;
  median_seconds: number | null;
  p90_seconds: number | null;
}

export interface DashboardCategory {
  id: Uuid;
  code: string;
  name: string;
  target_days: number | null;
}

export interface TrendDay {
  /** YYYY-MM-DD (UTC). */
  date: string;
  created: number;
  resolved: number;
}

export interface MapFeature {
  type: 'Feature';
  id: Uuid;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { status: IssueStatus; category_id: Uuid; supporters_count: number };
}

export interface DashboardSummary {
  organisation_id: Uuid;
  generated_at: Timestamp;
  period: { days: number; from: Timestamp };
  neighbourhoods: { id: Uuid; name: string }[];
  categories: DashboardCategory[];
  /** Each neighbourhood channel's newest seq when the figures were read. */
  seqs: Record<string, number>;
  open: StatusCounts;
  open_by_category: { category: DashboardCategory; open: StatusCounts; past_target: number }[];
  new_today: number;
  new_this_week: number;
  time_to_acknowledge: DurationStats;
  time_to_resolve: DurationStats;
  past_target: number;
  top_issues: Issue[];
  pooling: { issues: number; reports: number; supporters: number; duplicate_work_saved: number };
  tasks: { open: number; staffed: number; done: number; verified_hours_this_week: number };
  members_online: number;
  trend: TrendDay[];
  map: { type: 'FeatureCollection'; features: MapFeature[]; truncated: boolean };
}

export interface DashboardFilter {
  neighbourhood_id?: Uuid | null;
  category_id?: Uuid | null;
  days?: number | null;
}

export type TriageSort = 'impact' | 'newest' | 'oldest';

export interface TriageQuery extends DashboardFilter {
  status?: IssueStatus | null;
  /** `me`, `none` or a staff member's id. */
  assignee?: string | null;
  sort?: TriageSort | null;
  cursor?: string | null;
  limit?: number;
}

export interface TriageItem extends Issue {
  neighbourhood_name: string;
  assignee: { user_id: Uuid; display_name: string } | null;
}

export type BulkRequest =
  | { issue_ids: Uuid[]; action: 'acknowledge'; note?: string }
  | { issue_ids: Uuid[]; action: 'set_status'; status: IssueStatus; note: string }
  | { issue_ids: Uuid[]; action: 'assign'; assignee_id: Uuid | null }
  | { issue_ids: Uuid[]; action: 'merge'; into: Uuid; note: string };

export interface BulkOutcome {
  issue_id: Uuid;
  /** As the single action would have answered: 200 done, 404, 409, 422... */
  status: number;
  detail: string | null;
}

const id = encodeURIComponent;

export function createDashboardApi(client: ApiClient) {
  const organisation = (oid: Uuid) => `/organisations/${id(oid)}`;
  return {
    /** Its staff and platform admins (403 for others). */
    summary: (oid: Uuid, filter: DashboardFilter = {}, signal?: AbortSignal) =>
      client.request<DashboardSummary>(`${organisation(oid)}/dashboard`, { query: { ...filter }, signal }),
    triage: (oid: Uuid, query: TriageQuery = {}, signal?: AbortSignal) =>
      client.request<Page<TriageItem>>(`${organisation(oid)}/triage`, { query: { ...query }, signal }),
    bulk: (oid: Uuid, body: BulkRequest) =>
      client.request<BulkOutcome[]>(`${organisation(oid)}/triage/bulk`, { method: 'POST', body }),
  };
}

export type DashboardApi = ReturnType<typeof createDashboardApi>;

export const dashboardApi = createDashboardApi(api.client);
