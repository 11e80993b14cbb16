import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json, problem } from '../../test/http';
import { activeMember, issue, issueDetail, me, neighbourhood, tokens } from '../../test/issueFixtures';
import type { IssueDetail, Viewer } from '../../api';
import { canReopen } from './IssuePage';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/issues/i1'));
afterEach(cleanup);

function issueServer(viewer: Viewer, state: { detail: IssueDetail }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(viewer)),
    'GET /api/v1/issues/i1': () => json(200, state.detail),
    'GET /api/v1/issues/i1/discussion': () => json(200, { thread: null, can_post: false }),
    'GET /api/v1/neighbourhoods/n1/issues/nearby': () => json(200, [{ ...issue(), distance_m: 0 }]),
  });
}

/** Shows the issue page signed in, live and subscribed to its neighbourhood; answers the socket. */
async function openLive() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Pothole' });
  await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
  const socket = FakeWebSocket.last;
  socket.serverSends({ type: 'ready', user_id: 'ada' });
  await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'neighbourhood:n1' }));
  return socket;
}

describe('issue page', () => {
  it('lets a member say it affects them too, then shows they are affected', async () => {
    const state = { detail: issueDetail() };
    const { routes, calls } = issueServer(activeMember, state);
    routes['POST /api/v1/issues/i1/support'] = () => {
      state.detail = { ...state.detail, supporters_count: 2, supported_by_me: true };
      return json(200, issue({ supporters_count: 2 }));
    };
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    // The reporter's answers to the category's questions, in words.
    const reports = screen.getByRole('region', { name: /^Reports/ });
    expect(within(reports).getByText('Where is it?').tagName).toBe('DT');
    expect(within(reports).getByText('Cycle lane').tagName).toBe('DD');
    const panel = screen.getByRole('region', { name: '1 neighbour affected' });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Affects me too' }));

    await screen.findByRole('region', { name: '2 neighbours affected' });
    await screen.findByText('You’re affected.');
    expect(screen.queryByRole('button', { name: 'Affects me too' })).toBeNull();
    expect(screen.getByText('Name not shown')).toBeTruthy();
    expect(screen.getByText('No updates from the public service or coordinators yet.')).toBeTruthy();
    expect(calls.find((c) => c.url.endsWith('/support'))?.authorization).toBe('Bearer a1');
    // Only managers get the status form.
    expect(screen.queryByRole('region', { name: 'Update the status' })).toBeNull();
  });

  it('lets a service manager change the status, showing the server’s 409', async () => {
    const manager: Viewer = { membership: null, is_service_manager: true, can_manage: false };
    const state = { detail: issueDetail() };
    const { routes } = issueServer(manager, state);
    let refuse = true;
    routes['POST /api/v1/issues/i1/status'] = (call) => {
      if (refuse) return problem(409, 'Conflict', { detail: 'The issue cannot move from open to declined.' });
      const body = call.body as { status: 'resolved'; note: string };
      state.detail = {
        ...state.detail,
        status: body.status,
        status_note: body.note,
        timeline: [{ status: body.status, note: body.note, at: '2026-11-29T12:00:00Z' }],
      };
      return json(200, issue({ status: body.status }));
    };
    render(<App />);

    const form = await screen.findByRole('region', { name: 'Update the status' });
    const select = within(form).getByLabelText('New status') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Acknowledged',
      'In progress',
      'Resolved',
      'Declined',
    ]);
    fireEvent.click(within(form).getByRole('button', { name: 'Update status' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Public note');

    fireEvent.change(select, { target: { value: 'declined' } });
    fireEvent.input(within(form).getByLabelText('Public note'), { target: { value: 'Not ours' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Update status' }));
    await within(form).findByText('The issue cannot move from open to declined.');

    refuse = false;
    fireEvent.change(select, { target: { value: 'resolved' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Update status' }));
    await screen.findByText(/Status changed to resolved/);
    const timeline = screen.getByRole('region', { name: 'Updates' });
    await within(timeline).findByText('Not ours');
  });

  it('reloads when the issue changes elsewhere, and tells supporters', async () => {
    const state = { detail: issueDetail({ supported_by_me: true }) };
    const { calls } = issueServer(activeMember, state);
    const socket = await openLive();
    const loads = () => calls.filter((c) => c.url === '/api/v1/issues/i1').length;
    await waitFor(() => expect(loads()).toBeGreaterThan(0));
    const before = loads();

    // Another issue: no reload.
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 10,
      kind: 'issue.supported',
      data: { issue_id: 'other', supporters_count: 4 },
      at: '2026-11-29T12:00:00Z',
    });
    state.detail = { ...state.detail, status: 'resolved', status_note: 'Filled in this morning' };
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 11,
      kind: 'issue.status_changed',
      data: { issue_id: 'i1', status: 'resolved', note: 'Filled in this morning' },
      at: '2026-11-29T12:00:00Z',
    });
    socket.serverSends({
      type: 'event',
      channel: 'user:ada',
      seq: 3,
      kind: 'notification',
      data: {
        neighbourhood_id: 'n1',
        neighbourhood_name: 'Mill Lane',
        what: 'issue_status_changed',
        issue_id: 'i1',
        issue_title: 'Pothole, outside 3 Mill Lane',
        status: 'resolved',
        note: 'Filled in this morning',
      },
      at: '2026-11-29T12:00:00Z',
    });

    await screen.findByText('This issue is now resolved. The council says: “Filled in this morning”');
    await screen.findByText('Filled in this morning');
    // The banner names the issue and says what the council said.
    expect(
      screen.getByText(
        '“Pothole, outside 3 Mill Lane” in Mill Lane is now resolved. The council says: “Filled in this morning”',
        { exact: false },
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the issue' }).getAttribute('href')).toBe('/issues/i1');
    expect(loads()).toBe(before + 1);
  });

  it('reloads after an issue event of a kind this version does not know, and says nothing of it', async () => {
    const { calls } = issueServer(activeMember, { detail: issueDetail() });
    const socket = await openLive();
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 9 });
    const loads = () => calls.filter((c) => c.url === '/api/v1/issues/i1').length;
    await new Promise((r) => setTimeout(r, 300));
    expect(loads()).toBe(1); // the view's first subscription reloads nothing
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 9 });
    await waitFor(() => expect(loads()).toBeGreaterThan(1)); // a later fresh one (a reconnect) does
    const before = loads();

    // A newer server's kind: passed on untyped, so the page reloads over HTTP rather than guess.
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 10,
      kind: 'issue.escalated',
      data: { issue_id: 'i1', level: 2 },
      at: '2026-11-29T12:00:00Z',
    });
    await waitFor(() => expect(loads()).toBe(before + 1));
    expect(screen.queryByText(/This issue is now/)).toBeNull();
  });
});

describe('still a problem', () => {
  it('is offered to supporters for 30 days after resolution', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    const resolved = issueDetail({
      status: 'resolved',
      resolved_at: '2026-11-20T12:00:00Z',
      supported_by_me: true,
    });
    expect(canReopen(resolved, now)).toBe(true);
    expect(canReopen({ ...resolved, supported_by_me: false }, now)).toBe(false);
    expect(canReopen({ ...resolved, resolved_at: '2026-10-01T12:00:00Z' }, now)).toBe(false);
    expect(canReopen({ ...resolved, status: 'open' }, now)).toBe(false);
  });
});

describe('photos', () => {
  const photo = (id: string) => ({
    id,
    url: `/api/v1/photos/${id}`,
    thumbnail_url: `/api/v1/photos/${id}/thumbnail`,
    width: 800,
    height: 600,
  });
  const image = () =>
    new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'Content-Type': 'image/jpeg' } });

  let created: string[];
  let revoked: string[];
  beforeEach(() => {
    created = [];
    revoked = [];
    let n = 0;
    // jsdom has no object URLs: stand in for them, and put things back afterwards.
    URL.createObjectURL = vi.fn(() => {
      const url = `blob:thumb-${++n}`;
      created.push(url);
      return url;
    });
    URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
  });
  afterEach(() => {
    cleanup(); // unmount (revoking) while the stand-ins are still there
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows thumbnails loaded with the bearer token, and revokes them on leaving', async () => {
    const state = { detail: issueDetail({ photos: [photo('p1'), photo('p2')] }) };
    const { routes, calls } = issueServer(activeMember, state);
    routes['GET /api/v1/photos/p1/thumbnail'] = image;
    routes['GET /api/v1/photos/p2/thumbnail'] = image;
    const view = render(<App />);

    const section = await screen.findByRole('region', { name: 'Photos' });
    const first = await within(section).findByRole('img', { name: 'Photo 1 of 2 reported for this issue' });
    const second = await within(section).findByRole('img', { name: 'Photo 2 of 2 reported for this issue' });
    expect(first.getAttribute('src')).toMatch(/^blob:thumb-/);
    expect(second.getAttribute('src')).toMatch(/^blob:thumb-/);
    const thumbnailCalls = calls.filter((c) => c.url.endsWith('/thumbnail'));
    expect(thumbnailCalls.map((c) => c.url).sort()).toEqual([
      '/api/v1/photos/p1/thumbnail',
      '/api/v1/photos/p2/thumbnail',
    ]);
    expect(thumbnailCalls.every((c) => c.authorization === 'Bearer a1')).toBe(true);
    // Each thumbnail is a link to the full photo, so keyboards reach it.
    const link = first.closest('a');
    expect(link?.getAttribute('href')).toBe('/api/v1/photos/p1');

    view.unmount();
    expect(revoked.sort()).toEqual([...created].sort());
    expect(created).toHaveLength(2);
  });

  it('opens the full photo, fetched with the bearer token', async () => {
    const state = { detail: issueDetail({ photos: [photo('p1')] }) };
    const { routes, calls } = issueServer(activeMember, state);
    routes['GET /api/v1/photos/p1/thumbnail'] = image;
    routes['GET /api/v1/photos/p1'] = image;
    const tab = { location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    render(<App />);

    const thumbnail = await screen.findByRole('img', { name: 'Photo 1 of 1 reported for this issue' });
    fireEvent.click(thumbnail.closest('a')!);

    await waitFor(() => expect(tab.location.href).toMatch(/^blob:thumb-/));
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(calls.find((c) => c.url === '/api/v1/photos/p1')?.authorization).toBe('Bearer a1');
  });

  it('shows no photos section when there are none', async () => {
    issueServer(activeMember, { detail: issueDetail() });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    expect(screen.queryByRole('region', { name: 'Photos' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Photos' })).toBeNull();
  });
});
