import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { createApi } from './endpoints';
import { json, problem, signedInClient, type Call } from '../test/http';
import { issue as issueFixture } from '../test/issueFixtures';

let calls: Call[];

/** The API with a signed-in client whose fetch answers with `answer` and records every call. */
function apiAnswering(answer: (call: Call) => Response) {
  return createApi(signedInClient(calls, answer));
}

const issue = issueFixture({
  first_reported_at: '2026-11-29T10:00:00Z',
  last_reported_at: '2026-11-29T10:00:00Z',
  impact_score: 6.93,
});

beforeEach(() => {
  calls = [];
});

describe('reports and shared issues', () => {
  it('lists a neighbourhood’s categories', async () => {
    const api = apiAnswering(() => json(200, [{ id: 'c1', name: 'Pothole' }]));
    await expect(api.neighbourhoods.categories('n1')).resolves.toEqual([{ id: 'c1', name: 'Pothole' }]);
    await api.organisations.categories('o 1');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/neighbourhoods/n1/categories',
      'GET /api/v1/organisations/o%201/categories',
    ]);
  });

  it('files a report with the bearer token and returns the outcome', async () => {
    const api = apiAnswering(() => json(201, { report_id: 'r1', pooled: true, issue }));
    const body = {
      category_id: 'c1',
      location: { lat: 51.456, lon: -2.586 },
      description: 'Deep hole by the kerb',
      show_name: false,
      issue_id: 'i1',
    };

    const outcome = await api.neighbourhoods.report('n1', body);

    expect(outcome.pooled).toBe(true);
    expect(outcome.issue.id).toBe('i1');
    expect(calls).toEqual([
      { method: 'POST', url: '/api/v1/neighbourhoods/n1/reports', authorization: 'Bearer access-1', body },
    ]);
  });

  it('lists issues with filters and a cursor, leaving out empty ones', async () => {
    const api = apiAnswering(() => json(200, { items: [issue], next_cursor: 'c2' }));
    const page = await api.neighbourhoods.issues('n1', { status: 'open', category: 'c1', cursor: 'abc' });
    await api.neighbourhoods.issues('n1');
    await api.neighbourhoods.issues('n1', { sort: 'impact', q: 'deep hole', bbox: [-2.6, 51.4, -2.5, 51.5] });
    expect(page).toEqual({ items: [issue], next_cursor: 'c2' });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/neighbourhoods/n1/issues?status=open&category=c1&cursor=abc',
      '/api/v1/neighbourhoods/n1/issues',
      '/api/v1/neighbourhoods/n1/issues?q=deep+hole&sort=impact&bbox=-2.6%2C51.4%2C-2.5%2C51.5',
    ]);
  });

  it('lists issues as GeoJSON for the map, with the filters and the bbox', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'i1',
          geometry: { type: 'Point', coordinates: [-2.586, 51.456] },
          properties: issue,
        },
      ],
    };
    const api = apiAnswering(() => json(200, collection, { 'Content-Type': 'application/geo+json' }));
    const answer = await api.neighbourhoods.issuesGeoJson('n1', {
      status: 'open',
      bbox: [-2.6, 51.4, -2.5, 51.5],
      limit: 100,
    });
    await api.neighbourhoods.issuesGeoJson('n1');
    expect(answer).toEqual(collection);
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/neighbourhoods/n1/issues?format=geojson&status=open&bbox=-2.6%2C51.4%2C-2.5%2C51.5&limit=100',
      '/api/v1/neighbourhoods/n1/issues?format=geojson',
    ]);
    expect(calls[0].authorization).toBe('Bearer access-1'); // private neighbourhoods need it
  });

  it('reads the client configuration without the bearer token', async () => {
    const config = {
      map: {
        tile_url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© OpenStreetMap contributors',
      },
      suggest_radius_m: 150,
    };
    const api = apiAnswering(() => json(200, config));
    await expect(api.clientConfig()).resolves.toEqual(config);
    expect(calls).toEqual([
      { method: 'GET', url: '/api/v1/client-config', authorization: null, body: undefined },
    ]);
  });

  it('asks for nearby issues at a point, the category first', async () => {
    const api = apiAnswering(() => json(200, [{ ...issue, distance_m: 12.5 }]));
    const found = await api.neighbourhoods.nearbyIssues('n1', { lat: 51.456, lon: -2.586, category: 'c1' });
    await api.neighbourhoods.nearbyIssues('n1', { lat: 51.456, lon: -2.586 });
    expect(found[0].distance_m).toBe(12.5);
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/neighbourhoods/n1/issues/nearby?lat=51.456&lon=-2.586&category=c1',
      '/api/v1/neighbourhoods/n1/issues/nearby?lat=51.456&lon=-2.586',
    ]);
  });

  it('reads one issue, supports it and changes its status', async () => {
    const api = apiAnswering((call) =>
      call.url.endsWith('/status')
        ? json(200, { ...issue, status: 'resolved', status_note: 'Filled' })
        : json(200, { ...issue, reports: [], timeline: [], supported_by_me: true }),
    );
    await api.issues.get('i1');
    await api.issues.support('i1');
    const changed = await api.issues.setStatus('i1', { status: 'resolved', note: 'Filled' });
    expect(changed.status).toBe('resolved');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/issues/i1',
      'POST /api/v1/issues/i1/support',
      'POST /api/v1/issues/i1/status',
    ]);
    expect(calls[2].body).toEqual({ status: 'resolved', note: 'Filled' });
  });

  it('reopens ("still a problem") and merges', async () => {
    const api = apiAnswering(() => json(200, issue));
    await api.issues.reopen('i1', { note: 'Back again after the rain' });
    await api.issues.reopen('i1');
    await api.issues.merge('i2', { into: 'i1', note: 'Same pothole' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/v1/issues/i1/reopen', { note: 'Back again after the rain' }],
      ['POST', '/api/v1/issues/i1/reopen', {}],
      ['POST', '/api/v1/issues/i2/merge', { into: 'i1', note: 'Same pothole' }],
    ]);
  });

  it('rejects an invalid status change with the server’s 409', async () => {
    const api = apiAnswering(() =>
      problem(409, 'Conflict', { detail: 'An issue cannot go from resolved to in progress.' }),
    );
    const failure = await api.issues
      .setStatus('i1', { status: 'in_progress', note: 'x' })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(409);
    expect((failure as ApiError).detail).toContain('cannot go');
  });
});
