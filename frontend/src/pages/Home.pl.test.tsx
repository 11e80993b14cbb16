import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { App } from '../app';
import { missingMessages } from '../i18n';
import { fakeServer } from '../test/fakeServer';
import { json } from '../test/http';
import { everyTestIn } from '../test/locale';
import { clientConfig, me, tokens } from '../test/issueFixtures';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});
everyTestIn('pl');

describe('the home page in Polish', () => {
  it('greets a newcomer in Polish', async () => {
    fakeServer({ 'GET /api/v1/client-config': () => json(200, clientConfig) });
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Jak to działa' });
    const start = screen.getByRole('heading', { name: 'Zacznij' }).closest('section')!;
    within(start).getByRole('link', { name: 'Załóż konto' });
    within(start).getByRole('link', { name: 'Przeglądaj sąsiedztwa' });
    expect(screen.getByText('Zgłaszaj razem z innymi.').tagName).toBe('STRONG');
    expect(missingMessages).toEqual(new Set());
  });

  it('points a member with no neighbourhood to the directory, in one Polish sentence', async () => {
    localStorage.setItem('commonground.refresh_token', 'r1');
    fakeServer({
      'GET /api/v1/client-config': () => json(200, clientConfig),
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, { ...me, memberships: [] }),
      'PATCH /api/v1/me': () => json(200, me),
      'GET /api/v1/me/invitations': () => json(200, { items: [], next_cursor: null }),
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'Twoje sąsiedztwa' });
    expect(screen.getByRole('link', { name: 'Znajdź sąsiedztwo blisko siebie' }).getAttribute('href')).toBe(
      '/neighbourhoods',
    );
    expect(missingMessages).toEqual(new Set());
  });
});
