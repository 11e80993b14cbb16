import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { missingMessages } from '../../i18n';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { clientConfig, issue, me, tokens } from '../../test/issueFixtures';
import type { DashboardSummary } from './api';
import { everyTestIn } from '../../test/locale';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => {
  signedInAt('/organisations/o1/dashboard');
});
everyTestIn('pl');

const summary: DashboardSummary = {
  organisation_id: 'o1',
  generated_at: '2026-11-29T10:00:00Z',
  period: { days: 30, from: '2026-10-30T10:00:00Z' },
  neighbourhoods: [
    { id: 'n1', name: 'Młyńska' },
    { id: 'n2', name: 'Lipowa' },
  ],
  categories: [{ id: 'c1', code: 'pothole', name: 'Dziura w jezdni' }],
  seqs: { 'neighbourhood:n1': 10 },
  open: { open: 2, acknowledged: 1, in_progress: 1, total: 4 },
  open_by_category: [
    {
      category: { id: 'c1', code: 'pothole', name: 'Dziura w jezdni' },
      open: { open: 2, acknowledged: 1, in_progress: 1, total: 4 },
      past_target: 2,
    },
  ],
  new_today: 1,
  new_this_week: 3,
  time_to_acknowledge: { count: 4, median_seconds: 4 * 3600, p90_seconds: 35.4 * 3600 },
  time_to_resolve: { count: 2, median_seconds: 3 * 86400, p90_seconds: 5 * 86400 },
  past_target: 2,
  top_issues: [issue({ id: 'i1', impact_score: 25.86 })],
  pooling: { issues: 6, reports: 8, supporters: 8, duplicate_work_saved: 2 },
  tasks: { open: 1, staffed: 1, done: 1, verified_hours_this_week: 2.5 },
  members_online: 3,
  trend: [
    { date: '2026-11-28', created: 2, resolved: 1 },
    { date: '2026-11-29', created: 3, resolved: 0 },
  ],
  map: { type: 'FeatureCollection', features: [], truncated: false },
};

describe('dashboard page in Polish', () => {
  it('words the figures in Polish, with Polish plural forms and every message in the catalogue', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, { ...me, locale: 'pl' }),
      'GET /api/v1/client-config': () => json(200, clientConfig),
      'GET /api/v1/organisations/o1/dashboard': () => json(200, summary),
    });
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Pulpit' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Otwarte sprawy według kategorii' }),
    ).toBeTruthy();
    const open = screen.getByRole('group', { name: 'Otwarte sprawy' });
    expect(within(open).getByText('2 nowe, 1 przyjęta, 1 w toku')).toBeTruthy();
    // Decimals in the Polish form, and plurals: 8 zgłoszeń ("many"), 6 spraw ("many"), 5 nowych spraw.
    expect(
      within(screen.getByRole('group', { name: 'Czas do przyjęcia' })).getByText('4,0 godz.'),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'Czas do rozwiązania' })).getByText('3,0 dni'),
    ).toBeTruthy();
    expect(screen.getByText('8 zgłoszeń połączonych w 6 spraw')).toBeTruthy();
    expect(screen.getByRole('img', { name: /5 nowych spraw i 1 rozwiązanie w 30 dni/ })).toBeTruthy();
    expect(screen.getByText(/Dane z 2 sąsiedztw; czasy reakcji/)).toBeTruthy();
    expect([...missingMessages]).toEqual([]);
  });
});
