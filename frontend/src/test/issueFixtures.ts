import type { ClientConfig, Issue, IssueDetail, IssueFeatureCollection, Neighbourhood, Viewer } from '../api';
import type { Call } from './http';
import { json } from './http';

export const tokens = { access_token: 'a1', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 };

export const me = {
  id: 'ada',
  email: 'ada@example.org',
  display_name: 'Ada',
  is_platform_admin: false,
  created_at: '2025-01-01T00:00:00Z',
  memberships: [],
  // As the device reports them, so the page does not store them again (LocaleProvider).
  locale: null,
  time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  organisations: [],
};

export const activeMember: Viewer = {
  membership: { role: 'member', status: 'active' },
  is_service_manager: false,
  can_manage: false,
};

export const coordinator: Viewer = {
  membership: { role: 'coordinator', status: 'active' },
  is_service_manager: false,
  can_manage: true,
};

export function neighbourhood(viewer: Viewer, overrides: Partial<Neighbourhood> = {}): Neighbourhood {
  return {
    id: 'n1',
    name: 'Mill Lane',
    description: '',
    visibility: 'public',
    join_policy: 'open',
    center: { lat: 51.4545, lon: -2.5879 },
    radius_m: 600,
    boundary: null,
    member_count: 3,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    serving_organisations: [{ id: 'o1', name: 'Riverside Council' }],
    viewer,
    ...overrides,
  };
}

export function issue(overrides: Partial<Issue> = {}): Issue {
  return {
    id: 'i1',
    neighbourhood_id: 'n1',
    category: { id: 'c1', code: 'pothole', name: 'Pothole' },
    status: 'open',
    status_note: null,
    duplicate_of: null,
    location: { lat: 51.456, lon: -2.586 },
    address: null,
    place: null,
    place_not_found: false,
    reports_count: 1,
    supporters_count: 1,
    first_reported_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
    last_reported_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
    acknowledged_at: null,
    resolved_at: null,
    impact_score: 7,
    ...overrides,
  };
}

export function issueDetail(overrides: Partial<IssueDetail> = {}): IssueDetail {
  return {
    ...issue(),
    reports: [
      {
        id: 'r1',
        description: 'Deep hole by the kerb',
        reporter_name: null,
        source: 'web',
        on_behalf_of_neighbour: false,
        answers: [{ question: 'Where is it?', datatype: 'singlevaluelist', answer: 'Cycle lane' }],
        created_at: '2026-11-29T09:00:00Z',
      },
    ],
    photos: [],
    timeline: [],
    supported_by_me: false,
    ...overrides,
  };
}

export const categories = [
  {
    id: 'c1',
    organisation_id: 'o1',
    code: 'pothole',
    name: 'Pothole',
    description: '',
    group: 'Roads',
    keywords: [],
    target_days: 14,
  },
  {
    id: 'c2',
    organisation_id: 'o1',
    code: 'graffiti',
    name: 'Graffiti',
    description: '',
    group: 'Street cleaning',
    keywords: [],
    target_days: 10,
  },
];

/** What `GET /client-config` answers by default. */
export const clientConfig: ClientConfig = {
  map: {
    tile_url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
  },
  suggest_radius_m: 150,
  lease_warning_hours: 12,
  report_limits: { photos_per_report: 3, photo_bytes: 8 * 1024 * 1024, answer_chars: 1000 },
  place_attributions: ['© OpenStreetMap contributors'],
  public_url: 'https://commonground.example',
};

/** The issues as the listing's `format=geojson` answers them: located ones only, at [lon, lat]. */
export function featureCollection(issues: Issue[]): IssueFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: issues.flatMap((i) =>
      i.location
        ? [
            {
              type: 'Feature' as const,
              id: i.id,
              geometry: {
                type: 'Point' as const,
                coordinates: [i.location.lon, i.location.lat] as [number, number],
              },
              properties: i,
            },
          ]
        : [],
    ),
  };
}

/**
 * A route for `GET /neighbourhoods/{id}/issues` that answers the list (a page) or the map
 * (GeoJSON, with `format=geojson`) from the same issues.
 */
export function issuesRoute(issues: () => Issue[]) {
  return (call: Call) =>
    new URL(call.url, 'http://x').searchParams.get('format') === 'geojson'
      ? json(200, featureCollection(issues()))
      : json(200, { items: issues(), next_cursor: null });
}
