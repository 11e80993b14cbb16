import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { activeMember, clientConfig, coordinator, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { joiningWords, neighbourhoodAddress } from './LeafletPage';

const signedIn = {
  'GET /api/v1/client-config': () => json(200, clientConfig),
  'POST /api/v1/auth/refresh': () => json(200, tokens),
  'GET /api/v1/me': () => json(200, me),
};
const qrSvg = () =>
  new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'Content-Type': 'image/svg+xml' } });

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1');
  history.replaceState(null, '', '/neighbourhoods/n1/leaflet');
  URL.createObjectURL = vi.fn(() => 'blob:qr');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('leaflet page', () => {
  it('shows a coordinator the leaflet with the QR code fetched with the token, and prints the typed contact', async () => {
    const { calls } = fakeServer({
      ...signedIn,
      'GET /api/v1/neighbourhoods/n1': () =>
        json(200, neighbourhood(coordinator, { description: 'Canal towpath and the lock gates.' })),
      'GET /api/v1/neighbourhoods/n1/leaflet/qr.svg': qrSvg,
    });
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'A leaflet for Mill Lane' });
    const leaflet = screen.getByRole('article', { name: 'Mill Lane' });
    // The site's public address from the client configuration, not the page's own origin.
    const address = 'https://commonground.example/neighbourhoods/n1';
    expect(window.location.origin).not.toBe('https://commonground.example');
    const qr = await within(leaflet).findByRole('img', { name: `QR code for ${address}` });
    expect(qr.getAttribute('src')).toBe('blob:qr');
    const fetched = calls.find((c) => c.url.endsWith('/neighbourhoods/n1/leaflet/qr.svg'));
    expect(fetched?.authorization).toBe('Bearer a1');
    within(leaflet).getByText(address);
    within(leaflet).getByText('Canal towpath and the lock gates.');
    within(leaflet).getByText('Anyone who lives or works nearby can join: it takes a minute.');
    // No contact typed, no contact section printed.
    expect(within(leaflet).queryByRole('heading', { name: 'No internet? Ask us' })).toBeNull();

    const contact = screen.getByRole('textbox', { name: 'Contact to print (optional)' });
    expect(contact.getAttribute('maxlength')).toBe('120');
    fireEvent.input(contact, { target: { value: '  Rosa, 07700 900123  ' } });
    within(leaflet).getByRole('heading', { name: 'No internet? Ask us' });
    within(leaflet).getByText('Rosa, 07700 900123');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'Print the leaflet' }));
    expect(print).toHaveBeenCalledOnce();
    // Nothing typed here is sent anywhere (the account's time zone, which the language support
    // records on sign-in, is the only write).
    const writes = calls.filter((c) => c.method !== 'GET' && !c.url.endsWith('/auth/refresh'));
    expect(writes.filter((c) => !(c.url === '/api/v1/me' && c.method === 'PATCH'))).toEqual([]);
    expect(JSON.stringify(writes)).not.toContain('Rosa');
  });

  it('says so when the QR code cannot be loaded', async () => {
    fakeServer({
      ...signedIn,
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(coordinator)),
      'GET /api/v1/neighbourhoods/n1/leaflet/qr.svg': () =>
        json(503, { type: 'https://x/unavailable', title: 'Service unavailable', status: 503 }),
    });
    render(<App />);
    await screen.findByText('The QR code could not be loaded. Reload the page to try again.');
  });

  it('tells a member who does not run the neighbourhood that coordinators print it, and asks for no QR code', async () => {
    const { calls } = fakeServer({
      ...signedIn,
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
    });
    render(<App />);
    await screen.findByText('Only the neighbourhood’s coordinators print its leaflet.');
    expect(screen.queryByRole('article')).toBeNull();
    expect(calls.some((c) => c.url.includes('/leaflet/'))).toBe(false);
  });

  it('warns the coordinator of a private neighbourhood, whose page outsiders cannot open', async () => {
    fakeServer({
      ...signedIn,
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(coordinator, { visibility: 'private' })),
      'GET /api/v1/neighbourhoods/n1/leaflet/qr.svg': qrSvg,
    });
    render(<App />);
    await screen.findByText(
      /Mill Lane is private: people who scan the code see it only once they are invited/,
    );
    within(screen.getByRole('article')).getByText(
      'The group is private: get in touch and we will invite you.',
    );
  });
});

describe('leaflet words', () => {
  it('say how joining works for each policy', () => {
    expect(joiningWords({ join_policy: 'approval', visibility: 'public' })).toBe(
      'Ask to join, and one of us will welcome you in.',
    );
    expect(joiningWords({ join_policy: 'open', visibility: 'private' })).toMatch(/private/);
  });

  it('write the address with one slash between site and path', () => {
    expect(neighbourhoodAddress('https://cg.example/', 'n1')).toBe('https://cg.example/neighbourhoods/n1');
  });
});
