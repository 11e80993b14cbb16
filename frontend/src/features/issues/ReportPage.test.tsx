import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json, problem } from '../../test/http';
import {
  activeMember,
  categories,
  issue,
  issueDetail,
  me,
  neighbourhood,
  tokens,
} from '../../test/issueFixtures';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1');
  history.replaceState(null, '', '/neighbourhoods/n1/report');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(cleanup);

/** A member's report page; `nearby` is what the suggestions endpoint answers. */
function reportServer(
  nearby: unknown[],
  reportAnswer = () => json(201, { report_id: 'r9', pooled: true, issue: issue() }),
) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
    'GET /api/v1/neighbourhoods/n1/categories': () => json(200, categories),
    'GET /api/v1/neighbourhoods/n1/issues/nearby': () => json(200, nearby),
    'POST /api/v1/neighbourhoods/n1/reports': reportAnswer,
    'GET /api/v1/issues/i1': () =>
      json(200, issueDetail({ supporters_count: 2, reports_count: 2, supported_by_me: true })),
  });
}

async function fillReport() {
  await screen.findByRole('heading', { level: 1, name: 'Report a problem in Mill Lane' });
  fireEvent.change(await screen.findByLabelText('What kind of problem is it?'), { target: { value: 'c1' } });
  fireEvent.input(screen.getByLabelText('Latitude'), { target: { value: '51.456' } });
  fireEvent.input(screen.getByLabelText('Longitude'), { target: { value: '-2.586' } });
  fireEvent.input(screen.getByLabelText('Describe the problem'), {
    target: { value: 'Deep hole by the kerb' },
  });
}

describe('report flow', () => {
  it('counts characters, keeps the name private by default and checks the fields', async () => {
    const { calls } = reportServer([]);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Report a problem in Mill Lane' });
    expect(
      (screen.getByLabelText('Show my name publicly with this report') as HTMLInputElement).checked,
    ).toBe(false);
    fireEvent.input(screen.getByLabelText('Describe the problem'), { target: { value: 'Hole' } });
    expect(screen.getByText('4 of 4000 characters')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('What kind of problem is it?');
    expect(calls.some((c) => c.url.includes('/reports') || c.url.includes('/nearby'))).toBe(false);
  });

  it('offers nearby issues and adds the report to the one picked', async () => {
    const { calls } = reportServer([{ ...issue({ supporters_count: 1 }), distance_m: 24 }]);
    render(<App />);
    await fillReport();

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const step = await screen.findByRole('region', { name: 'Is it one of these?' });
    const stepHeading = within(step).getByRole('heading', { name: 'Is it one of these?' });
    await waitFor(() => expect(document.activeElement).toBe(stepHeading));
    expect(step.textContent).toContain('Pothole');
    expect(step.textContent).toContain('20 m away');
    expect(step.textContent).toContain('1 neighbour affected');
    expect(calls.find((c) => c.url.includes('/nearby'))?.url).toBe(
      '/api/v1/neighbourhoods/n1/issues/nearby?lat=51.456&lon=-2.586&category=c1',
    );

    fireEvent.click(within(step).getByRole('button', { name: 'Add my report to this (Pothole, 20 m away)' }));

    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    expect(screen.getByText(/you’re one of 2 neighbours reporting this/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/reports'))?.body).toEqual({
      category_id: 'c1',
      location: { lat: 51.456, lon: -2.586 },
      description: 'Deep hole by the kerb',
      show_name: false,
      issue_id: 'i1',
    });
  });

  it('sends a report without an issue when it is something else', async () => {
    const { calls } = reportServer([{ ...issue(), distance_m: 120 }], () =>
      json(201, { report_id: 'r9', pooled: false, issue: issue() }),
    );
    render(<App />);
    await fillReport();
    fireEvent.click(screen.getByLabelText('Show my name publicly with this report'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    fireEvent.click(await screen.findByRole('button', { name: 'It’s something else' }));

    await screen.findByText(/started a new shared issue/);
    const sent = calls.find((c) => c.method === 'POST' && c.url.endsWith('/reports'))?.body;
    expect(sent).toMatchObject({ show_name: true });
    expect(sent).not.toHaveProperty('issue_id');
  });

  it('goes straight on when nothing is nearby, and shows the server’s field errors', async () => {
    reportServer([], () =>
      problem(422, 'Invalid input', { errors: { location: ['must be inside the neighbourhood'] } }),
    );
    render(<App />);
    await fillReport();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('alert');
    expect(screen.queryByRole('region', { name: 'Is it one of these?' })).toBeNull();
    const latitude = screen.getByLabelText('Latitude');
    expect(latitude.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(latitude.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent,
    ).toContain('must be inside the neighbourhood');
  });
});

describe('photos with a report', () => {
  const jpeg = (name: string, size = 10) => new File([new Uint8Array(size)], name, { type: 'image/jpeg' });
  const choose = (files: File[]) =>
    fireEvent.change(screen.getByLabelText('Photos (up to 3)'), { target: { files } });

  it('checks the count and size before sending anything', async () => {
    const { calls } = reportServer([]);
    render(<App />);
    await fillReport();
    const input = screen.getByLabelText('Photos (up to 3)');
    expect(input.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp');
    expect(input.hasAttribute('multiple')).toBe(true);

    choose([jpeg('a.jpg'), jpeg('b.jpg'), jpeg('c.jpg'), jpeg('d.jpg')]);
    await screen.findByText('Choose at most 3 photos; you chose 4.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Photos (up to 3)');

    choose([jpeg('big.jpg', 8 * 1024 * 1024 + 1)]);
    await waitFor(() =>
      expect(document.getElementById('field-photos-error')?.textContent).toContain('big.jpg is too large'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(calls.some((c) => c.url.includes('/reports') || c.url.includes('/nearby'))).toBe(false);

    choose([jpeg('ok.jpg')]);
    await waitFor(() => expect(document.getElementById('field-photos-error')).toBeNull());
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('uploads the photos one by one after the report, then goes to the issue', async () => {
    const { calls, routes } = reportServer([]);
    const uploads: { authorization: string | null }[] = [];
    routes['POST /api/v1/reports/r9/photos'] = (call) => {
      uploads.push({ authorization: call.authorization });
      return json(201, {
        id: `p${uploads.length}`,
        url: `/api/v1/photos/p${uploads.length}`,
        thumbnail_url: `/api/v1/photos/p${uploads.length}/thumbnail`,
        width: 10,
        height: 10,
      });
    };
    render(<App />);
    await fillReport();
    choose([jpeg('a.jpg'), jpeg('b.jpg')]);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    expect(uploads).toEqual([{ authorization: 'Bearer a1' }, { authorization: 'Bearer a1' }]);
    const order = calls.map((c) => `${c.method} ${c.url}`).filter((c) => c.startsWith('POST'));
    expect(order.slice(-3)).toEqual([
      'POST /api/v1/neighbourhoods/n1/reports',
      'POST /api/v1/reports/r9/photos',
      'POST /api/v1/reports/r9/photos',
    ]);
    expect(location.search).toBe('?reported=joined');
    expect(screen.queryByText(/could not be added/)).toBeNull();
  });

  it('still goes to the issue when a photo fails, saying which', async () => {
    const { routes } = reportServer([]);
    let n = 0;
    routes['POST /api/v1/reports/r9/photos'] = () =>
      ++n === 2
        ? problem(422, 'Unprocessable', { detail: 'That is not an image.' })
        : json(201, { id: 'p1', url: '/api/v1/photos/p1', thumbnail_url: '/x', width: 1, height: 1 });
    render(<App />);
    await fillReport();
    choose([jpeg('a.jpg'), jpeg('b.jpg')]);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    expect(location.search).toBe('?reported=joined&photos_failed=1');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your report was sent, but 1 photo could not be added: b.jpg (it is not a JPEG, PNG or WebP image).',
    );
  });
});
