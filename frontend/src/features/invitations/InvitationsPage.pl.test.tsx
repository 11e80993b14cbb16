import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { activateLocale, missingMessages } from '../../i18n';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import { everyTestIn } from '../../test/locale';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => {
  localStorage.clear();
});
everyTestIn('pl');

describe('the invitations page in Polish', () => {
  it('asks someone signed out to sign in or sign up, with both links inside one Polish sentence', async () => {
    history.replaceState(null, '', '/invitations');
    fakeServer({});
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Zaproszenia' });
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Zaloguj się' }).getAttribute('href')).toBe(
      '/signin?next=%2Finvitations',
    );
    expect(main.getByRole('link', { name: 'Załóż konto' }).getAttribute('href')).toBe(
      '/signup?next=%2Finvitations',
    );
    expect([...missingMessages]).toEqual([]);
  });

  it('lists and answers invitations in Polish (this folder counts nothing, so it has no plural)', async () => {
    signedInAt('/invitations');
    await activateLocale('pl');
    const invitation = {
      id: 'i1',
      neighbourhood_id: 'n-i1',
      neighbourhood_name: 'Młyńska',
      created_at: '2026-12-01T10:00:00Z',
      expires_at: '2026-12-15T10:00:00Z',
    };
    let pending = [invitation];
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, { ...me, locale: 'pl' }),
      'GET /api/v1/me/invitations': () => json(200, { items: pending, next_cursor: null }),
      'POST /api/v1/me/invitations/i1/decline': () => {
        pending = [];
        return json(200, {});
      },
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Twoje zaproszenia' });
    expect(await screen.findByText('Zaproszenie do sąsiedztwa Młyńska')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Odrzuć (zaproszenie do sąsiedztwa Młyńska)' }));
    await waitFor(() =>
      expect(screen.getByText('Odrzucono zaproszenie do sąsiedztwa Młyńska.')).toBeTruthy(),
    );
    expect(await screen.findByText('Nie czekają na ciebie żadne zaproszenia.')).toBeTruthy();
    expect([...missingMessages]).toEqual([]);
  });
});
