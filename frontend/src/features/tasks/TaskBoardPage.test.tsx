import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json, noContent } from '../../test/http';
import { activeMember, coordinator, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { task, taskDetail } from '../../test/taskFixtures';
import type { Viewer } from '../../api';
import type { Task } from './api';
import type { Call } from '../../test/http';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/neighbourhoods/n1/tasks'));
afterEach(cleanup);

const query = (call: Call) => Object.fromEntries(new URL(call.url, 'http://x').searchParams);
const taskCalls = (calls: Call[]) => calls.filter((c) => c.url.startsWith('/api/v1/neighbourhoods/n1/tasks'));

function boardServer(viewer: Viewer, tasks: (call: Call) => Task[]) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(viewer)),
    'GET /api/v1/neighbourhoods/n1/tasks': (call) => json(200, { items: tasks(call), next_cursor: null }),
  });
}

describe('task board', () => {
  it('shows each task with when, places filled, skills and state', async () => {
    boardServer(activeMember, () => [
      task({ id: 't1', title: 'Litter pick', claimed_slots: 3, slots: 8, skills: ['litter', 'outdoors'] }),
      task({
        id: 't2',
        title: 'Paint the bench',
        starts_at: new Date(2026, 11, 6, 10).toISOString(),
        ends_at: new Date(2026, 11, 6, 12).toISOString(),
        skills: [],
      }),
    ]);
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Tasks in Mill Lane' });
    const first = (await screen.findByRole('link', { name: 'Litter pick' })).closest('li')!;
    expect(within(first).getByText('3 of 8')).toBeTruthy();
    expect(within(first).getByText('Any time')).toBeTruthy();
    expect(within(first).getByText('Needs people')).toBeTruthy();
    expect(within(within(first).getByRole('list', { name: 'Skills' })).getAllByRole('listitem')).toHaveLength(
      2,
    );
    const second = screen.getByRole('link', { name: 'Paint the bench' }).closest('li')!;
    expect(within(second).getByText('Sun 6 Dec, 10:00–12:00')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Propose a task' }).getAttribute('href')).toBe(
      '/neighbourhoods/n1/tasks/new',
    );
    const tabs = screen.getByRole('navigation', { name: 'Task lists' });
    expect(within(tabs).getByRole('link', { name: 'Needs people' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('keeps the filters and the tab in the URL, and asks the server with them', async () => {
    const { calls } = boardServer(activeMember, () => []);
    render(<App />);
    await screen.findByText('No tasks need people right now.');
    expect(query(taskCalls(calls)[0]!)).toEqual({ status: 'needs_people' });

    const form = screen.getByRole('form', { name: 'Filter tasks' });
    fireEvent.input(within(form).getByLabelText('Skill'), { target: { value: 'first aid' } });
    fireEvent.input(within(form).getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(location.search).toBe('?skill=first+aid&from=2026-12-01'));
    await screen.findByText('No tasks match these filters.');
    const filtered = query(taskCalls(calls).at(-1)!);
    expect(filtered).toEqual({
      status: 'needs_people',
      skill: 'first aid',
      from: new Date(2026, 11, 1).toISOString(),
    });

    // Another tab keeps the filters; "Done" lists done and verified tasks.
    fireEvent.click(screen.getByRole('link', { name: 'Done' }));
    await waitFor(() => expect(location.search).toBe('?tab=done&skill=first+aid&from=2026-12-01'));
    await waitFor(() => {
      const statuses = taskCalls(calls).map((c) => query(c).status);
      expect(statuses).toContain('done');
      expect(statuses).toContain('verified');
    });
    expect(within(screen.getByRole('form', { name: 'Filter tasks' })).getByLabelText('Skill')).toHaveProperty(
      'value',
      'first aid',
    );

    fireEvent.click(screen.getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(location.search).toBe('?tab=done'));
  });

  it('reads filters from the URL it opens at, and asks only for my tasks on "Mine"', async () => {
    history.replaceState(null, '', '/neighbourhoods/n1/tasks?tab=mine&skill=paint&to=2026-12-24');
    const { calls } = boardServer(activeMember, () => []);
    render(<App />);
    await screen.findByText('No tasks match these filters.');
    expect(query(taskCalls(calls)[0]!)).toEqual({
      mine: 'true',
      skill: 'paint',
      to: new Date(new Date(2026, 11, 25).getTime() - 1).toISOString(),
    });
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-12-24');
  });

  it('pages with the cursor', async () => {
    const server = boardServer(activeMember, () => []);
    server.routes['GET /api/v1/neighbourhoods/n1/tasks'] = (call) =>
      query(call).cursor === 'p2'
        ? json(200, { items: [task({ id: 't2', title: 'Second' })], next_cursor: null })
        : json(200, { items: [task({ id: 't1', title: 'First' })], next_cursor: 'p2' });
    render(<App />);
    await screen.findByRole('link', { name: 'First' });
    fireEvent.click(screen.getByRole('button', { name: 'Load more tasks' }));
    await screen.findByRole('link', { name: 'Second' });
    expect(screen.getByRole('link', { name: 'First' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more tasks' })).toBeNull();
  });

  it('updates places filled live, and reloads when a new task arrives', async () => {
    let tasks = [task({ id: 't1', title: 'Litter pick', claimed_slots: 0, slots: 2 })];
    const { calls } = boardServer(activeMember, () => tasks);
    render(<App />);
    await screen.findByRole('link', { name: 'Litter pick' });
    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.last;
    socket.serverSends({ type: 'ready', user_id: 'ada' });
    await waitFor(() =>
      expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'neighbourhood:n1' }),
    );
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 1 });
    await new Promise((r) => setTimeout(r, 300));
    expect(taskCalls(calls)).toHaveLength(1); // the view's first subscription reloads nothing
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 1 });
    await waitFor(() => expect(taskCalls(calls)).toHaveLength(2)); // a later fresh one (a reconnect) does

    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 2,
      kind: 'task.claimed',
      data: { task_id: 't1', status: 'open', claimed_slots: 1, slots: 2, claim_id: 'c1' },
      at: '2026-11-29T12:00:00Z',
    });
    await screen.findByText('1 of 2');
    await screen.findByText('Someone took a place on “Litter pick” (1 of 2 filled).');
    // A patch needs no reload.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taskCalls(calls)).toHaveLength(2);

    tasks = [...tasks, task({ id: 't3', title: 'Bulb planting' })];
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 3,
      kind: 'task.created',
      data: { task_id: 't3', status: 'open', claimed_slots: 0, slots: 2 },
      at: '2026-11-29T12:00:00Z',
    });
    await screen.findByRole('link', { name: 'Bulb planting' });
    expect(taskCalls(calls)).toHaveLength(3);
  });

  it('offers the calendar link: copy, a new link, and turning it off', async () => {
    const { routes, calls } = boardServer(activeMember, () => []);
    let n = 0;
    routes['POST /api/v1/me/calendar'] = () => json(201, { url: `/api/v1/calendar/secret${++n}.ics` });
    routes['DELETE /api/v1/me/calendar'] = noContent;
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App />);

    const panel = await screen.findByRole('region', { name: 'My calendar' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Get my calendar link' }));
    const link = (await within(panel).findByLabelText('Your calendar link')) as HTMLInputElement;
    expect(link.value).toBe(`${location.origin}/api/v1/calendar/secret1.ics`);
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy the calendar link' }));
    await within(panel).findByText('The link is copied.');
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/api/v1/calendar/secret1.ics`);

    fireEvent.click(within(panel).getByRole('button', { name: 'New link' }));
    await waitFor(() => expect(link.value).toMatch(/secret2\.ics$/));
    within(panel).getByText(/The old one no longer works/);

    fireEvent.click(within(panel).getByRole('button', { name: 'Turn off' }));
    await within(panel).findByText(/turned off/);
    expect(within(panel).queryByLabelText('Your calendar link')).toBeNull();
    expect(calls.filter((c) => c.url === '/api/v1/me/calendar').map((c) => c.method)).toEqual([
      'POST',
      'POST',
      'DELETE',
    ]);
    Reflect.deleteProperty(navigator, 'clipboard');
  });
});

describe('proposing a task', () => {
  it('sends a member’s proposal and shows that it awaits approval', async () => {
    history.replaceState(null, '', '/neighbourhoods/n1/tasks/new');
    const { routes, calls } = boardServer(activeMember, () => []);
    routes['GET /api/v1/neighbourhoods/n1/issues'] = () => json(200, { items: [], next_cursor: null });
    routes['POST /api/v1/neighbourhoods/n1/tasks'] = (call) =>
      json(201, task({ ...(call.body as object), id: 't9', status: 'proposed' }));
    routes['GET /api/v1/tasks/t9'] = () =>
      json(200, taskDetail({ id: 't9', title: 'Clear the drain', status: 'proposed', slots: 3 }));
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Propose a task' });
    fireEvent.click(screen.getByRole('button', { name: 'Send the proposal' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Title');
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/tasks'))).toBe(false);

    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Clear the drain' } });
    fireEvent.input(screen.getByLabelText('People needed'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('Skills (optional)'), { target: { value: 'digging, ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the proposal' }));

    await screen.findByRole('heading', { level: 1, name: 'Clear the drain' });
    expect(location.pathname).toBe('/tasks/t9');
    await screen.findByText(/Your proposal is waiting for a coordinator to approve it/);
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/tasks'))?.body).toEqual({
      title: 'Clear the drain',
      slots: 3,
      skills: ['digging'],
    });
  });

  it('calls it "New task" for coordinators', async () => {
    boardServer(coordinator, () => []);
    render(<App />);
    expect((await screen.findByRole('link', { name: 'New task' })).getAttribute('href')).toBe(
      '/neighbourhoods/n1/tasks/new',
    );
  });
});
