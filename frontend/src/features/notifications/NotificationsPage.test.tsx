import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json, noContent } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import type { NotificationKind } from '../../api/kinds';
import type { Notification } from './api';
import { describeNotification } from './notices';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/notifications'));
afterEach(cleanup);

const note = (
  id: string,
  what: NotificationKind,
  data: Record<string, unknown>,
  read = false,
): Notification => ({
  id,
  what,
  // Only the fields each test reads.
  data: { what, neighbourhood_id: 'n1', neighbourhood_name: 'Mill Lane', ...data } as Notification['data'],
  neighbourhood_id: 'n1',
  subject:
    typeof data.issue_id === 'string'
      ? `issue:${data.issue_id}`
      : typeof data.task_id === 'string'
        ? `task:${data.task_id}`
        : null,
  actor_id: null,
  muted: false,
  read_at: read ? '2026-11-29T12:00:00Z' : null,
  created_at: new Date(Date.now() - 5 * 60_000).toISOString(),
});

function inboxServer(state: { items: Notification[] }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/me/notifications/unread-count': () =>
      json(200, { unread: state.items.filter((n) => n.read_at === null).length }),
    'GET /api/v1/me/notifications': (call) => {
      const unreadOnly = call.url.includes('unread=true');
      return json(200, {
        items: state.items.filter((n) => !unreadOnly || n.read_at === null),
        next_cursor: null,
      });
    },
  });
}

describe('the inbox', () => {
  it('lists notifications newest first with links to what they are about, and marks one read', async () => {
    const state = {
      items: [
        note('n2', 'task_cancelled', { task_id: 't1', task_title: 'Litter pick', reason: 'Rain' }),
        note('n1', 'issue_status_changed', { issue_id: 'i1', status: 'resolved' }, true),
      ],
    };
    const { routes, calls } = inboxServer(state);
    routes['POST /api/v1/me/notifications/n2/read'] = () => {
      state.items[0] = { ...state.items[0], read_at: '2026-11-29T12:01:00Z' };
      return json(200, state.items[0]);
    };
    render(<App />);

    const task = await screen.findByRole('link', {
      name: /“Litter pick”, a task you signed up for, was cancelled: Rain/,
    });
    expect(task.getAttribute('href')).toBe('/tasks/t1');
    const issue = screen.getByRole('link', { name: /resolved/i });
    expect(issue.getAttribute('href')).toBe('/issues/i1');
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('notification'));
    expect(items[0].classList.contains('notification--unread')).toBe(true);
    expect(within(items[1]).queryByRole('button', { name: /Mark read/ })).toBeNull();

    fireEvent.click(within(items[0]).getByRole('button', { name: /Mark read/ }));
    await screen.findByText('Marked as read.');
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/me/notifications/n2/read'))).toBe(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Mark read/ })).toBeNull());
  });

  it('marks all read, and reloads when a notification arrives live', async () => {
    const state = { items: [note('n1', 'issue_status_changed', { issue_id: 'i1', status: 'acknowledged' })] };
    const { routes } = inboxServer(state);
    routes['POST /api/v1/me/notifications/read-all'] = () => {
      state.items = state.items.map((n) => ({ ...n, read_at: '2026-11-29T12:01:00Z' }));
      return json(200, { marked: 1, unread: 0 });
    };
    render(<App />);
    await screen.findByRole('link', { name: /acknowledged/i });
    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: 'ada' });
    await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'user:ada' }));

    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await screen.findByText('Marked 1 as read.');

    state.items = [note('n3', 'membership_approved', {}), ...state.items];
    socket.serverSends({
      type: 'event',
      channel: 'user:ada',
      seq: 1,
      kind: 'notification',
      data: state.items[0].data,
      at: '2026-11-29T12:02:00Z',
    });
    const welcome = await screen.findByRole('link', { name: /Your request to join Mill Lane was approved/ });
    expect(welcome.getAttribute('href')).toBe('/neighbourhoods/n1');
  });

  it('mutes the issue a notification is about', async () => {
    const state = { items: [note('n1', 'issue_status_changed', { issue_id: 'i1', status: 'in_progress' })] };
    const { routes, calls } = inboxServer(state);
    routes['PUT /api/v1/me/mutes/issue:i1'] = () => noContent();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /Mute an issue/ }));
    await screen.findByText(/Muted\. An issue will no longer interrupt you/);
    expect(calls.some((c) => c.method === 'PUT' && c.url.endsWith('/me/mutes/issue:i1'))).toBe(true);
  });

  it('describes every kind it knows, and unknown ones in plain words', () => {
    expect(
      describeNotification('reinstated', { neighbourhood_name: 'Mill Lane', neighbourhood_id: 'n1' }),
    ).toEqual({
      text: 'Your membership in Mill Lane is active again.',
      href: '/neighbourhoods/n1',
    });
    expect(describeNotification('mentioned', { thread_id: 'th1', by: 'Ben' })).toEqual({
      text: 'Ben mentioned you.',
      href: '/threads/th1',
    });
    expect(describeNotification('post_hidden', {}).text).toBe('A post of yours was hidden.');
    expect(describeNotification('bells_rang', { neighbourhood_name: 'Mill Lane' }).text).toBe(
      'Bells rang in Mill Lane.',
    );
    // An invitation leads to the invitations, not to a (maybe private) neighbourhood not yet joined.
    expect(
      describeNotification('invitation_received', {
        invitation_id: 'i1',
        neighbourhood_id: 'n1',
        neighbourhood_name: 'Hidden Court',
      }),
    ).toEqual({ text: 'You are invited to join Hidden Court. Accept or decline it.', href: '/invitations' });
  });
});
