import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import type { Issue } from '../../api';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json, problem, type Call } from '../../test/http';
import {
  activeMember,
  categories,
  clientConfig,
  issue,
  issuesRoute,
  me,
  neighbourhood,
  tokens,
} from '../../test/issueFixtures';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => {
  signedInAt('/neighbourhoods/n1');
  // jsdom lays nothing out: give the map a size, so that Leaflet computes a real view.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
});
afterEach(cleanup);

/** Mill Lane's issues: three located (one settled), one reported by address only. */
function millLaneIssues(): Issue[] {
  return [
    issue({ id: 'i1', supporters_count: 9, location: { lat: 51.456, lon: -2.586 } }),
    issue({
      id: 'i2',
      category: { id: 'c2', code: 'graffiti', name: 'Graffiti' },
      status: 'resolved',
      location: { lat: 51.4532, lon: -2.5901 },
    }),
    issue({ id: 'i3', status: 'in_progress', supporters_count: 2, location: { lat: 51.455, lon: -2.588 } }),
    issue({ id: 'i4', location: null, address: '12 Mill Lane' }),
  ];
}

function mapServer(state: { issues: Issue[] }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
    'GET /api/v1/neighbourhoods/n1/members': () => json(200, { items: [], next_cursor: null }),
    'GET /api/v1/neighbourhoods/n1/categories': () => json(200, categories),
    'GET /api/v1/neighbourhoods/n1/issues': issuesRoute(() => state.issues),
    'GET /api/v1/client-config': () => json(200, clientConfig),
  });
}

const mapCalls = (calls: Call[]) =>
  calls.filter(
    (c) => c.url.startsWith('/api/v1/neighbourhoods/n1/issues?') && c.url.includes('format=geojson'),
  );

const params = (call: Call) => new URL(call.url, 'http://x').searchParams;

async function theMap() {
  return screen.findByRole('region', { name: 'Map of problems in Mill Lane' });
}

/** The issues' circles, by issue id, once there are `count` of them. */
async function markers(map: HTMLElement, count: number): Promise<Map<string, SVGPathElement>> {
  await waitFor(() => expect(map.querySelectorAll('path.leaflet-interactive')).toHaveLength(count));
  const paths = [...map.querySelectorAll<SVGPathElement>('path.leaflet-interactive')];
  return new Map(paths.map((path) => [path.getAttribute('data-issue-id')!, path]));
}

/** The radius Leaflet drew a circle with (its path is two arcs of that radius). */
const radiusOf = (path: SVGPathElement) => Number(/a([\d.]+),/.exec(path.getAttribute('d') ?? '')?.[1]);

describe('neighbourhood map', () => {
  it('shows one named, sized and coloured marker per located issue, beside the list', async () => {
    const state = { issues: millLaneIssues() };
    const { calls } = mapServer(state);
    render(<App />);

    const map = await theMap();
    const shown = await markers(map, 3);
    expect([...shown.keys()].sort()).toEqual(['i1', 'i2', 'i3']);
    expect(shown.get('i1')!.getAttribute('aria-label')).toBe('Pothole: Open, 9 neighbours affected');
    expect(shown.get('i1')!.querySelector('title')?.textContent).toBe('Pothole: Open, 9 neighbours affected');
    expect(shown.get('i2')!.getAttribute('aria-label')).toBe('Graffiti: Resolved, 1 neighbour affected');
    expect(shown.get('i1')!.getAttribute('tabindex')).toBe('0');
    expect(shown.get('i1')!.getAttribute('role')).toBe('button');
    expect(shown.get('i1')!.getAttribute('fill')).toBe('#b3261e');
    expect(shown.get('i3')!.getAttribute('fill')).toBe('#1f5fa8');
    expect(shown.get('i2')!.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(radiusOf(shown.get('i1')!)).toBeGreaterThan(radiusOf(shown.get('i3')!));
    // The map is keyboard-reachable and described; the list still has every issue.
    expect(map.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(map.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Tab reaches',
    );
    const list = screen.getByRole('region', { name: 'Problems reported here' });
    await within(list).findByText('12 Mill Lane');
    expect(within(list).getAllByRole('link', { name: /Pothole|Graffiti/ })).toHaveLength(4);
    expect(within(list).getByText('3 problems on the map.')).toBeTruthy();

    // One GeoJSON request for the whole neighbourhood first; the configuration once.
    const first = mapCalls(calls)[0];
    expect(params(first).get('limit')).toBe('100');
    expect(params(first).has('bbox')).toBe(false);
    expect(calls.filter((c) => c.url === '/api/v1/client-config')).toHaveLength(1);
    expect(calls.find((c) => c.url === '/api/v1/client-config')?.authorization).toBeNull();
  });

  it('opens a marker’s popup from the keyboard, with a link to the issue', async () => {
    mapServer({ issues: millLaneIssues() });
    render(<App />);
    const map = await theMap();
    const marker = (await markers(map, 3)).get('i1')!;

    marker.focus();
    fireEvent.keyDown(marker, { key: 'Enter' });

    const popup = map.querySelector<HTMLElement>('.issue-map-popup')!;
    expect(popup).toBeTruthy();
    const link = within(popup).getByRole('link', { name: 'Pothole' });
    expect(link.getAttribute('href')).toBe('/issues/i1');
    expect(document.activeElement).toBe(link);
    expect(popup.textContent).toContain('Open');
    expect(popup.textContent).toContain('9 neighbours affected');

    fireEvent.keyDown(link, { key: 'Escape' });
    expect(map.querySelector('.issue-map-popup')).toBeNull();
    expect(document.activeElement).toBe(marker);
  });

  it('uses the configured tiles and attribution, as text', async () => {
    const { routes } = mapServer({ issues: millLaneIssues() });
    routes['GET /api/v1/client-config'] = () =>
      json(200, {
        map: { tile_url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '<b>Tiles</b> © Example' },
        suggest_radius_m: 150,
      });
    render(<App />);
    const map = await theMap();

    await waitFor(() => expect(map.querySelector('img.leaflet-tile')).not.toBeNull());
    for (const tile of map.querySelectorAll('img.leaflet-tile')) {
      expect(tile.getAttribute('src')).toMatch(/^https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png$/);
    }
    const attribution = map.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).toContain('<b>Tiles</b> © Example');
    expect(attribution.querySelector('b')).toBeNull();
  });

  it('still shows the markers when the configuration cannot be loaded', async () => {
    const { routes } = mapServer({ issues: millLaneIssues() });
    routes['GET /api/v1/client-config'] = () => problem(503, 'Service Unavailable');
    render(<App />);
    const map = await theMap();

    await markers(map, 3);
    await screen.findByText('The map background could not be loaded; the problems are still shown.');
    expect(map.querySelector('img.leaflet-tile')).toBeNull();
  });

  it('loads the issues in view after the map moves, debounced', async () => {
    const { calls } = mapServer({ issues: millLaneIssues() });
    render(<App />);
    const map = await theMap();
    await markers(map, 3);
    expect(mapCalls(calls)).toHaveLength(1);

    // Leaflet's keyboard: focus the map, then pan east three times in a row.
    fireEvent.focus(map);
    for (let i = 0; i < 3; i++) {
      fireEvent.keyDown(document, { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 });
    }

    await waitFor(() => expect(mapCalls(calls)).toHaveLength(2)); // one request for the three moves
    const bbox = params(mapCalls(calls)[1]).get('bbox')!.split(',').map(Number);
    expect(bbox).toHaveLength(4);
    const [minLon, minLat, maxLon, maxLat] = bbox;
    expect(minLon).toBeLessThan(maxLon);
    expect(minLat).toBeLessThan(maxLat);
    // Around Mill Lane (51.4545, -2.5879), moved east.
    expect(minLat).toBeLessThan(51.4545);
    expect(maxLat).toBeGreaterThan(51.4545);
    expect(maxLon).toBeGreaterThan(-2.5879);
    await new Promise((r) => setTimeout(r, 400));
    expect(mapCalls(calls)).toHaveLength(2);
  });

  it('applies the list’s status and category filters to the map', async () => {
    const state = { issues: millLaneIssues() };
    const { calls } = mapServer(state);
    render(<App />);
    const map = await theMap();
    await markers(map, 3);

    state.issues = state.issues.filter((i) => i.status === 'resolved');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'resolved' } });
    await markers(map, 1);
    expect(params(mapCalls(calls).at(-1)!).get('status')).toBe('resolved');

    fireEvent.change(await screen.findByLabelText('Category'), { target: { value: 'c2' } });
    await waitFor(() => expect(params(mapCalls(calls).at(-1)!).get('category')).toBe('c2'));
  });

  it('follows live issue events: a status change and a new issue', async () => {
    const state = { issues: millLaneIssues() };
    const { calls } = mapServer(state);
    render(<App />);
    const map = await theMap();
    await markers(map, 3);
    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: 'ada' });
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 1, resumed: true });
    const before = mapCalls(calls).length;

    state.issues = state.issues.map((i) => (i.id === 'i1' ? { ...i, status: 'resolved' as const } : i));
    state.issues.push(issue({ id: 'i5', location: { lat: 51.4541, lon: -2.5869 } }));
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 2,
      kind: 'issue.status_changed',
      data: { issue_id: 'i1', status: 'resolved' },
      at: '2026-11-29T10:00:00Z',
    });
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 3,
      kind: 'issue.created',
      data: { issue_id: 'i5' },
      at: '2026-11-29T10:00:01Z',
    });

    const shown = await markers(map, 4);
    expect(shown.get('i1')!.getAttribute('aria-label')).toBe('Pothole: Resolved, 9 neighbours affected');
    expect(shown.get('i1')!.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(mapCalls(calls).length).toBe(before + 1); // two events, one reload
  });

  it('works before the page is laid out (a map without a size)', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(0);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(0);
    const { calls } = mapServer({ issues: millLaneIssues() });
    render(<App />);
    const map = await theMap();

    await markers(map, 3);
    await waitFor(() => expect(map.querySelector('img.leaflet-tile')).not.toBeNull());
    expect(map.querySelectorAll('img.leaflet-tile').length).toBeLessThan(10);
    fireEvent.focus(map);
    fireEvent.keyDown(document, { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 });
    // Without a view to measure, the map asks for the whole neighbourhood.
    await waitFor(() => expect(mapCalls(calls)).toHaveLength(2));
    const [minLon, minLat, maxLon, maxLat] = params(mapCalls(calls)[1]).get('bbox')!.split(',').map(Number);
    expect(minLat).toBeCloseTo(51.4545 - 600 / 111_320, 5);
    expect(maxLat).toBeCloseTo(51.4545 + 600 / 111_320, 5);
    expect(minLon).toBeLessThan(-2.5879);
    expect(maxLon).toBeGreaterThan(-2.5879);
  });

  it('leaves nothing running when it goes away in the middle of a pan', async () => {
    mapServer({ issues: millLaneIssues() });
    render(<App />);
    const map = await theMap();
    const shown = await markers(map, 3);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);

    // The keyboard pans with an animation; the map is removed before it ends.
    expect(shown.size).toBe(3);
    fireEvent.focus(map);
    fireEvent.keyDown(document, { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 });
    fireEvent.click(screen.getByRole('button', { name: 'Hide the map' }));
    await new Promise((r) => setTimeout(r, 500));

    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('can be hidden; the list stays', async () => {
    mapServer({ issues: millLaneIssues() });
    render(<App />);
    await theMap();
    await screen.findByText('12 Mill Lane');
    const toggle = screen.getByRole('button', { name: 'Hide the map' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(toggle);

    expect(screen.queryByRole('region', { name: 'Map of problems in Mill Lane' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the map' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('12 Mill Lane')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the map' }));
    await markers(await theMap(), 3);
  });
});
