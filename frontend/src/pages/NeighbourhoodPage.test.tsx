import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../app';
import { fakeServer } from '../test/fakeServer';
import { json, noContent } from '../test/http';
import type { Member, Neighbourhood, Viewer } from '../api';

const tokens = { access_token: 'a1', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 };
const me = {
  id: 'ada',
  email: 'ada@example.org',
  display_name: 'Ada',
  is_platform_admin: false,
  created_at: '2025-01-01T00:00:00Z',
  memberships: [],
  organisations: [],
};

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

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1'); // signed in before the reload
  history.replaceState(null, '', '/neighbourhoods/n1');
});
afterEach(cleanup);

describe('neighbourhood page', () => {
  it('lets a coordinator approve a pending request', async () => {
    let approved = false;
    const coordinator: Viewer = {
      membership: { role: 'coordinator', status: 'active' },
      is_service_manager: false,
      can_manage: true,
    };
    const { calls } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () =>
        json(200, neighbourhood(coordinator, { member_count: approved ? 2 : 1 })),
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
