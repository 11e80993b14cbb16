import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json, noContent } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import type { NotificationKind } from '../../api/kinds';
import type { NotificationPreferences } from './api';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/notifications/preferences'));
afterEach(cleanup);

/** Ada signed in, and a server that keeps the preferences the page last saved. */
function servePreferences(initial: NotificationPreferences, routes: Parameters<typeof fakeServer>[0] = {}) {
  let prefs = initial;
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/me/notifications/unread-count': () => json(200, { unread: 0 }),
    'GET /api/v1/me/notification-preferences': () => json(200, prefs),
    'PUT /api/v1/me/notification-preferences': (call) => {
      prefs = { ...prefs, ...(call.body as Partial<NotificationPreferences>) };
      return json(200, prefs);
    },
    ...routes,
  });
}

describe('notification settings', () => {
  it('mutes kinds, chooses the e-mail mode, and unmutes an issue', async () => {
    const prefs: NotificationPreferences = {
      // A kind this version has no words for (a newer server's).
      muted_kinds: ['old_kind' as NotificationKind],
      muted_subjects: ['issue:i1'],
      email_mode: 'off',
      email_available: true,
    };
    const { calls } = servePreferences(prefs, {
      'DELETE /api/v1/me/mutes/issue:i1': () => noContent(),
    });
    render(<App />);

    const statusChanges = await screen.findByRole('checkbox', { name: 'Status changes of issues I support' });
    expect((statusChanges as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Old kind' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'No e-mail' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(statusChanges);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Old kind' }));
    fireEvent.click(screen.getByRole('radio', { name: 'One e-mail a day with what I have not read' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ muted_kinds: ['issue_status_changed'], email_mode: 'daily_digest' });

    fireEvent.click(screen.getByRole('button', { name: 'Unmute an issue' }));
    await screen.findByText('An issue is no longer muted.');
    await waitFor(() => expect(screen.getByText(/None\. Mute one from a notification/)).toBeTruthy());
  });

  it('mutes mentions by the name the server sends them under (`mentioned`)', async () => {
    const prefs: NotificationPreferences = {
      // What the page used to send: the server never sends a `mention`, so it muted nothing.
      muted_kinds: ['mention' as NotificationKind],
      muted_subjects: [],
      email_mode: 'off',
      email_available: true,
    };
    const { calls } = servePreferences(prefs);
    render(<App />);

    const mentions = await screen.findByRole('checkbox', { name: 'Mentions of me in discussions' });
    expect((mentions as HTMLInputElement).checked).toBe(false);
    // The old name stays listed, so it can be cleared.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mention' }));
    fireEvent.click(mentions);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      muted_kinds: ['mentioned'],
      email_mode: 'off',
    });
  });

  it('says when the server sends no e-mail', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/me/notifications/unread-count': () => json(200, { unread: 0 }),
      'GET /api/v1/me/notification-preferences': () =>
        json(200, { muted_kinds: [], muted_subjects: [], email_mode: 'off', email_available: false }),
    });
    render(<App />);
    await screen.findByText('This server does not send e-mail at the moment.');
  });
});
