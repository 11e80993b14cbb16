import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import { nextUnread } from './notices';
import type { LiveMessage } from '../../live/client';
import { signedInAt } from '../../test/signedIn';

/** A message with only the fields that matter here. */
const wire = (message: object) => message as LiveMessage;

beforeEach(() => signedInAt('/nowhere'));
afterEach(cleanup);

const event = (seq: number, kind: string, data: Record<string, unknown>) => ({
  type: 'event',
  channel: 'user:ada',
  seq,
  kind,
  data,
  at: '2026-11-29T12:00:00Z',
});

describe('the notification bell', () => {
  it('counts a new notification, takes the count a read in another tab says, and reloads after a reset', async () => {
    let count = 2;
    const { calls } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/me/notifications/unread-count': () => json(200, { unread: count }),
    });
    render(<App />);
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: 'ada' });
    await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'user:ada' }));

    socket.serverSends(
      event(1, 'notification', { what: 'issue_status_changed', issue_id: 'i1', status: 'resolved' }),
    );
    await screen.findByRole('link', { name: 'Notifications, 3 unread' });

    socket.serverSends(event(2, 'notifications.read', { all: true, unread: 0 }));
    const bell = await screen.findByRole('link', { name: 'Notifications' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    // An inline SVG icon hidden from assistive technology, never an emoji (a box without the font).
    expect(bell.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(bell.textContent).not.toMatch(/\p{Extended_Pictographic}/u);

    count = 7;
    socket.serverSends({ type: 'reset', channel: 'user:ada', seq: 9, reason: 'gap' });
    await screen.findByRole('link', { name: 'Notifications, 7 unread' });
    expect(calls.filter((c) => c.url.endsWith('/unread-count'))).toHaveLength(2);
  });

  it('works out the next count from each live message', () => {
    expect(nextUnread(3, wire({ type: 'event', kind: 'notification', data: {} }))).toBe(4);
    expect(nextUnread(null, wire({ type: 'event', kind: 'notification', data: {} }))).toBeNull();
    expect(nextUnread(3, wire({ type: 'event', kind: 'notifications.read', data: { unread: 1 } }))).toBe(1);
    expect(nextUnread(3, wire({ type: 'event', kind: 'notifications.read', data: {} }))).toBeNull();
    expect(nextUnread(3, wire({ type: 'reset' }))).toBeNull();
    expect(nextUnread(3, wire({ type: 'presence' }))).toBe('same');
    expect(nextUnread(3, wire({ type: 'event', kind: 'member.joined', data: {} }))).toBe('same');
  });
});
