/**
 * Typed calls for the service manager's dashboard, the triage queue and the exports (docs/api.md,
 * "The service manager's dashboard and exports"; definitions in docs/dashboard.md).
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { IssueStatus, Page, Schema, Uuid } from '../../api/types';

// Aliases of the server's schemas (schema.d.ts); only query parameters, the GeoJSON map (the
// document calls it any object) and a stricter bulk request are written here.

export type StatusCounts = Schema<'StatusCounts'>;

export type DurationStats = Schema<'DurationStats'>;

export type DashboardCategory = Schema<'CategoryRef'>;

export type TrendDay = Schema<'TrendDay'>;

/** One issue on the dashboard's map: `coordinates` are [lon, lat]. */
export interface MapFeature {
  type: 'Feature';
  id: Uuid;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { status: IssueStatus; category_id: Uuid; supporters_count: number };
}

/** The document calls `map` any object; it is a GeoJSON FeatureCollection of the open issues. */
export type DashboardSummary = Omit<Schema<'DashboardSummary'>, 'map'> & {
  map: { type: 'FeatureCollection'; features: MapFeature[]; truncated: boolean };
};

export interface DashboardFilter {
  neighbourhood_id?: Uuid | null;
  category_id?: Uuid | null;
  days?: number | null;
}

export type TriageSort = Schema<'TriageSort'>;

export interface TriageQuery extends DashboardFilter {
  status?: IssueStatus | null;
  /** `me`, `none` or a staff member's id. */
  assignee?: string | null;
  sort?: TriageSort | null;
  cursor?: string | null;
  limit?: number;
}

export type TriageItem = Schema<'TriageItem'>;

type BulkAction<Action extends Schema<'BulkActionKind'>> = Schema<'BulkRequest'> & { action: Action };

/** The document has every field optional; each action needs its own (the server refuses the rest). */
export type BulkRequest =
  | (BulkAction<'acknowledge'> & { note?: string })
  | (BulkAction<'set_status'> & { status: IssueStatus; note: string })
  | (BulkAction<'assign'> & { assignee_id: Uuid | null })
  | (BulkAction<'merge'> & { into: Uuid; note: string });

/** As the single action would have answered: 200 done, 404, 409, 422... */
export type BulkOutcome = Schema<'BulkOutcome'>;

const id = encodeURIComponent;

export function createDashboardApi(client: ApiClient) {
  const organisation = (oid: Uuid) => `/organisations/${id(oid)}`;
  return {
    /** Its staff and platform admins (403 for others). */
    summary: (oid: Uuid, filter: DashboardFilter = {}, signal?: AbortSignal) =>
      client.request<DashboardSummary>(`${organisation(oid)}/dashboard`, { query: { ...filter }, signal }),
    triage: (oid: Uuid, query: TriageQuery = {}, signal?: AbortSignal) =>
      client.request<Page<TriageItem>>(`${organisation(oid)}/triage`, { query: { ...query }, signal }),
    /** Where the issues export is served; fetch it with the bearer token (`DownloadLink`). */
    exportUrl: (oid: Uuid, format: 'csv' | 'geojson', baseUrl = '/api/v1') =>
      `${baseUrl}${organisation(oid)}/issues/export.${format}`,
    bulk: (oid: Uuid, body: BulkRequest) =>
      client.request<BulkOutcome[]>(`${organisation(oid)}/triage/bulk`, { method: 'POST', body }),
  };
}

export type DashboardApi = ReturnType<typeof createDashboardApi>;

export const dashboardApi = createDashboardApi(api.client);
