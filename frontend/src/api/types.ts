/**
 * Shapes of the Commonground HTTP API, mirroring docs/api.md (the OpenAPI document at
 * /api/v1/openapi.json is the machine-readable source of truth).
 * Ids are UUID strings; times are RFC 3339 UTC strings.
 */

export type Uuid = string;
export type Timestamp = string;

/** One page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface PageParams {
  cursor?: string | null;
  /** 1..100, server default 20. */
  limit?: number;
}

// ---- Accounts -------------------------------------------------------------------------------

export interface User {
  id: Uuid;
  email: string;
  display_name: string;
  is_platform_admin: boolean;
  created_at: Timestamp;
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

export interface RegisterRequest {
  email: string;
  display_name: string;
  password: string;
}

/** The answer to any well-formed registration: the same whether the address was new or taken. */
export interface RegistrationAccepted {
  message: string;
}

/** An invitation as a neighbourhood's coordinators see it: an address, never an account. */
export interface Invitation {
  id: Uuid;
  neighbourhood_id: Uuid;
  email: string;
  status: 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** An invitation as the invited person sees it (a private neighbourhood's name included). */
export interface MyInvitation {
  id: Uuid;
  neighbourhood_id: Uuid;
  neighbourhood_name: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MyMembership {
  neighbourhood_id: Uuid;
  neighbourhood_name: string;
  role: MemberRole;
  status: MemberStatus;
}

export interface Me extends User {
  memberships: MyMembership[];
  organisations: OrganisationRef[];
}

export interface UpdateMeRequest {
  display_name?: string;
  password?: string;
  /** Required together with `password`. */
  current_password?: string;
}

// ---- Neighbourhoods -------------------------------------------------------------------------

export type Visibility = 'public' | 'private';
export type JoinPolicy = 'open' | 'approval';
export type MemberRole = 'member' | 'coordinator';
export type MemberStatus = 'active' | 'pending' | 'suspended';

export interface LatLon {
  lat: number;
  lon: number;
}

/** A GeoJSON Polygon: rings of [lon, lat] positions, the first ring being the outer boundary. */
export interface Polygon {
  type: 'Polygon';
  coordinates: number[][][];
}

export interface NeighbourhoodRef {
  id: Uuid;
  name: string;
}

export interface OrganisationRef {
  id: Uuid;
  name: string;
}

export interface Viewer {
  membership: { role: MemberRole; status: MemberStatus } | null;
  is_service_manager: boolean;
  can_manage: boolean;
}

export interface Neighbourhood {
  id: Uuid;
  name: string;
  description: string;
  visibility: Visibility;
  join_policy: JoinPolicy;
  center: LatLon;
  radius_m: number | null;
  boundary: Polygon | null;
  member_count: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Present only when listing with `near`. */
  distance_m?: number;
  serving_organisations: OrganisationRef[];
  viewer: Viewer;
}

interface NeighbourhoodFields {
  /** 3..80 characters. */
  name: string;
  /** At most 2000 characters. */
  description?: string;
  visibility?: Visibility;
  join_policy?: JoinPolicy;
}

/** A neighbourhood is placed either by a centre and radius or by a boundary polygon. */
export type CreateNeighbourhoodRequest = NeighbourhoodFields &
  (
    | { center: LatLon; /** 50..20000 metres. */ radius_m: number; boundary?: never }
    | { boundary: Polygon; center?: never; radius_m?: never }
  );

export type UpdateNeighbourhoodRequest = Partial<NeighbourhoodFields>;

export interface NeighbourhoodQuery extends PageParams {
  q?: string;
  near?: LatLon;
}

export interface Member {
  user_id: Uuid;
  display_name: string;
  role: MemberRole;
  status: MemberStatus;
  joined_at: Timestamp;
  suspended_until: Timestamp | null;
}

export interface MembersQuery extends PageParams {
  status?: MemberStatus;
}

export interface SuspendRequest {
  until: Timestamp;
  reason: string;
}

// ---- Organisations --------------------------------------------------------------------------

export interface Organisation {
  id: Uuid;
  name: string;
  description: string;
  created_at: Timestamp;
  neighbourhoods: NeighbourhoodRef[];
}

export interface Staff {
  user_id: Uuid;
  display_name: string;
  email: string;
  added_at: Timestamp;
}

// ---- Reports and shared issues -------------------------------------------------------------

/** A kind of problem an organisation serving the neighbourhood handles. */
export interface Category {
  id: Uuid;
  organisation_id: Uuid;
  /** Stable short code (Open311 `service_code`). */
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  /** Days the organisation aims to resolve within. */
  target_days: number | null;
}

export interface CategoryRef {
  id: Uuid;
  code: string;
  name: string;
}

export type IssueStatus = 'open' | 'acknowledged' | 'in_progress' | 'resolved' | 'declined' | 'duplicate';

/** A shared issue: one real-world problem, however many neighbours reported it. */
export interface Issue {
  id: Uuid;
  neighbourhood_id: Uuid;
  category: CategoryRef;
  status: IssueStatus;
  /** The latest public note from whoever changed the status. */
  status_note: string | null;
  /** For merged issues, the issue to follow instead. */
  duplicate_of: Uuid | null;
  /** The mean of its reports' points (never one person's exact point). */
  location: LatLon | null;
  address: string | null;
  reports_count: number;
  /** Distinct people affected. */
  supporters_count: number;
  first_reported_at: Timestamp;
  last_reported_at: Timestamp;
  acknowledged_at: Timestamp | null;
  resolved_at: Timestamp | null;
  impact_score: number;
}

export interface NearbyIssue extends Issue {
  distance_m: number;
}

export interface TimelineEntry {
  status: IssueStatus;
  note: string;
  at: Timestamp;
}

export interface IssueReport {
  id: Uuid;
  description: string;
  /** Only when the reporter chose to show it, or to coordinators and service managers. */
  reporter_name: string | null;
  created_at: Timestamp;
}

/** A photo added to a report, stored as JPEG; both URLs need the bearer token for private neighbourhoods. */
export interface Photo {
  id: Uuid;
  url: string;
  thumbnail_url: string;
  width: number;
  height: number;
}

export interface IssueDetail extends Issue {
  reports: IssueReport[];
  /** Photos from its reports (at most 3 each). */
  photos: Photo[];
  timeline: TimelineEntry[];
  supported_by_me: boolean;
}

export interface ReportRequest {
  category_id: Uuid;
  /** Inside the neighbourhood; give this or `address`. */
  location?: LatLon;
  /** At most 300 characters. */
  address?: string;
  /** 1..4000 characters. */
  description: string;
  show_name?: boolean;
  /** Add to this existing issue (a nearby suggestion) instead of pooling automatically. */
  issue_id?: Uuid;
}

export interface ReportOutcome {
  report_id: Uuid;
  /** True when the report joined an existing issue rather than starting one. */
  pooled: boolean;
  issue: Issue;
}

/** `impact` and `oldest_unresolved` list active issues only. */
export type IssueSort = 'newest' | 'impact' | 'oldest_unresolved';

export interface IssuesQuery extends PageParams {
  status?: IssueStatus;
  category?: Uuid;
  /** Words from the reports' descriptions. */
  q?: string;
  /** Default `newest`. */
  sort?: IssueSort;
  /** [min_lon, min_lat, max_lon, max_lat] (the GeoJSON order). */
  bbox?: [number, number, number, number];
}

/** A shared issue as a GeoJSON Point feature: `coordinates` are [lon, lat]; `properties` is the issue. */
export interface IssueFeature {
  type: 'Feature';
  id: Uuid;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Issue;
}

/** `GET /neighbourhoods/{id}/issues?format=geojson`: the page's located issues (no cursor). */
export interface IssueFeatureCollection {
  type: 'FeatureCollection';
  features: IssueFeature[];
}

/** The listing filters that apply to the GeoJSON form (it answers one page, without a cursor). */
export type IssuesGeoJsonQuery = Omit<IssuesQuery, 'cursor'>;

export interface NearbyQuery extends LatLon {
  /** The category being reported: its issues come first. */
  category?: Uuid;
}

export interface ReopenRequest {
  /** Why it is still a problem (optional). */
  note?: string;
}

export interface MergeRequest {
  /** The issue this one duplicates; its reports and supporters move there. */
  into: Uuid;
  note: string;
}

export interface StatusChangeRequest {
  status: IssueStatus;
  /** Public, required, 1..2000 characters. */
  note: string;
}

// ---- Client configuration -----------------------------------------------------------------

/** Map tiles for Leaflet, set by the operator (COMMONGROUND_MAP_TILE_URL, COMMONGROUND_MAP_ATTRIBUTION). */
export interface MapConfig {
  /** A `{z}/{x}/{y}` tile URL template. */
  tile_url: string;
  /** What the tile provider's licence requires to be shown (plain text). */
  attribution: string;
}

/** `GET /client-config` (public): settings the front end reads once at start. */
export interface ClientConfig {
  map: MapConfig;
  /** Radius (metres) of the "Is it one of these?" suggestions. */
  suggest_radius_m: number;
}

// ---- Errors ---------------------------------------------------------------------------------

/** Per-field validation messages, keyed by field name. */
export type FieldErrors = Record<string, string[]>;

/** An `application/problem+json` body (RFC 9457). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldErrors;
}
