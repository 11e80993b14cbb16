import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MyInvitations } from './MyInvitations';
import { SessionProvider } from '../../session/session';
import { fakeServer } from '../../test/fakeServer';
import { json, noContent, problem } from '../../test/http';
import type { MyInvitation } from '../../api';

const invitation = (id: string, name: string): MyInvitation => ({
  id,
  neighbourhood_id: `n-${id}`,
  neighbourhood_name: name,
  created_at: '2026-12-01T10:00:00Z',
  expires_at: '2026-12-15T10:00:00Z',
});

const member = {
  user_id: 'ada',
  display_name: 'Ada',
  role: 'member',
  status: 'active',
  joined_at: '2026-12-02T10:00:00Z',
  suspended_until: null,
};

function show(quiet = false) {
  render(
    <SessionProvider>
      <MyInvitations quiet={quiet} />
    </SessionProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('my invitations', () => {
  it('accepts one: announces it, links to the neighbourhood and focuses the heading', async () => {
    let pending = [invitation('i1', 'Hidden Court'), invitation('i2', 'Elm Street')];
    const { calls } = fakeServer({
      'GET /api/v1/me/invitations': () => json(200, { items: pending, next_cursor: null }),
      'POST /api/v1/me/invitations/i1/accept': () => {
        pending = pending.filter((i) => i.id !== 'i1');
        return json(200, member);
      },
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Accept (invitation to Hidden Court)' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('You joined Hidden Court.'));
    expect(screen.getByRole('link', { name: 'Go to Hidden Court' }).getAttribute('href')).toBe(
      '/neighbourhoods/n-i1',
    );
    await waitFor(() => expect(screen.queryByText('You are invited to join Hidden Court')).toBeNull());
    expect(screen.getByText('You are invited to join Elm Street')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([
      '/api/v1/me/invitations/i1/accept',
    ]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Invitations' })),
    );
  });

  it('declines one without joining', async () => {
    let pending = [invitation('i1', 'Hidden Court')];
    fakeServer({
      'GET /api/v1/me/invitations': () => json(200, { items: pending, next_cursor: null }),
      'POST /api/v1/me/invitations/i1/decline': () => {
        pending = [];
        return noContent();
      },
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Decline (invitation to Hidden Court)' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('You declined the invitation to Hidden Court.'),
    );
    await screen.findByText('You have no invitations waiting.');
    expect(screen.queryByRole('link', { name: /Go to/ })).toBeNull();
  });

  it('says why an answer failed (a lapsed invitation) and keeps the row', async () => {
    fakeServer({
      'GET /api/v1/me/invitations': () =>
        json(200, { items: [invitation('i1', 'Hidden Court')], next_cursor: null }),
      'POST /api/v1/me/invitations/i1/accept': () =>
        problem(410, 'No longer available', { detail: 'This invitation has lapsed; ask for a new one.' }),
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Accept (invitation to Hidden Court)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This invitation has lapsed');
    expect(screen.getByText('You are invited to join Hidden Court')).toBeTruthy();
  });

  it('stays out of the way on the home page when there is nothing to answer', async () => {
    const { calls } = fakeServer({
      'GET /api/v1/me/invitations': () => json(200, { items: [], next_cursor: null }),
    });
    show(true);
    await waitFor(() => expect(calls).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Invitations' })).toBeNull());
  });
});
