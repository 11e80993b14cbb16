import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { coordinator, me, neighbourhood, tokens } from '../../test/issueFixtures';
import type { LogEntry, QueuedPost } from './api';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/neighbourhoods/n1/moderation'));
afterEach(cleanup);

const queued: QueuedPost = {
  thread_title: 'Bins on Mill Lane',
  flags: [
    { user_id: 'a', display_name: 'Ana', reason: 'Rude', created_at: '2026-11-29T10:00:00Z' },
    { user_id: 'b', display_name: 'Ben', reason: 'Insulting', created_at: '2026-11-29T10:01:00Z' },
  ],
  post: {
    id: 'p1',
    thread_id: 't1',
    seq: 3,
    parent_id: null,
    author_id: 'cat',
    author_name: 'Cat',
    status: 'hidden',
    body_html: '<p>Something rude</p>',
    body_source: 'Something rude',
    hidden_reason: 'Hidden automatically',
    edited_at: null,
    created_at: '2026-11-29T09:00:00Z',
    reactions: [],
    flagged_by_me: false,
    flag_count: 2,
  },
};

const entry: LogEntry = {
  id: 'l1',
  action: 'post_auto_hidden',
  actor_id: null,
  actor_name: null,
  thread_id: 't1',
  post_id: 'p1',
  user_id: 'cat',
  user_name: 'Cat',
  reason: 'Hidden automatically',
  created_at: '2026-11-29T10:01:00Z',
};

describe('moderation page', () => {
  it('shows flagged posts with their reasons, and a decision needs a reason to hide', async () => {
    const state = { queue: [queued], log: [entry] };
    const { routes, calls } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(coordinator)),
      'GET /api/v1/neighbourhoods/n1/moderation/queue': () =>
        json(200, { items: state.queue, next_cursor: null }),
      'GET /api/v1/neighbourhoods/n1/moderation/log': () =>
        json(200, { items: state.log, next_cursor: null }),
    });
    routes['POST /api/v1/posts/p1/restore'] = () => {
      state.queue = [];
      state.log = [
        { ...entry, id: 'l2', action: 'post_restored', actor_id: 'ada', actor_name: 'Ada', reason: 'Fine' },
        entry,
      ];
      return json(200, { ...queued.post, status: 'visible' });
    };
    render(<App />);
    const item = (await screen.findByRole('link', { name: 'Bins on Mill Lane' })).closest('li')!;
    expect(within(item).getByText('Something rude')).toBeTruthy();
    expect(within(item).getByText('Ana: “Rude”')).toBeTruthy();
    expect(screen.getByText(/A post was hidden automatically after flags \(by Cat\)/)).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: 'Keep hidden the post by Cat' }));
    expect((await within(item).findByRole('alert')).textContent).toMatch(/Say why/);

    fireEvent.input(within(item).getByLabelText(/Reason for your decision/), { target: { value: 'Fine' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Restore on the post by Cat' }));
    await screen.findByText('Nothing is waiting. Thank you.');
    await screen.findByText(/Ada restored a post by Cat/);
    expect(calls.find((c) => c.url.endsWith('/restore'))?.body).toEqual({ reason: 'Fine' });
    await screen.findByText('Post by Cat restored.');
  }, 20_000);
});
