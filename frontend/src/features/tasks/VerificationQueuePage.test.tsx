import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { activeMember, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { claim } from '../../test/taskFixtures';
import type { QueuedClaim } from './api';
import { checkRejectReason } from './VerificationQueuePage';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/neighbourhoods/n1/verify'));
afterEach(cleanup);

const done = (overrides: Partial<QueuedClaim> = {}): QueuedClaim => ({
  ...claim({
    id: 'c1',
    user_id: 'ben',
    display_name: 'Ben',
    status: 'done',
    hours: 2.5,
    note: 'Six bags',
    done_at: new Date(Date.now() - 2 * 3600_000).toISOString(),
  }),
  task_title: 'Litter pick',
  ...overrides,
});

function queueServer(state: { queue: QueuedClaim[] }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
    'GET /api/v1/neighbourhoods/n1/verification-queue': () =>
      json(200, { items: state.queue, next_cursor: null }),
  });
}

describe('verification queue', () => {
  it('needs a reason to send work back', () => {
    expect(checkRejectReason('  ')).toMatch(/Say what needs putting right/);
    expect(checkRejectReason('Add a photo')).toBeNull();
  });

  it('verifies done work, naming the task (fetched when the queue does not say)', async () => {
    const state = { queue: [done()] };
    const { routes, calls } = queueServer(state);
    routes['POST /api/v1/claims/c1/verify'] = () => {
      state.queue = [];
      return json(200, done({ status: 'verified' }));
    };
    render(<App />);

    const heading = await screen.findByRole('heading', { level: 3, name: 'Litter pick' });
    const item = heading.closest('li')!;
    expect(within(item).getByText('Ben')).toBeTruthy();
    expect(within(item).getByText('2.5 hours')).toBeTruthy();
    expect(within(item).getByText('“Six bags”')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Verify work by Ben on “Litter pick”' }));

    await screen.findByText('Verified 2.5 hours by Ben. Thank you.');
    await screen.findByText(/Nothing is waiting/);
    expect(calls.find((c) => c.url === '/api/v1/claims/c1/verify')?.method).toBe('POST');
  });

  it('will not send work back without a reason, then sends the reason', async () => {
    const state = { queue: [done({ task_title: 'Paint the bench' })] };
    const { routes, calls } = queueServer(state);
    routes['POST /api/v1/claims/c1/reject'] = () => {
      state.queue = [];
      return json(200, done({ status: 'checked_in', rejected_reason: 'Second coat please' }));
    };
    render(<App />);

    const item = (await screen.findByRole('heading', { level: 3, name: 'Paint the bench' })).closest('li')!;
    fireEvent.click(
      within(item).getByRole('button', { name: 'Send back… work by Ben on “Paint the bench”' }),
    );
    const send = within(item).getByRole('button', { name: 'Send back work by Ben on “Paint the bench”' });
    fireEvent.click(send);

    await within(item).findByText('Say what needs putting right, so they can fix it.');
    const reason = within(item).getByLabelText('What needs putting right?');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(calls.some((c) => c.url.endsWith('/reject'))).toBe(false);
    // No task fetch needed: the queue named it.
    expect(calls.some((c) => c.url === '/api/v1/tasks/t1')).toBe(false);

    fireEvent.input(reason, { target: { value: 'Second coat please' } });
    fireEvent.click(send);
    await screen.findByText('Sent back to Ben, with your reason.');
    expect(calls.find((c) => c.url === '/api/v1/claims/c1/reject')?.body).toEqual({
      reason: 'Second coat please',
    });
  });

  it('accepts a bare array from the server too', async () => {
    const { routes } = queueServer({ queue: [] });
    routes['GET /api/v1/neighbourhoods/n1/verification-queue'] = () =>
      json(200, [done({ task_title: 'Bulbs' })]);
    render(<App />);
    await screen.findByRole('heading', { level: 3, name: 'Bulbs' });
  });
});
