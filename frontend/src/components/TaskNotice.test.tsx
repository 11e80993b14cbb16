import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../app';
import { fakeServer } from '../test/fakeServer';
import { FakeWebSocket } from '../test/fakeWebSocket';
import { json } from '../test/http';
import { me, tokens } from '../test/issueFixtures';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1');
  history.replaceState(null, '', '/nowhere');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(cleanup);

describe('task notices', () => {
  it('tells the volunteer their hold is running out, wherever they are, until dismissed', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
    });
    render(<App />);
    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: 'ada' });
    await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'user:ada' }));

    socket.serverSends({
      type: 'event',
      channel: 'user:ada',
      seq: 1,
      kind: 'notification',
      data: {
        neighbourhood_id: 'n1',
        neighbourhood_name: 'Mill Lane',
        what: 'task_lease_expiring',
        task_id: 't1',
        expires_at: new Date(Date.now() + 11 * 3600_000 + 30 * 60_000 + 20_000).toISOString(),
      },
      at: '2026-11-29T12:00:00Z',
    });

    await screen.findByText(/Your place on a task in Mill Lane expires in 11 hours 30 minutes/);
    expect(screen.getByRole('link', { name: 'See the task' }).getAttribute('href')).toBe('/tasks/t1');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByText(/Your place on a task/)).toBeNull();
  });
});
