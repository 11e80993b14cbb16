import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import { NOTIFICATION_KINDS } from '../../api/kinds';
import { noticeFor } from './notices';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/nowhere'));
afterEach(cleanup);

/** Ada signed in, with her live socket subscribed to her own channel. */
async function signedInSocket() {
  fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
  });
  render(<App />);
  await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
  const socket = FakeWebSocket.last;
  socket.serverSends({ type: 'ready', user_id: 'ada' });
  await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'user:ada' }));
  return socket;
}

describe('the notification banner', () => {
  it('tells the volunteer their hold is running out, wherever they are, until dismissed', async () => {
    const socket = await signedInSocket();

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

  it('shows every notification kind with its sentence and link, and ignores kinds it does not know', async () => {
    const socket = await signedInSocket();
    const data = {
      neighbourhood_id: 'n1',
      neighbourhood_name: 'Mill Lane',
      issue_id: 'i1',
      task_id: 't1',
      task_title: 'Bulbs',
      thread_id: 'th1',
      by: 'Ben',
    };
    const banner = () => screen.getAllByRole('status').find((region) => region.classList.contains('notice'));
    let seq = 0;
    for (const what of NOTIFICATION_KINDS) {
      seq += 1;
      socket.serverSends({
        type: 'event',
        channel: 'user:ada',
        seq,
        kind: 'notification',
        data: { ...data, what },
        at: '2026-11-29T12:00:00Z',
      });
      const expected = noticeFor(what, { ...data, what });
      await waitFor(() => expect(banner()?.textContent).toContain(expected.text));
      const link = banner()?.querySelector('a');
      expect(link?.getAttribute('href') ?? null).toBe(expected.href);
      if (expected.href) expect(link?.textContent).toBe(expected.linkText);
    }
    socket.serverSends({
      type: 'event',
      channel: 'user:ada',
      seq: seq + 1,
      kind: 'notification',
      data: { ...data, what: 'bells_rang' },
      at: '2026-11-29T12:00:00Z',
    });
    // The last known kind's notice stays; the unknown one gets no banner (the inbox names it).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const last = NOTIFICATION_KINDS[NOTIFICATION_KINDS.length - 1]!;
    expect(banner()?.textContent).toContain(noticeFor(last, { ...data, what: last }).text);
  });
});
