import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json, problem } from '../../test/http';
import { clientConfig, issue, me, tokens } from '../../test/issueFixtures';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import type { DashboardSummary } from './api';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/organisations/o1/dashboard'));
afterEach(cleanup);

function summary(overrides: Partial<DashboardSummary> = {}): DashboardSummary {
  return {
    organisation_id: 'o1',
    generated_at: '2026-11-29T10:00:00Z',
    period: { days: 30, from: '2026-10-30T10:00:00Z' },
    neighbourhoods: [{ id: 'n1', name: 'Mill Lane' }],
    categories: [{ id: 'c1', code: 'pothole', name: 'Pothole' }],
    seqs: { 'neighbourhood:n1': 10 },
    open: { open: 2, acknowledged: 1, in_progress: 1, total: 4 },
    open_by_category: [
      {
        category: { id: 'c1', code: 'pothole', name: 'Pothole' },
        open: { open: 2, acknowledged: 1, in_progress: 1, total: 4 },
        past_target: 2,
      },
    ],
    new_today: 1,
    new_this_week: 3,
    time_to_acknowledge: { count: 4, median_seconds: 4 * 3600, p90_seconds: 35.4 * 3600 },
    time_to_resolve: { count: 2, median_seconds: 36 * 3600, p90_seconds: 45.6 * 3600 },
    past_target: 2,
    top_issues: [issue({ id: 'i1', impact_score: 25.86 })],
    pooling: { issues: 6, reports: 8, supporters: 8, duplicate_work_saved: 2 },
    tasks: { open: 1, staffed: 1, done: 1, verified_hours_this_week: 2.5 },
    members_online: 3,
    trend: [
      { date: '2026-11-28', created: 2, resolved: 1 },
      { date: '2026-11-29', created: 1, resolved: 0 },
    ],
    map: { type: 'FeatureCollection', features: [], truncated: false },
    ...overrides,
  };
}

describe('dashboard page', () => {
  it('shows the figures and refetches them on a live change it has not seen', async () => {
    let served = summary();
    const { calls } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/client-config': () => json(200, clientConfig),
      'GET /api/v1/organisations/o1/dashboard': () => json(200, served),
    });
    render(<App />);

    const open = await screen.findByRole('group', { name: 'Open issues' });
    expect(within(open).getByText('4')).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'Time to acknowledge' })).getByText('4.0 h'),
    ).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Duplicate work saved' })).getByText('2')).toBeTruthy();
    expect(screen.getByRole('img', { name: /3 new issues and 1 resolution in 30 days/ })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Pothole' })).toBeTruthy();

    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: me.id });
    await waitFor(() =>
      expect(socket.sentOfType('subscribe').map((m) => m.channel)).toContain('dashboard:o1'),
    );
    const fetches = () => calls.filter((c) => c.url.includes('/dashboard')).length;
    socket.serverSends({ type: 'subscribed', channel: 'dashboard:o1', seq: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(fetches()).toBe(1); // the view's first subscription: the summary loaded on mount stands
    // A later fresh subscription (after a reconnect): events may have passed, so it refetches.
    socket.serverSends({ type: 'subscribed', channel: 'dashboard:o1', seq: 0 });
    await waitFor(() => expect(fetches()).toBe(2));

    // A change the figures already include is ignored; a newer one refetches.
    socket.serverSends({
      type: 'event',
      channel: 'dashboard:o1',
      seq: 1,
      kind: 'dashboard.changed',
      data: { seqs: { 'neighbourhood:n1': 10 }, events: 1, online_changed: false },
      at: '2026-11-29T10:00:01Z',
    });
    served = summary({
      seqs: { 'neighbourhood:n1': 11 },
      new_today: 2,
      open: { open: 3, acknowledged: 1, in_progress: 1, total: 5 },
    });
    socket.serverSends({
      type: 'event',
      channel: 'dashboard:o1',
      seq: 2,
      kind: 'dashboard.changed',
      data: { seqs: { 'neighbourhood:n1': 11 }, events: 1, online_changed: false },
      at: '2026-11-29T10:00:02Z',
    });
    await waitFor(() =>
      expect(within(screen.getByRole('group', { name: 'Open issues' })).getByText('5')).toBeTruthy(),
    );
    expect(fetches()).toBe(3);
  });

  it('tells people who are not staff that the dashboard is for staff', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/client-config': () => json(200, clientConfig),
      'GET /api/v1/organisations/o1/dashboard': () => problem(403, 'Forbidden'),
    });
    render(<App />);
    expect(await screen.findByText('Only the organisation’s staff can see its dashboard.')).toBeTruthy();
  });
});
