import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { missingMessages } from '../../i18n';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { everyTestIn } from '../../test/locale';
import { clientConfig, coordinator, issuesRoute, me, neighbourhood, tokens } from '../../test/issueFixtures';

const signedIn = {
  'GET /api/v1/client-config': () => json(200, clientConfig),
  'POST /api/v1/auth/refresh': () => json(200, tokens),
  'GET /api/v1/me': () => json(200, me),
  'PATCH /api/v1/me': () => json(200, me),
};
const emptyPage = () => json(200, { items: [], next_cursor: null });

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1');
});
everyTestIn('pl');

describe('neighbourhoods in Polish', () => {
  it('words the neighbourhood page in Polish, with Polish plural forms', async () => {
    history.replaceState(null, '', '/neighbourhoods/n1');
    fakeServer({
      ...signedIn,
      'GET /api/v1/neighbourhoods/n1': () =>
        json(200, neighbourhood(coordinator, { member_count: 3, radius_m: 500 })),
      'GET /api/v1/neighbourhoods/n1/members': emptyPage,
      'GET /api/v1/neighbourhoods/n1/invitations': emptyPage,
      'GET /api/v1/neighbourhoods/n1/categories': () => json(200, []),
      'GET /api/v1/neighbourhoods/n1/issues': issuesRoute(() => []),
    });
    render(<App />);

    await screen.findByRole('heading', { level: 2, name: 'O sąsiedztwie' });
    screen.getByRole('heading', { name: 'Twoje członkostwo' });
    // 3 takes the "few" form of a masculine personal noun; 500 the "many" form.
    expect(screen.getAllByText('3 członków').length).toBeGreaterThan(0);
    screen.getByText(/^500 metrów wokół punktu/);
    expect(missingMessages).toEqual(new Set());
  });

  it('prints the leaflet in Polish', async () => {
    history.replaceState(null, '', '/neighbourhoods/n1/leaflet');
    URL.createObjectURL = vi.fn(() => 'blob:qr');
    fakeServer({
      ...signedIn,
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(coordinator)),
      'GET /api/v1/neighbourhoods/n1/leaflet/qr.svg': () =>
        new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', {
          headers: { 'Content-Type': 'image/svg+xml' },
        }),
    });
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Ulotka: Mill Lane' });
    const leaflet = screen.getByRole('article', { name: 'Mill Lane' });
    within(leaflet).getByRole('heading', { name: 'Co robimy razem' });
    within(leaflet).getByText('Każdy, kto mieszka lub pracuje w pobliżu, może dołączyć. To zajmuje minutę.');
    screen.getByRole('button', { name: 'Wydrukuj ulotkę' });
    expect(missingMessages).toEqual(new Set());
    Reflect.deleteProperty(URL, 'createObjectURL');
  });
});
