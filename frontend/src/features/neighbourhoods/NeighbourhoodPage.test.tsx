import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json, noContent } from '../../test/http';
import type { Member, Neighbourhood, Viewer } from '../../api';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { clientConfig, coordinator, issuesRoute, me, tokens } from '../../test/issueFixtures';

function neighbourhood(viewer: Viewer, overrides: Partial<Neighbourhood> = {}): Neighbourhood {
  return {
    id: 'n1',
    name: 'Elm Street',
    description: 'Trees and a playground.',
    visibility: 'public',
    join_policy: 'approval',
    center: { lat: 51.5, lon: -0.12 },
    radius_m: 400,
    boundary: null,
    member_count: 1,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    serving_organisations: [{ id: 'o1', name: 'City Council' }],
    viewer,
    ...overrides,
  };
}

const member = (user_id: string, display_name: string, overrides: Partial<Member> = {}): Member => ({
  user_id,
  display_name,
  role: 'member',
  status: 'active',
  joined_at: '2025-02-01T00:00:00Z',
  suspended_until: null,
  ...overrides,
});

const page = <T,>(items: T[]) => json(200, { items, next_cursor: null });

/** The neighbourhood's problems section (list and map): no categories, no issues. */
const noIssues = {
  'GET /api/v1/client-config': () => json(200, clientConfig),
  'GET /api/v1/neighbourhoods/n1/categories': () => json(200, []),
  'GET /api/v1/neighbourhoods/n1/issues': issuesRoute(() => []),
};

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1'); // signed in before the reload
  history.replaceState(null, '', '/neighbourhoods/n1');
});
afterEach(cleanup);

describe('neighbourhood page', () => {
  it('lets a coordinator approve a pending request', async () => {
    let approved = false;
    const { calls } = fakeServer({
      ...noIssues,
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () =>
        json(200, neighbourhood(coordinator, { member_count: approved ? 2 : 1 })),
      'GET /api/v1/neighbourhoods/n1/invitations': () => page([]),
      'GET /api/v1/neighbourhoods/n1/members': (call) => {
        const status = new URL(call.url, 'http://x').searchParams.get('status');
        const ada = member('ada', 'Ada', { role: 'coordinator' });
        const bob = member('bob', 'Bob', { status: approved ? 'active' : 'pending' });
        if (status === 'pending') return page(approved ? [] : [bob]);
        return page(approved ? [ada, bob] : [ada]);
      },
      'POST /api/v1/neighbourhoods/n1/members/bob/approve': () => {
        approved = true;
        return json(200, member('bob', 'Bob'));
      },
    });
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Elm Street' });
    const pending = screen.getByRole('region', { name: 'Pending requests' });
    fireEvent.click(await within(pending).findByRole('button', { name: 'Approve (Bob)' }));

    await screen.findByText('Bob is now a member.');
    const members = screen.getByRole('region', { name: 'Members' });
    await within(members).findByText('Bob');
    await within(pending).findByText('No one is waiting to join.');
    expect(within(members).getByRole('button', { name: 'Make coordinator (Bob)' })).toBeTruthy();
    expect(within(members).queryByRole('button', { name: /\(Ada\)/ })).toBeNull(); // not on yourself
    expect(calls.find((c) => c.url.endsWith('/approve'))?.authorization).toBe('Bearer a1');
  });

  it('shows a pending request to the person who asked, without the member list', async () => {
    const asked: Viewer = {
      membership: { role: 'member', status: 'pending' },
      is_service_manager: false,
      can_manage: false,
    };
    const { calls } = fakeServer({
      ...noIssues,
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(asked)),
    });
    render(<App />);

    const panel = await screen.findByRole('region', { name: 'Your membership' });
    expect(panel.textContent).toContain('Request pending');
    expect(within(panel).getByRole('button', { name: 'Withdraw request' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Pending requests' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Members' }).textContent).toContain('visible to members');
    expect(calls.some((c) => c.url.includes('/members'))).toBe(false);
  });

  it('joins an open neighbourhood and shows the new membership', async () => {
    let joined = false;
    const viewer = (): Viewer => ({
      membership: joined ? { role: 'member', status: 'active' } : null,
      is_service_manager: false,
      can_manage: false,
    });
    fakeServer({
      ...noIssues,
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(viewer(), { join_policy: 'open' })),
      'POST /api/v1/neighbourhoods/n1/join': () => {
        joined = true;
        return json(200, member('ada', 'Ada'));
      },
      'GET /api/v1/neighbourhoods/n1/members': () => page([member('ada', 'Ada')]),
      'POST /api/v1/neighbourhoods/n1/leave': () => noContent(),
    });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Join neighbourhood' }));

    await screen.findByText('You joined Elm Street.');
    await screen.findByRole('button', { name: 'Leave neighbourhood' });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Members' }).textContent).toContain('Ada (you)'),
    );
  });
});

describe('neighbourhood page, live', () => {
  /** A coordinator's page whose data the test changes; returns the server's state and calls. */
  function coordinatorPage() {
    const state = { members: [member('ada', 'Ada', { role: 'coordinator' })], pending: [] as Member[] };
    const server = fakeServer({
      ...noIssues,
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () =>
        json(200, neighbourhood(coordinator, { member_count: state.members.length })),
      'GET /api/v1/neighbourhoods/n1/invitations': () => page([]),
      'GET /api/v1/neighbourhoods/n1/members': (call) => {
        const status = new URL(call.url, 'http://x').searchParams.get('status');
        return page(status === 'pending' ? state.pending : state.members);
      },
    });
    return { state, ...server };
  }

  /** Waits for the live socket, says ready, and returns it. */
  async function liveSocket() {
    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: 'ada' });
    await waitFor(() =>
      expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'neighbourhood:n1' }),
    );
    return socket;
  }

  const memberLoads = (calls: { url: string }[]) => calls.filter((c) => c.url.includes('/members')).length;

  it('shows joins and requests as they happen, the online count and the live status', async () => {
    const { state } = coordinatorPage();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Elm Street' });
    const socket = await liveSocket();
    expect(socket.token).toBe('a1');
    await within(screen.getByRole('banner')).findByText('Live');

    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 4 });
    socket.serverSends({ type: 'presence', channel: 'neighbourhood:n1', online: 2 });
    expect((await screen.findByText('2 neighbours online')).getAttribute('aria-live')).toBe('polite');

    // Ben joins elsewhere: the count changes at once, the feed says so, the list reloads.
    state.members = [...state.members, member('ben', 'Ben')];
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 5,
      kind: 'member.joined',
      data: { user_id: 'ben', display_name: 'Ben', role: 'member', member_count: 2 },
      at: '2026-11-29T10:00:00Z',
    });
    const feed = screen.getByRole('region', { name: 'Recent activity' });
    await within(feed).findByText(/Ben joined/);
    expect(screen.getAllByText(/2 members/).length).toBeGreaterThan(0);
    const members = screen.getByRole('region', { name: 'Members' });
    await within(members).findByText('Ben');

    // Cat asks to join: the pending list reloads; an event seen twice is shown once.
    state.pending = [member('cat', 'Cat', { status: 'pending' })];
    const requested = {
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 6,
      kind: 'member.requested',
      data: { user_id: 'cat', display_name: 'Cat', pending_count: 1 },
      at: '2026-11-29T10:01:00Z',
    };
    socket.serverSends(requested);
    socket.serverSends(requested);
    const pending = screen.getByRole('region', { name: 'Pending requests' });
    await within(pending).findByRole('button', { name: 'Approve (Cat)' });
    expect(
      within(feed)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/\s*\d\d:\d\d$/, '')),
    ).toEqual(['Cat asked to join', 'Ben joined']);

    // Ben leaves: the event has no name, the page knows it from the list.
    state.members = state.members.slice(0, 1);
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 7,
      kind: 'member.left',
      data: { user_id: 'ben', member_count: 1 },
      at: '2026-11-29T10:02:00Z',
    });
    await within(feed).findByText(/Ben left/);
    await waitFor(() => expect(within(members).queryByText('Ben')).toBeNull());

    // The connection drops: the indicator says so, in words.
    socket.serverCloses(1006);
    await within(screen.getByRole('banner')).findByText('Reconnecting…');
  });

  it('follows the viewer’s own notifications: a request approved elsewhere', async () => {
    let approved = false;
    const { calls } = fakeServer({
      ...noIssues,
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () =>
        json(
          200,
          neighbourhood({
            membership: { role: 'member', status: approved ? 'active' : 'pending' },
            is_service_manager: false,
            can_manage: false,
          }),
        ),
      'GET /api/v1/neighbourhoods/n1/members': () => page([member('ada', 'Ada')]),
    });
    render(<App />);
    const panel = await screen.findByRole('region', { name: 'Your membership' });
    const socket = await liveSocket();
    expect(socket.sentOfType('subscribe')).toEqual([
      { type: 'subscribe', channel: 'user:ada' }, // one subscription, shared by the page and the session
      { type: 'subscribe', channel: 'neighbourhood:n1' },
    ]);
    socket.serverSends({ type: 'subscribed', channel: 'user:ada', seq: 0 });
    const meLoads = calls.filter((c) => c.url === '/api/v1/me').length;

    approved = true;
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 1,
      kind: 'restricted',
      data: null,
    });
    socket.serverSends({
      type: 'event',
      channel: 'user:ada',
      seq: 1,
      kind: 'notification',
      data: { neighbourhood_id: 'n1', neighbourhood_name: 'Elm Street', what: 'membership_approved' },
      at: '2026-11-29T10:00:00Z',
    });

    await within(panel).findByText('member', { exact: false, selector: 'strong' });
    expect(panel.textContent).toContain('You are a member here.');
    expect(calls.filter((c) => c.url === '/api/v1/me').length).toBe(meLoads + 1);
  });

  it('reloads everything on reset, debounced', async () => {
    const { calls } = coordinatorPage();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Elm Street' });
    const socket = await liveSocket();
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 4 });
    await new Promise((r) => setTimeout(r, 300));
    expect(memberLoads(calls)).toBe(2); // the first load only: the view's first subscription reloads nothing
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 4 });
    await waitFor(() => expect(memberLoads(calls)).toBe(4)); // a later fresh one (a reconnect) does
    await new Promise((r) => setTimeout(r, 300));
    expect(memberLoads(calls)).toBe(4);

    socket.serverSends({ type: 'reset', channel: 'neighbourhood:n1', seq: 90 });
    socket.serverSends({ type: 'reset', channel: 'neighbourhood:n1', seq: 91 });
    await waitFor(() => expect(memberLoads(calls)).toBe(6)); // both lists, once
    await new Promise((r) => setTimeout(r, 300));
    expect(memberLoads(calls)).toBe(6);
  });

  it('closes the live connection on sign-out and shows no live features', async () => {
    const { routes } = coordinatorPage();
    routes['POST /api/v1/auth/logout'] = () => noContent();
    routes['GET /api/v1/neighbourhoods'] = () => page([]);
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {}); // signing out goes home; jsdom has no scrolling
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Elm Street' });
    const socket = await liveSocket();
    await screen.findByRole('region', { name: 'Recent activity' });

    // The account row's button (the menu holds a second one for phones).
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign out' })[0]);

    await waitFor(() => expect(socket.closed).toEqual({ code: 1000, reason: 'signed out' }));
    await new Promise((r) => setTimeout(r, 700)); // longer than the first backoff
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Recent activity' })).toBeNull();
    expect(screen.queryByText('Live')).toBeNull();
  });

  it('shows no live features when signed out', async () => {
    localStorage.clear();
    fakeServer({
      ...noIssues,
      'GET /api/v1/neighbourhoods/n1': () =>
        json(200, neighbourhood({ membership: null, is_service_manager: false, can_manage: false })),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Elm Street' });
    expect(screen.queryByRole('region', { name: 'Recent activity' })).toBeNull();
    expect(screen.queryByText(/online/)).toBeNull();
    expect(screen.queryByText('Live')).toBeNull();
    expect(FakeWebSocket.instances).toHaveLength(0);
  });
});
