import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { activeMember, coordinator, issue, me, neighbourhood, tokens } from '../../test/issueFixtures';
import type { Viewer } from '../../api';
import type { NeighbourhoodHours } from './api';
import type { Call } from '../../test/http';
import { chartSummary } from './HoursChart';
import { shapeHoursSeries } from './logic';
import { signedInAt } from '../../test/signedIn';
import { activateLocale, missingMessages } from '../../i18n';

beforeEach(() => signedInAt('/neighbourhoods/n1/hours'));
afterEach(cleanup);

const weekly: NeighbourhoodHours = {
  total_hours: 12.5,
  series: [
    { period_start: '2026-11-09', hours: 4.5 },
    { period_start: '2026-11-23', hours: 8 },
  ],
  tasks: [{ task_id: 't1', title: 'Litter pick', hours: 12.5 }],
  issues: [{ issue_id: 'i1', hours: 4 }],
};

const monthly: NeighbourhoodHours = { ...weekly, series: [{ period_start: '2026-11-01', hours: 12.5 }] };

function hoursServer(viewer: Viewer) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(viewer)),
    'GET /api/v1/neighbourhoods/n1/hours': (call: Call) =>
      json(200, new URL(call.url, 'http://x').searchParams.get('period') === 'month' ? monthly : weekly),
    'GET /api/v1/issues/i1': () => json(200, { ...issue(), address: 'Mill Lane 4' }),
  });
}

describe('hours page', () => {
  it('shows the total, a chart with a table, and totals per task and per problem', async () => {
    const { calls } = hoursServer(activeMember);
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Hours given in Mill Lane' });
    await screen.findByText('12.5 hours');
    const chart = screen.getByRole('img', { name: /Verified hours by week/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(3); // the empty week shows as a gap
    const table = screen.getByRole('table', { name: 'Verified hours by week' });
    expect(within(table).getByRole('rowheader', { name: 'Week of 16 Nov 2026' })).toBeTruthy();

    const byTask = screen.getByRole('region', { name: 'By task' });
    expect(within(byTask).getByRole('link', { name: 'Litter pick' }).getAttribute('href')).toBe('/tasks/t1');
    const byIssue = screen.getByRole('region', { name: 'By reported problem' });
    const issueLink = await within(byIssue).findByRole('link', { name: 'Pothole, Mill Lane 4' });
    expect(issueLink.getAttribute('href')).toBe('/issues/i1');
    // Never per person: members get no download.
    expect(screen.queryByRole('link', { name: 'Download CSV' })).toBeNull();
    expect(calls.some((c) => c.url.includes('/hours/people'))).toBe(false);
  });

  it('switches to months, keeping the choice in the URL', async () => {
    const { calls } = hoursServer(activeMember);
    render(<App />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Month' }));
    await screen.findByRole('img', { name: /Verified hours by month/ });
    expect(location.search).toBe('?period=month');
    expect(calls.filter((c) => c.url.includes('/hours?')).map((c) => c.url)).toEqual([
      '/api/v1/neighbourhoods/n1/hours?period=week',
      '/api/v1/neighbourhoods/n1/hours?period=month',
    ]);
  });

  it('lets coordinators download everyone’s hours as CSV, fetched with the bearer token', async () => {
    const { routes, calls } = hoursServer(coordinator);
    routes['GET /api/v1/neighbourhoods/n1/hours/people'] = () =>
      new Response('user_id,display_name,hours,tasks\n', { headers: { 'Content-Type': 'text/csv' } });
    URL.createObjectURL = vi.fn(() => 'blob:csv');
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<App />);

    const link = await screen.findByRole('link', { name: 'Download CSV' });
    expect(link.getAttribute('href')).toBe('/api/v1/neighbourhoods/n1/hours/people?format=csv');
    fireEvent.click(link);
    await screen.findByText('The CSV file is downloaded.');
    const call = calls.find((c) => c.url.includes('/hours/people'))!;
    expect(call.url).toBe('/api/v1/neighbourhoods/n1/hours/people?format=csv');
    expect(call.authorization).toBe('Bearer a1');
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect((clicked.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('hours-mill-lane.csv');
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('summarises the chart in a sentence', () => {
    expect(chartSummary(shapeHoursSeries(weekly.series, 'week'), 'week')).toBe(
      '12.5 hours over 3 weeks; the most in the week of 23 Nov 2026: 8 hours.',
    );
    expect(chartSummary(shapeHoursSeries([], 'month'), 'month')).toBe('No verified hours yet.');
  });
});

describe('hours page in Polish', () => {
  afterEach(() => activateLocale('en'));

  it('words the page, its plurals and numbers in Polish, with no message missing', async () => {
    missingMessages.clear();
    await activateLocale('pl');
    hoursServer(activeMember);
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Godziny pomocy: Mill Lane' });
    // 12.5 is a fraction: Polish says "godziny", with a decimal comma.
    await screen.findByText('12,5 godziny');
    expect(screen.getByRole('heading', { level: 2, name: 'Według zadań' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Potwierdzone godziny według tygodni/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Miesiąc' })).toBeTruthy();
    expect(chartSummary(shapeHoursSeries(weekly.series, 'week'), 'week')).toBe(
      'Razem 12,5 godziny w ciągu 3 tygodni; najwięcej w tygodniu od 23 lis 2026: 8 godzin.',
    );
    expect(shapeHoursSeries([{ period_start: '2026-11-23', hours: 2 }], 'week').bars[0]!.fullLabel).toBe(
      'Tydzień od 23 lis 2026',
    );
    expect([...missingMessages]).toEqual([]);
  });
});
