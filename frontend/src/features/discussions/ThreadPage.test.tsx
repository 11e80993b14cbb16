import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json, problem } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import { thread as listedThread } from '../../test/discussionFixtures';
import type { Post, ThreadDetail } from './api';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/threads/t1'));
afterEach(cleanup);

const thread = (over: Partial<ThreadDetail> = {}): ThreadDetail => ({
  ...listedThread({ post_count: 2, last_seq: 2, pinned: false, last_read_seq: 0, unread_count: 2 }),
  can_post: true,
  can_flag: true,
  can_moderate: false,
  ...over,
});

const post = (seq: number, over: Partial<Post> = {}): Post => ({
  id: `p${seq}`,
  thread_id: 't1',
  seq,
  parent_id: null,
  author_id: 'ben',
  author_name: 'Ben',
  status: 'visible',
  body_html: `<p>Post number ${seq}</p>`,
  body_source: `Post number ${seq}`,
  hidden_reason: null,
  edited_at: null,
  created_at: new Date().toISOString(),
  reactions: [],
  flagged_by_me: false,
  flag_count: null,
  ...over,
});

function threadServer(state: { posts: Post[]; detail: ThreadDetail }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/threads/t1': () => json(200, state.detail),
    'GET /api/v1/threads/t1/posts': (call) => {
      const after = Number(new URL(call.url, 'http://x').searchParams.get('after_seq') ?? 0);
      return json(200, { items: state.posts.filter((p) => p.seq > after), next_cursor: null });
    },
    'PUT /api/v1/threads/t1/read': () => json(200, state.detail),
  });
}

async function connectLive() {
  await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
  const socket = FakeWebSocket.last;
  socket.serverSends({ type: 'ready', user_id: 'ada' });
  await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'neighbourhood:n1' }));
  socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 5, resumed: false });
  return socket;
}

const created = (seq: number, eventSeq: number, threadId = 't1') => ({
  type: 'event',
  channel: 'neighbourhood:n1',
  seq: eventSeq,
  kind: 'post.created',
  data: { thread_id: threadId, post_id: `p${seq}`, seq, parent_id: null, author_id: 'cat', post_count: seq },
  at: new Date().toISOString(),
});

describe('thread page', () => {
  it('counts posts arriving live in a button instead of moving the page, and shows them on request', async () => {
    const state = { posts: [post(1), post(2)], detail: thread() };
    const { calls } = threadServer(state);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Bins on Mill Lane' });
    await screen.findByText('Post number 2');
    // Reading the thread moves the read position.
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ seq: 2 }));
    const socket = await connectLive();

    state.posts = [...state.posts, post(3), post(4), post(5)];
    socket.serverSends(created(3, 6));
    socket.serverSends(created(4, 7));
    socket.serverSends(created(9, 8, 'another-thread'));
    socket.serverSends(created(5, 9));
    const button = await screen.findByRole('button', { name: '3 new posts' });
    // Nothing moved: the new posts are not on the page yet.
    expect(screen.queryByText('Post number 3')).toBeNull();
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('post'))).toHaveLength(2);

    fireEvent.click(button);
    await screen.findByText('Post number 5');
    expect(calls.some((c) => c.url.includes('after_seq=2'))).toBe(true);
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
  });

  it('posts a reply, mentions with completion, and shows a refusal clearly', async () => {
    const state = { posts: [post(1)], detail: thread({ last_seq: 1, post_count: 1 }) };
    const { routes, calls } = threadServer(state);
    routes['GET /api/v1/neighbourhoods/n1/mentions'] = () =>
      json(200, [{ user_id: 'ana', display_name: 'Ana Smith', handle: 'ana_smith' }]);
    routes['POST /api/v1/threads/t1/posts'] = (call) => {
      const body = call.body as { body: string; parent_id: string | null };
      if (body.body.includes('spam')) return problem(429, 'Too many requests', { detail: 'Slow down.' });
      return json(
        201,
        post(2, {
          author_id: 'ada',
          author_name: 'Ada',
          parent_id: body.parent_id,
          body_html: `<p>${body.body}</p>`,
        }),
      );
    };
    render(<App />);
    await screen.findByText('Post number 1');
    fireEvent.click(screen.getByRole('button', { name: 'Reply to Ben' }));
    const field = await screen.findByRole('combobox', { name: 'Reply to Ben' });
    fireEvent.input(field, { target: { value: 'Thanks @an', selectionStart: 10 } });
    const option = await screen.findByRole('option', { name: /Ana Smith/ });
    fireEvent.mouseDown(option);
    await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe('Thanks @ana_smith '));
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    await screen.findByText('Thanks @ana_smith');
    const sent = calls.find((c) => c.method === 'POST' && c.url.endsWith('/posts'));
    expect(sent?.body).toEqual({ body: 'Thanks @ana_smith ', parent_id: 'p1' });
    expect(screen.getByText(/replying to Ben/)).toBeTruthy();

    const main = screen.getByRole('combobox', { name: 'Add a post' });
    fireEvent.input(main, { target: { value: 'spam spam', selectionStart: 9 } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Slow down.');
    expect((main as HTMLTextAreaElement).value).toBe('spam spam');
  });

  it('flags a post with a reason, and hidden posts show as placeholders', async () => {
    const state = {
      posts: [post(1), post(2, { status: 'hidden', body_html: null, body_source: null })],
      detail: thread(),
    };
    const { routes, calls } = threadServer(state);
    routes['POST /api/v1/posts/p1/flags'] = () => json(201, { flag_count: 1, hidden: false });
    render(<App />);
    await screen.findByText('This post is hidden while the coordinators review it.');
    const first = (await screen.findByText('Post number 1')).closest('li')!;
    fireEvent.click(within(first).getByRole('button', { name: 'Flag the post by Ben' }));
    fireEvent.click(within(first).getByRole('button', { name: 'Flag' }));
    expect((await within(first).findByRole('alert')).textContent).toMatch(/Say why/);
    fireEvent.input(within(first).getByLabelText(/Why should the coordinators/), {
      target: { value: 'Rude' },
    });
    fireEvent.click(within(first).getByRole('button', { name: 'Flag' }));
    await within(first).findByText('You flagged this.');
    expect(calls.find((c) => c.url.endsWith('/flags'))?.body).toEqual({ reason: 'Rude' });
  });

  it('names whose post each moderation button acts on, so several posts are told apart', async () => {
    const state = {
      posts: [
        post(1, { author_name: 'Ben', status: 'hidden', hidden_reason: 'Selling', flag_count: 1 }),
        post(2, { author_id: 'cat', author_name: 'Cat', flag_count: 2 }),
      ],
      detail: thread({ can_moderate: true }),
    };
    threadServer(state);
    render(<App />);
    await connectLive();
    expect(await screen.findByRole('button', { name: 'Restore the post by Ben' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide the post by Cat' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dismiss flags on the post by Cat' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete the post by Cat' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hide' })).toBeNull();
  });
});
