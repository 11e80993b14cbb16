import type { ApiClient } from './client';
import type {
  Category,
  ClientConfig,
  CreateNeighbourhoodRequest,
  Issue,
  IssueDetail,
  IssueFeatureCollection,
  IssuesGeoJsonQuery,
  IssuesQuery,
  Invitation,
  MergeRequest,
  MyInvitation,
  NearbyIssue,
  NearbyQuery,
  Photo,
  ReopenRequest,
  ReportOutcome,
  ReportRequest,
  StatusChangeRequest,
  LoginRequest,
  Me,
  Member,
  MemberRole,
  MembersQuery,
  Neighbourhood,
  NeighbourhoodQuery,
  Organisation,
  Page,
  PageParams,
  RegisterRequest,
  RegistrationAccepted,
  Staff,
  SuspendRequest,
  TokenPair,
  UpdateMeRequest,
  UpdateNeighbourhoodRequest,
  Uuid,
} from './types';

const id = encodeURIComponent;

/** Typed functions for every endpoint in docs/api.md, grouped by resource. */
export function createApi(client: ApiClient) {
  const neighbourhood = (nid: Uuid) => `/neighbourhoods/${id(nid)}`;
  const member = (nid: Uuid, uid: Uuid) => `${neighbourhood(nid)}/members/${id(uid)}`;
  const issue = (iid: Uuid) => `/issues/${id(iid)}`;

  return {
    client,

    /** Settings the operator chose for the front end (public; the app caches it, see lib/clientConfig). */
    clientConfig: (signal?: AbortSignal) =>
      client.request<ClientConfig>('/client-config', { auth: false, signal }),

    auth: {
      /** Answers the same for a new or a taken address: sign in next to find out. */
      register: (body: RegisterRequest) =>
        client.request<RegistrationAccepted>('/auth/register', { method: 'POST', body, auth: false }),

      /** Signs in: the client keeps the tokens. */
      async login(body: LoginRequest): Promise<void> {
        const pair = await client.request<TokenPair>('/auth/login', { method: 'POST', body, auth: false });
        client.setTokens(pair);
      },

      /** Revokes the refresh token on the server; the local tokens are dropped either way. */
      async logout(): Promise<void> {
        const refresh_token = client.refreshToken;
        try {
          if (refresh_token) {
            await client.request<void>('/auth/logout', {
              method: 'POST',
              body: { refresh_token },
              auth: false,
            });
          }
        } finally {
          client.clearTokens();
        }
      },
    },

    me: {
      get: () => client.request<Me>('/me'),
      update: (body: UpdateMeRequest) => client.request<Me>('/me', { method: 'PATCH', body }),
      /** Your pending invitations, oldest first. */
      invitations: ({ cursor, limit }: PageParams = {}, signal?: AbortSignal) =>
        client.request<Page<MyInvitation>>('/me/invitations', { query: { cursor, limit }, signal }),
      /** Accept: you become an active member. */
      acceptInvitation: (iid: Uuid) =>
        client.request<Member>(`/me/invitations/${id(iid)}/accept`, { method: 'POST' }),
      declineInvitation: (iid: Uuid) =>
        client.request<void>(`/me/invitations/${id(iid)}/decline`, { method: 'POST' }),
    },

    neighbourhoods: {
      list: ({ q, near, covers, cursor, limit }: NeighbourhoodQuery = {}, signal?: AbortSignal) =>
        client.request<Page<Neighbourhood>>('/neighbourhoods', {
          query: {
            q,
            near: near && `${near.lat},${near.lon}`,
            covers: covers && `${covers.lat},${covers.lon}`,
            cursor,
            limit,
          },
          signal,
        }),
      get: (nid: Uuid, signal?: AbortSignal) => client.request<Neighbourhood>(neighbourhood(nid), { signal }),
      create: (body: CreateNeighbourhoodRequest) =>
        client.request<Neighbourhood>('/neighbourhoods', { method: 'POST', body }),
      update: (nid: Uuid, body: UpdateNeighbourhoodRequest) =>
        client.request<Neighbourhood>(neighbourhood(nid), { method: 'PATCH', body }),
      join: (nid: Uuid) => client.request<Member>(`${neighbourhood(nid)}/join`, { method: 'POST' }),
      leave: (nid: Uuid) => client.request<void>(`${neighbourhood(nid)}/leave`, { method: 'POST' }),
      /** The leaflet's QR code (SVG, for coordinators), fetched with the token as an image. */
      leafletQrUrl: (nid: Uuid, baseUrl = '/api/v1') => `${baseUrl}${neighbourhood(nid)}/leaflet/qr.svg`,

      members: (nid: Uuid, { status, cursor, limit }: MembersQuery = {}, signal?: AbortSignal) =>
        client.request<Page<Member>>(`${neighbourhood(nid)}/members`, {
          query: { status, cursor, limit },
          signal,
        }),
      approve: (nid: Uuid, uid: Uuid) =>
        client.request<Member>(`${member(nid, uid)}/approve`, { method: 'POST' }),
      setRole: (nid: Uuid, uid: Uuid, role: MemberRole) =>
        client.request<Member>(member(nid, uid), { method: 'PATCH', body: { role } }),
      suspend: (nid: Uuid, uid: Uuid, body: SuspendRequest) =>
        client.request<Member>(`${member(nid, uid)}/suspend`, { method: 'POST', body }),
      reinstate: (nid: Uuid, uid: Uuid) =>
        client.request<Member>(`${member(nid, uid)}/reinstate`, { method: 'POST' }),
      /** Removes a member, or rejects a pending request. */
      remove: (nid: Uuid, uid: Uuid) => client.request<void>(member(nid, uid), { method: 'DELETE' }),
      /** Invites an address (coordinators); the answer never says whether it has an account. */
      invite: (nid: Uuid, email: string) =>
        client.request<Invitation>(`${neighbourhood(nid)}/invitations`, { method: 'POST', body: { email } }),
      /** Pending invitations, oldest first (coordinators). */
      invitations: (nid: Uuid, { cursor, limit }: PageParams = {}, signal?: AbortSignal) =>
        client.request<Page<Invitation>>(`${neighbourhood(nid)}/invitations`, {
          query: { cursor, limit },
          signal,
        }),
      revokeInvitation: (nid: Uuid, iid: Uuid) =>
        client.request<void>(`${neighbourhood(nid)}/invitations/${id(iid)}`, { method: 'DELETE' }),

      /** The categories of the organisations serving the neighbourhood. */
      categories: (nid: Uuid, signal?: AbortSignal) =>
        client.request<Category[]>(`${neighbourhood(nid)}/categories`, { signal }),
      /**
       * Files a report (active members); it pools into a shared issue where one exists. With an
       * `idempotencyKey`, sending it again files it once and answers the same.
       */
      report: (nid: Uuid, body: ReportRequest, idempotencyKey?: string) =>
        client.request<ReportOutcome>(`${neighbourhood(nid)}/reports`, {
          method: 'POST',
          body,
          idempotencyKey,
        }),
      /** Newest first. */
      issues: (
        nid: Uuid,
        { status, category, q, sort, bbox, cursor, limit }: IssuesQuery = {},
        signal?: AbortSignal,
      ) =>
        client.request<Page<Issue>>(`${neighbourhood(nid)}/issues`, {
          query: { status, category, q, sort, bbox: bbox?.join(','), cursor, limit },
          signal,
        }),
      /**
       * The same listing as GeoJSON, for maps: a FeatureCollection of the page's located issues
       * (at most `limit`, no cursor). `bbox` is [min_lon, min_lat, max_lon, max_lat].
       */
      issuesGeoJson: (
        nid: Uuid,
        { status, category, q, sort, bbox, limit }: IssuesGeoJsonQuery = {},
        signal?: AbortSignal,
      ) =>
        client.request<IssueFeatureCollection>(`${neighbourhood(nid)}/issues`, {
          query: { format: 'geojson', status, category, q, sort, bbox: bbox?.join(','), limit },
          signal,
        }),
      /** Active issues within the suggestion radius ("is it one of these?"), that category first. */
      nearbyIssues: (nid: Uuid, { lat, lon, category }: NearbyQuery, signal?: AbortSignal) =>
        client.request<NearbyIssue[]>(`${neighbourhood(nid)}/issues/nearby`, {
          query: { lat, lon, category },
          signal,
        }),
    },

    issues: {
      get: (iid: Uuid, signal?: AbortSignal) => client.request<IssueDetail>(issue(iid), { signal }),
      /** "Affects me too" (idempotent). */
      support: (iid: Uuid) => client.request<Issue>(`${issue(iid)}/support`, { method: 'POST' }),
      /** Coordinators and the neighbourhood's service managers; 409 for a change the workflow forbids. */
      setStatus: (iid: Uuid, body: StatusChangeRequest) =>
        client.request<Issue>(`${issue(iid)}/status`, { method: 'POST', body }),
      /** Coordinators and service managers place an issue whose address was not found (409 once placed). */
      place: (iid: Uuid, location: { lat: number; lon: number }) =>
        client.request<Issue>(`${issue(iid)}/location`, { method: 'PUT', body: { location } }),
      /** "Still a problem": a supporter reopens an issue resolved in the last 30 days. */
      reopen: (iid: Uuid, body: ReopenRequest = {}) =>
        client.request<Issue>(`${issue(iid)}/reopen`, { method: 'POST', body }),
      /** Marks this issue a duplicate of `into`; answers the target issue. */
      merge: (iid: Uuid, body: MergeRequest) =>
        client.request<Issue>(`${issue(iid)}/merge`, { method: 'POST', body }),
      /**
       * Coordinators erase, on request, the name and contact of the neighbour a report was made
       * for; the report and its support stay (204, also when already erased).
       */
      eraseNeighbour: (reportId: Uuid) =>
        client.request<void>(`/reports/${id(reportId)}/neighbour`, { method: 'DELETE' }),
    },

    photos: {
      /**
       * Adds a photo to one's own report: the image itself (JPEG, PNG or WebP, at most 8 MiB, at
       * most 3 per report). Problems: 413 too large, 422 not an image, 409 a fourth photo.
       */
      uploadReportPhoto: (reportId: Uuid, file: Blob, idempotencyKey?: string) =>
        client.request<Photo>(`/reports/${id(reportId)}/photos`, {
          method: 'POST',
          raw: file,
          idempotencyKey,
        }),
      /** A photo or thumbnail (`Photo.url`, `Photo.thumbnail_url`), fetched with the bearer token. */
      photoBlob: (url: string, signal?: AbortSignal) => client.blob(url, { signal }),
    },

    organisations: {
      list: (page: PageParams = {}) =>
        client.request<Page<Organisation>>('/organisations', { query: { ...page } }),
      get: (oid: Uuid) => client.request<Organisation>(`/organisations/${id(oid)}`),
      create: (body: { name: string; description?: string }) =>
        client.request<Organisation>('/organisations', { method: 'POST', body }),
      staff: (oid: Uuid, page: PageParams = {}) =>
        client.request<Page<Staff>>(`/organisations/${id(oid)}/staff`, { query: { ...page } }),
      addStaff: (oid: Uuid, email: string) =>
        client.request<Staff>(`/organisations/${id(oid)}/staff`, { method: 'POST', body: { email } }),
      removeStaff: (oid: Uuid, uid: Uuid) =>
        client.request<void>(`/organisations/${id(oid)}/staff/${id(uid)}`, { method: 'DELETE' }),
      serve: (oid: Uuid, nid: Uuid) =>
        client.request<void>(`/organisations/${id(oid)}/neighbourhoods/${id(nid)}`, { method: 'PUT' }),
      stopServing: (oid: Uuid, nid: Uuid) =>
        client.request<void>(`/organisations/${id(oid)}/neighbourhoods/${id(nid)}`, { method: 'DELETE' }),
      categories: (oid: Uuid) => client.request<Category[]>(`/organisations/${id(oid)}/categories`),
    },
  };
}

export type Api = ReturnType<typeof createApi>;
