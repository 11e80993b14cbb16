import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { InvitationManager } from './InvitationManager';
import { fakeServer } from '../../test/fakeServer';
import { json, noContent, problem } from '../../test/http';
import { coordinator, neighbourhood } from '../../test/issueFixtures';
import type { Invitation } from '../../api';

const invitation = (id: string, email: string): Invitation => ({
  id,
  neighbourhood_id: 'n1',
  email,
  status: 'pending',
  created_at: '2026-12-01T10:00:00Z',
  expires_at: '2026-12-15T10:00:00Z',
});

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('inviting by e-mail', () => {
  it('sends the address, shows the neutral answer and lists the invitation, focus back in the field', async () => {
    let pending: Invitation[] = [];
    const { calls } = fakeServer({
      'GET /api/v1/neighbourhoods/n1/invitations': () => json(200, { items: pending, next_cursor: null }),
      'POST /api/v1/neighbourhoods/n1/invitations': (call) => {
        const created = invitation('i1', (call.body as { email: string }).email);
        pending = [created];
        return json(202, created);
      },
    });
    render(<InvitationManager neighbourhood={neighbourhood(coordinator)} />);
    await screen.findByText('No invitations are waiting for an answer.');

    const field = screen.getByLabelText('Email address', { exact: false });
    fireEvent.input(field, { target: { value: ' bo@example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    const status = await screen.findByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe("Invitation sent to bo@example.org. If they accept, they'll join."),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'bo@example.org' });
    await screen.findByRole('button', { name: 'Withdraw (invitation to bo@example.org)' });
    expect((field as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('checks the address before sending and shows the server’s field error beside it', async () => {
    const { calls } = fakeServer({
      'GET /api/v1/neighbourhoods/n1/invitations': () => json(200, { items: [], next_cursor: null }),
      'POST /api/v1/neighbourhoods/n1/invitations': () =>
        problem(422, 'Invalid input', { errors: { email: ['must be a valid e-mail address'] } }),
    });
    render(<InvitationManager neighbourhood={neighbourhood(coordinator)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter the email address to invite.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.input(screen.getByLabelText('Email address', { exact: false }), { target: { value: 'x@y' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('must be a valid e-mail address'),
    );
    expect(screen.getByLabelText('Email address', { exact: false }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('withdraws a pending invitation and moves focus to the section heading', async () => {
    let pending = [invitation('i1', 'bo@example.org'), invitation('i2', 'cy@example.org')];
    const { calls } = fakeServer({
      'GET /api/v1/neighbourhoods/n1/invitations': () => json(200, { items: pending, next_cursor: null }),
      'DELETE /api/v1/neighbourhoods/n1/invitations/i1': () => {
        pending = pending.filter((i) => i.id !== 'i1');
        return noContent();
      },
    });
    render(<InvitationManager neighbourhood={neighbourhood(coordinator)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw (invitation to bo@example.org)' }));

    await waitFor(() => expect(screen.queryByText('bo@example.org')).toBeNull());
    expect(screen.getByText('cy@example.org')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('The invitation to bo@example.org was withdrawn.');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Invite by e-mail' })),
    );
  });
});
