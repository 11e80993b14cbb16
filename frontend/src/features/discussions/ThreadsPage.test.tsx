import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { activeMember, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { thread } from '../../test/discussionFixtures';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/neighbourhoods/n1/threads'));
afterEach(cleanup);

describe('threads page', () => {
  it('lists threads with unread counts and starts a new one, checking the title first', async () => {
    const { routes, calls } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
      'GET /api/v1/neighbourhoods/n1/threads': () =>
        json(200, {
          items: [
            thread(),
            thread({ id: 't2', title: 'Street party', pinned: false, unread_count: 0, subject: 'task' }),
          ],
          next_cursor: null,
        }),
    });
    routes['POST /api/v1/neighbourhoods/n1/threads'] = () =>
      json(201, {
        ...thread({ id: 't3', title: 'New bench' }),
        can_post: true,
        can_flag: true,
        can_moderate: false,
      });
    routes['GET /api/v1/threads/t3'] = () =>
      json(200, {
        ...thread({ id: 't3', title: 'New bench' }),
        can_post: true,
        can_flag: true,
        can_moderate: false,
      });
    routes['GET /api/v1/threads/t3/posts'] = () => json(200, { items: [], next_cursor: null });
    render(<App />);

    const first = (await screen.findByRole('link', { name: 'Bins on Mill Lane' })).closest('li')!;
    expect(first.textContent).toContain('3 unread posts');
    expect(first.textContent).toContain('Pinned');
    expect((await screen.findByRole('link', { name: 'Street party' })).closest('li')!.textContent).toContain(
      'Task discussion',
    );

    fireEvent.input(screen.getByRole('combobox', { name: 'First post' }), {
      target: { value: 'Can we get one?', selectionStart: 15 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start the thread' }));
    expect((await screen.findAllByText(/Give the thread a title/)).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/threads'))).toBe(false);

    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'New bench' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the thread' }));
    await screen.findByRole('heading', { level: 1, name: 'New bench' });
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/threads'))?.body).toEqual({
        title: 'New bench',
        body: 'Can we get one?',
      }),
    );
  });
});
