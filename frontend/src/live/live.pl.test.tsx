import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../app';
import { api } from '../api';
import { missingMessages } from '../i18n';
import { fakeServer } from '../test/fakeServer';
import { FakeWebSocket } from '../test/fakeWebSocket';
import { json } from '../test/http';
import { me, tokens } from '../test/issueFixtures';
import { everyTestIn } from '../test/locale';
import { signedInAt } from '../test/signedIn';

beforeEach(() => {
  api.client.clearTokens();
  signedInAt('/organisations');
});
everyTestIn('pl');

describe('the live indicator in Polish', () => {
  it('says in Polish whether live updates are on, with the hidden words completing the sentence', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () =>
        json(200, { ...me, time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
      'GET /api/v1/organisations': () => json(200, { items: [], next_cursor: null }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Instytucje' });
    const banner = screen.getByRole('banner');

    await waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    FakeWebSocket.last.serverSends({ type: 'ready', user_id: me.id });
    const shown = await within(banner).findByText('Na żywo');
    expect(shown.closest('.live-status')!.textContent).toBe('Na żywo: aktualizacje włączone');

    FakeWebSocket.last.serverCloses(1006);
    const reconnecting = await within(banner).findByText('Ponowne łączenie…');
    expect(reconnecting.closest('.live-status')!.textContent).toBe('Aktualizacje na żywo: Ponowne łączenie…');
    expect([...missingMessages]).toEqual([]);
  });
});
