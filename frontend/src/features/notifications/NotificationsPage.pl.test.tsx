import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../app';
import { missingMessages } from '../../i18n';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import type { Notification } from './api';
import { everyTestIn } from '../../test/locale';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => {
  signedInAt('/notifications');
});
everyTestIn('pl');

const mention = (id: string): Notification => ({
  id,
  what: 'mentioned',
  data: {
    what: 'mentioned',
    neighbourhood_id: 'n1',
    neighbourhood_name: 'Młyńska',
    thread_id: 'th1',
    post_id: 'p1',
    seq: 1,
    by: 'Ola',
  } as Notification['data'],
  neighbourhood_id: 'n1',
  subject: null,
  actor_id: null,
  muted: false,
  read_at: null,
  created_at: new Date(Date.now() - 5 * 60_000).toISOString(),
});

describe('the inbox in Polish', () => {
  it('words the page, each notification and the counts in Polish, with every message in the catalogue', async () => {
    const { routes } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, { ...me, locale: 'pl' }),
      'GET /api/v1/me/notifications/unread-count': () => json(200, { unread: 5 }),
      'GET /api/v1/me/notifications': () =>
        json(200, { items: [mention('a'), mention('b')], next_cursor: null }),
    });
    routes['POST /api/v1/me/notifications/read-all'] = () => json(200, { marked: 2 });
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Powiadomienia' })).toBeTruthy();
    expect(
      (await screen.findAllByRole('link', { name: 'Ola wspomina o tobie w sąsiedztwie Młyńska.' })).length,
    ).toBe(2);
    // The bell: 5 takes Polish's "many" form.
    expect(await screen.findByRole('link', { name: 'Powiadomienia, 5 nieprzeczytanych' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Oznacz wszystkie jako przeczytane' }));
    // 2 takes the "few" form.
    expect(await screen.findByText('Oznaczono 2 powiadomienia jako przeczytane.')).toBeTruthy();
    expect([...missingMessages]).toEqual([]);
  });
});
