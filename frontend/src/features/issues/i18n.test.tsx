import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { activeMember, issueDetail, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { signedInAt } from '../../test/signedIn';
import { everyTestIn } from '../../test/locale';
import { missingMessages } from '../../i18n';

beforeEach(() => {
  signedInAt('/issues/i1');
});
everyTestIn('pl');

describe('the issue page in Polish', () => {
  it('words its headings, statuses and counts in Polish, with no message missing', async () => {
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
      'GET /api/v1/issues/i1': () => json(200, issueDetail({ supporters_count: 3, reports_count: 5 })),
      'GET /api/v1/issues/i1/discussion': () => json(200, { thread: null, can_post: false }),
      'GET /api/v1/neighbourhoods/n1/issues/nearby': () => json(200, []),
    });
    render(<App />);

    // What people wrote (the category's name) stays as written; the page's own words are Polish.
    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Szczegóły' })).toBeTruthy();
    // Polish plurals: 3 is "few" (sąsiadów), 5 is "many" (zgłoszeń).
    const support = await screen.findByRole('region', { name: '3 sąsiadów ma ten problem' });
    expect(await within(support).findByRole('button', { name: 'Mnie też to dotyczy' })).toBeTruthy();
    expect(screen.getByText('5 zgłoszeń')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Zgłoszenia (5)' })).toBeTruthy();
    expect(screen.getAllByText('Otwarta').length).toBeGreaterThan(0);
    expect([...missingMessages]).toEqual([]);
  });
});
