import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { FakeWebSocket } from '../../test/fakeWebSocket';
import { json, problem } from '../../test/http';
import { activeMember, clientConfig, coordinator, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { claim, task, taskDetail } from '../../test/taskFixtures';
import type { Viewer } from '../../api';
import { forgetClientConfig } from '../../lib/clientConfig';
import type { TaskDetail } from './api';
import { signedInAt } from '../../test/signedIn';
import { activateLocale, missingMessages } from '../../i18n';

beforeEach(() => signedInAt('/tasks/t1'));
afterEach(cleanup);

function taskServer(viewer: Viewer, state: { detail: TaskDetail }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(viewer)),
    'GET /api/v1/tasks/t1': () => json(200, state.detail),
    'GET /api/v1/tasks/t1/discussion': () => json(200, { thread: null, can_post: false }),
    'GET /api/v1/client-config': () => json(200, clientConfig),
  });
}

const myPlace = () => screen.findByRole('region', { name: 'Your place' });

async function connectLive() {
  await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
  const socket = FakeWebSocket.last;
  socket.serverSends({ type: 'ready', user_id: 'ada' });
  await waitFor(() => expect(socket.sent).toContainEqual({ type: 'subscribe', channel: 'neighbourhood:n1' }));
  socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 5 });
  return socket;
}

describe('task page', () => {
  it('shows the server’s 409 clearly when a place cannot be taken, then the task as it is now', async () => {
    const state = { detail: taskDetail({ claimed_slots: 1 }) };
    const { routes, calls } = taskServer(activeMember, state);
    routes['POST /api/v1/tasks/t1/claim'] = () => {
      state.detail = { ...state.detail, claimed_slots: 2, status: 'staffed' };
      return problem(409, 'Conflict', { detail: 'Every place on this task is taken.' });
    };
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Litter pick on the green' });
    await screen.findByText('1 of 2');
    const panel = await myPlace();
    fireEvent.click(within(panel).getByRole('button', { name: 'Take a place' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toBe('Every place on this task is taken.');
    // The task is read again: it is full now.
    await screen.findByText('2 of 2');
    await within(panel).findByText('Every place is taken. A place may come free later.');
    expect(calls.find((c) => c.url === '/api/v1/tasks/t1/claim')?.authorization).toBe('Bearer a1');
  });

  it('explains a 409 without details: full, taken already, or the claim limit', async () => {
    const state = { detail: taskDetail() };
    const { routes } = taskServer(activeMember, state);
    routes['POST /api/v1/tasks/t1/claim'] = () => problem(409, 'Conflict');
    render(<App />);
    const panel = await myPlace();
    fireEvent.click(await within(panel).findByRole('button', { name: 'Take a place' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatch(
      /as many places as one person can at once \(5\)/,
    );
  });

  it('offers the free places of a task under way: a check-in does not close it to others', async () => {
    // Two of eight places are filled and one of those volunteers has checked in early.
    const state = { detail: taskDetail({ status: 'in_progress', slots: 8, claimed_slots: 2 }) };
    const { routes, calls } = taskServer(activeMember, state);
    routes['POST /api/v1/tasks/t1/claim'] = () => {
      const mine = claim();
      state.detail = { ...state.detail, claimed_slots: 3, my_claim: mine, claims: [mine] };
      return json(201, mine);
    };
    render(<App />);

    const panel = await myPlace();
    await within(panel).findByText('Work has begun. 6 places are free.');
    expect(panel.textContent).not.toMatch(/takes no more people/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Take a place' }));
    await screen.findByText('You have a place on this task. Thank you.');
    expect(calls.filter((c) => c.url === '/api/v1/tasks/t1/claim')).toHaveLength(1);
  });

  it('says every place is taken when a task under way is full', async () => {
    const state = { detail: taskDetail({ status: 'in_progress', slots: 2, claimed_slots: 2 }) };
    taskServer(activeMember, state);
    render(<App />);
    const panel = await myPlace();
    await within(panel).findByText('Every place is taken. A place may come free later.');
    expect(within(panel).queryByRole('button', { name: 'Take a place' })).toBeNull();
  });

  it('takes a place, then shows the hold ticking down with "extend" for an open-ended task', async () => {
    const state = { detail: taskDetail() };
    const { routes, calls } = taskServer(activeMember, state);
    routes['POST /api/v1/tasks/t1/claim'] = () => {
      const mine = claim();
      state.detail = { ...state.detail, claimed_slots: 1, my_claim: mine, claims: [mine] };
      return json(201, mine);
    };
    routes['POST /api/v1/tasks/t1/extend'] = () => json(200, claim({ expires_at: '2030-01-01T12:00:00Z' }));
    render(<App />);

    const panel = await myPlace();
    fireEvent.click(await within(panel).findByRole('button', { name: 'Take a place' }));
    await screen.findByText('You have a place on this task. Thank you.');
    const countdown = await within(panel).findByText('expires in 47 h 12 min');
    expect(countdown.closest('time')?.textContent).toContain('expires in 47 hours 12 minutes');
    const helping = screen.getByRole('region', { name: 'Who is helping' });
    expect(within(helping).getByText('Ada')).toBeTruthy();
    expect(within(helping).getByText('Signed up')).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: 'Extend my place' }));
    await screen.findByText(/Your place is extended until/);
    expect(calls.filter((c) => c.url === '/api/v1/tasks/t1/extend')).toHaveLength(1);
  });

  it('warns about a hold running out as many hours ahead as the operator set', async () => {
    const mine = claim();
    const state = { detail: taskDetail({ claimed_slots: 1, my_claim: mine, claims: [mine] }) };
    const { routes } = taskServer(activeMember, state);
    // The hold has 47 hours left: inside a 48-hour warning, outside the default 12.
    routes['GET /api/v1/client-config'] = () => json(200, { ...clientConfig, lease_warning_hours: 48 });
    render(<App />);
    const panel = await myPlace();
    await within(panel).findByText('expires in 47 h 12 min');
    await waitFor(() => expect(panel.querySelector('.lease--warning')).not.toBeNull());
    cleanup();
    forgetClientConfig(); // the page keeps the configuration it loaded

    taskServer(activeMember, state);
    render(<App />);
    const again = await myPlace();
    await within(again).findByText('expires in 47 h 12 min');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(again.querySelector('.lease')).not.toBeNull();
    expect(again.querySelector('.lease--warning')).toBeNull();
  });

  it('shows places filled live when others take them, without reloading the page', async () => {
    const state = { detail: taskDetail() };
    const { calls } = taskServer(activeMember, state);
    render(<App />);
    await screen.findByText('0 of 2');
    const socket = await connectLive();
    const loads = () => calls.filter((c) => c.url === '/api/v1/tasks/t1').length;
    await new Promise((r) => setTimeout(r, 300));
    expect(loads()).toBe(1); // the view's first subscription reloads nothing
    socket.serverSends({ type: 'subscribed', channel: 'neighbourhood:n1', seq: 5 });
    await waitFor(() => expect(loads()).toBe(2)); // a later fresh one (a reconnect) reads the task again
    const before = loads();

    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 6,
      kind: 'task.claimed',
      data: { task_id: 'other', status: 'open', claimed_slots: 1, slots: 5, claim_id: 'x' },
      at: '2026-11-29T12:00:00Z',
    });
    state.detail = { ...state.detail, claimed_slots: 1 };
    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 7,
      kind: 'task.claimed',
      data: { task_id: 't1', status: 'open', claimed_slots: 1, slots: 2, claim_id: 'c9' },
      at: '2026-11-29T12:00:00Z',
    });
    // At once, from the event; then confirmed over HTTP.
    await screen.findByText('1 of 2');
    await screen.findByText('Someone took a place on “Litter pick on the green” (1 of 2 filled).');
    await waitFor(() => expect(loads()).toBe(before + 1));

    socket.serverSends({
      type: 'event',
      channel: 'neighbourhood:n1',
      seq: 8,
      kind: 'task.claimed',
      data: { task_id: 't1', status: 'staffed', claimed_slots: 2, slots: 2, claim_id: 'c10' },
      at: '2026-11-29T12:01:00Z',
    });
    await screen.findByText('2 of 2');
    expect(screen.getAllByText('Fully staffed').length).toBeGreaterThan(0);
  });

  it('marks done with hours in quarter hours and a note', async () => {
    const mine = claim({ status: 'checked_in', rejected_reason: 'Please add how many bags.' });
    const state = {
      detail: taskDetail({ status: 'in_progress', claimed_slots: 1, my_claim: mine, claims: [mine] }),
    };
    const { routes, calls } = taskServer(activeMember, state);
    routes['POST /api/v1/tasks/t1/done'] = () => {
      const done = { ...mine, status: 'done' as const, hours: 1.5 };
      state.detail = { ...state.detail, my_claim: done, claims: [done] };
      return json(200, done);
    };
    render(<App />);

    const panel = await myPlace();
    await within(panel).findByText('Your work was sent back: Please add how many bags.');
    const hours = within(panel).getByLabelText('Hours you worked') as HTMLInputElement;
    expect([hours.min, hours.max, hours.step]).toEqual(['0.25', '24', '0.25']);
    fireEvent.input(hours, { target: { value: '1.1' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mark done' }));
    expect((await within(panel).findAllByText(/quarter hours, like/)).length).toBeGreaterThan(0);

    fireEvent.input(hours, { target: { value: '1.5' } });
    fireEvent.input(within(panel).getByLabelText('Note for the verifier (optional)'), {
      target: { value: 'Six bags' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mark done' }));
    await screen.findByText('Thank you. Your 1.5 hours are waiting for a neighbour to verify them.');
    expect(calls.find((c) => c.url === '/api/v1/tasks/t1/done')?.body).toEqual({
      hours: 1.5,
      note: 'Six bags',
    });
    await within(panel).findByText('You marked it done with 1.5 hours. A neighbour will verify it.');
  });

  it('lets a coordinator approve a proposal and cancel with a reason', async () => {
    const state = { detail: taskDetail({ status: 'proposed', can_manage: true }) };
    const { routes, calls } = taskServer(coordinator, state);
    routes['POST /api/v1/tasks/t1/approve'] = () => {
      state.detail = { ...state.detail, status: 'open' };
      return json(200, task({ status: 'open' }));
    };
    routes['POST /api/v1/tasks/t1/cancel'] = (call) => {
      const reason = (call.body as { reason: string }).reason;
      state.detail = { ...state.detail, status: 'cancelled', cancel_reason: reason };
      return json(200, task({ status: 'cancelled', cancel_reason: reason }));
    };
    render(<App />);

    const manage = await screen.findByRole('region', { name: 'Manage this task' });
    fireEvent.click(await within(manage).findByRole('button', { name: 'Approve the proposal' }));
    await screen.findByText('Approved. The task is open to volunteers.');
    await waitFor(() =>
      expect(within(manage).queryByRole('button', { name: 'Approve the proposal' })).toBeNull(),
    );

    fireEvent.click(within(manage).getByRole('button', { name: 'Cancel the task' }));
    expect((await within(manage).findByRole('alert')).textContent).toContain('Reason for cancelling');
    expect(calls.some((c) => c.url === '/api/v1/tasks/t1/cancel')).toBe(false);

    fireEvent.input(within(manage).getByLabelText('Reason for cancelling'), { target: { value: 'Rain' } });
    fireEvent.click(within(manage).getByRole('button', { name: 'Cancel the task' }));
    await screen.findByText('Cancelled: Rain');
    expect(calls.find((c) => c.url === '/api/v1/tasks/t1/cancel')?.body).toEqual({ reason: 'Rain' });
  });

  it('edits only what changed', async () => {
    const state = { detail: taskDetail({ can_manage: true }) };
    const { routes, calls } = taskServer(coordinator, state);
    routes['GET /api/v1/neighbourhoods/n1/issues'] = () => json(200, { items: [], next_cursor: null });
    routes['PATCH /api/v1/tasks/t1'] = (call) => {
      state.detail = { ...state.detail, ...(call.body as object) };
      return json(200, state.detail);
    };
    render(<App />);
    const manage = await screen.findByRole('region', { name: 'Manage this task' });
    fireEvent.click(await within(manage).findByRole('button', { name: 'Edit the task' }));
    const places = within(manage).getByLabelText('People needed');
    expect((places as HTMLInputElement).value).toBe('2');
    fireEvent.input(places, { target: { value: '5' } });
    fireEvent.click(within(manage).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('The task is updated.');
    expect(calls.find((c) => c.method === 'PATCH' && c.url === '/api/v1/tasks/t1')?.body).toEqual({
      slots: 5,
    });
    await screen.findByText('0 of 5');
  });
});

describe('task page in Polish and Arabic', () => {
  afterEach(() => activateLocale('en'));

  it('words the place, its countdown and the plurals in the reader’s language', async () => {
    missingMessages.clear();
    await activateLocale('pl');
    const mine = claim();
    const state = { detail: taskDetail({ slots: 5, claimed_slots: 1, my_claim: mine, claims: [mine] }) };
    taskServer(activeMember, state);
    render(<App />);

    const panel = await screen.findByRole('region', { name: 'Twoje miejsce' });
    const countdown = await within(panel).findByText('wygasa za 47 godz. 12 min');
    expect(countdown.closest('p')?.textContent).toContain('Twoje miejsce wygasa za 47 godz. 12 min');
    expect(countdown.closest('time')?.textContent).toContain('wygasa za 47 godzin 12 minut');
    expect(screen.getAllByText('Potrzebni ludzie').length).toBeGreaterThan(0);
    expect(screen.getByText('1 z 5').closest('.task-slots')?.textContent).toBe('Zajęte miejsca: 1 z 5');
    expect(within(panel).getByRole('button', { name: 'Jestem na miejscu' })).toBeTruthy();
    expect([...missingMessages]).toEqual([]);
    cleanup();

    await activateLocale('ar');
    taskServer(activeMember, { detail: taskDetail({ slots: 5, claimed_slots: 2 }) });
    render(<App />);
    const place = await screen.findByRole('region', { name: 'مكانك' });
    // Three free places: Arabic's "few" form; the number is isolated from the text around it.
    await within(place).findByText('هناك \u20683\u2069 أماكن متاحة.');
    expect(within(place).getByRole('button', { name: 'سجّل في المهمة' })).toBeTruthy();
    expect([...missingMessages]).toEqual([]);
  });
});
