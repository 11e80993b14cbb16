import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { App } from '../../app';
import { missingMessages } from '../../i18n';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { activeMember, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { thread } from '../../test/discussionFixtures';
import { everyTestIn } from '../../test/locale';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => {
  signedInAt('/neighbourhoods/n1/threads');
});
everyTestIn('pl');

describe('threads page in Polish', () => {
  it('words headings and counts in Polish, with every message in the catalogue', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, { ...me, locale: 'pl' }),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
      'GET /api/v1/neighbourhoods/n1/threads': () =>
        json(200, {
          items: [
            thread({ unread_count: 3, post_count: 5 }),
            thread({ id: 't2', title: 'Festyn', unread_count: 0 }),
          ],
          next_cursor: null,
        }),
    });
    render(<App />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Wątki' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Zacznij wątek' })).toBeTruthy();
    const first = (await screen.findByRole('link', { name: 'Bins on Mill Lane' })).closest('li')!;
    // Polish plurals: 3 takes the "few" form, 5 the "many" form.
    expect(first.textContent).toContain('3 nieprzeczytane wpisy');
    expect(first.textContent).toContain('5 wpisów');
    expect(first.textContent).toContain('Przypięty');
    expect([...missingMessages]).toEqual([]);
  });
});
