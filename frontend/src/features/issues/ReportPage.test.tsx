import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/neighbourhoods/n1/report'));
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

describe('the category’s questions', () => {
  const pothole = {
    ...categories[0],
    attributes: [
      {
        code: 'where',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Where is it?',
        values: [
          { key: 'road', name: 'Road' },
          { key: 'cycle-lane', name: 'Cycle lane' },
        ],
      },
      { code: 'depth', datatype: 'number', description: 'How deep, in cm?', order: 1 },
      {
        code: 'hazards',
        datatype: 'multivaluelist',
        description: 'Anything else there?',
        order: 2,
        values: [
          { key: 'water', name: 'Standing water' },
          { key: 'glass', name: 'Broken glass' },
        ],
      },
    ],
  };

  it('asks them in the form, checks them as the server does, and sends the answers', async () => {
    const { calls, routes } = reportServer([]);
    routes['GET /api/v1/neighbourhoods/n1/categories'] = () => json(200, [pothole, categories[1]]);
    render(<App />);
    await fillReport();

    const where = await screen.findByRole('group', { name: 'Where is it?' });
    expect(
      within(where)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['road', 'cycle-lane']);
    fireEvent.input(screen.getByLabelText('How deep, in cm? (optional)'), { target: { value: 'deep' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Answer “Where is it?”.');
    expect(alert.textContent).toContain('Enter a number for “How deep, in cm?”.');
    expect(calls.some((c) => c.url.includes('/reports'))).toBe(false);

    fireEvent.click(within(where).getByLabelText('Cycle lane'));
    fireEvent.input(screen.getByLabelText('How deep, in cm? (optional)'), { target: { value: '7,5' } });
    fireEvent.click(screen.getByLabelText('Broken glass'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    const sent = calls.find((c) => c.method === 'POST' && c.url.endsWith('/reports'));
    expect((sent?.body as { answers: unknown }).answers).toEqual({
      where: 'cycle-lane',
      depth: 7.5,
      hazards: ['glass'],
    });
  });

  it('shows the server’s answer errors at the question, and another category asks nothing', async () => {
    const { routes } = reportServer([], () =>
      problem(422, 'Invalid input', { errors: { 'answers.where': ['must be one of the choices'] } }),
    );
    routes['GET /api/v1/neighbourhoods/n1/categories'] = () => json(200, [pothole, categories[1]]);
    render(<App />);
    await fillReport();
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'Where is it?' })).getByLabelText('Road'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(document.getElementById('field-answers.where-error')?.textContent).toContain(
        'must be one of the choices',
      ),
    );
    fireEvent.change(screen.getByLabelText('What kind of problem is it?'), { target: { value: 'c2' } });
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Where is it?' })).toBeNull());
  });
});

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
      answers: {},
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

    const picked = screen.getByRole('list', { name: 'Photos to send' });
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']) {
      fireEvent.click(within(picked).getByRole('button', { name: `Remove ${name}` }));
    }
    choose([jpeg('big.jpg', 8 * 1024 * 1024 + 1)]);
    await waitFor(() =>
      expect(document.getElementById('field-photos-error')?.textContent).toContain('big.jpg is too large'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(calls.some((c) => c.url.includes('/reports') || c.url.includes('/nearby'))).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Remove big.jpg' }));
    choose([jpeg('ok.jpg')]);
    await waitFor(() => expect(document.getElementById('field-photos-error')).toBeNull());
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('adds a second pick of photos to the first, each listed with its own remove button', async () => {
    reportServer([]);
    render(<App />);
    await fillReport();
    choose([jpeg('first.jpg')]);
    choose([jpeg('second.jpg')]);
    const picked = await screen.findByRole('list', { name: 'Photos to send' });
    expect(
      within(picked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('first.jpg'), expect.stringContaining('second.jpg')]);
    fireEvent.click(within(picked).getByRole('button', { name: 'Remove first.jpg' }));
    await waitFor(() => expect(within(picked).getAllByRole('listitem')).toHaveLength(1));
    expect(picked.textContent).toContain('second.jpg');
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

describe('reporting by address', () => {
  const millLane3 = { label: '3 Mill Lane', kind: 'address', lat: 51.45601, lon: -2.58601 };

  it('places the report at the address picked, offers nearby issues there and joins one', async () => {
    const { calls, routes } = reportServer([{ ...issue({ place: 'outside 3 Mill Lane' }), distance_m: 3 }]);
    routes['GET /api/v1/places/search'] = () =>
      json(200, { matches: [millLane3], attribution: ['© OpenStreetMap contributors'] });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Report a problem in Mill Lane' });
    fireEvent.change(await screen.findByLabelText('What kind of problem is it?'), {
      target: { value: 'c1' },
    });
    fireEvent.input(screen.getByLabelText('Describe the problem'), { target: { value: 'Lamp out' } });
    const box = screen.getByRole('combobox', { name: 'Address or landmark' });
    fireEvent.input(box, { target: { value: '3 mill' } });
    await screen.findByRole('option', { name: '3 Mill Lane' });
    expect(calls.find((c) => c.url.startsWith('/api/v1/places/search'))?.url).toBe(
      '/api/v1/places/search?q=3+mill&near=51.4545%2C-2.5879&limit=6',
    );
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toBe('51.45601');

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const step = await screen.findByRole('region', { name: 'Is it one of these?' });
    expect(step.textContent).toContain('outside 3 Mill Lane');
    fireEvent.click(within(step).getByRole('button', { name: /Add my report to this/ }));
    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/reports'))?.body).toMatchObject({
      location: { lat: 51.45601, lon: -2.58601 },
      address: '3 Mill Lane',
      issue_id: 'i1',
    });
  });

  it('sends an address nobody could pick as typed, and tells the resident its place was not found', async () => {
    const unplaced = { place: null, place_not_found: true, location: null, address: '99 Nowhere Row' };
    const { calls, routes } = reportServer([], () =>
      json(201, { report_id: 'r9', pooled: false, issue: issue(unplaced) }),
    );
    routes['GET /api/v1/places/search'] = () => json(200, { matches: [], attribution: [] });
    routes['GET /api/v1/issues/i1'] = () => json(200, issueDetail(unplaced));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Report a problem in Mill Lane' });
    fireEvent.change(await screen.findByLabelText('What kind of problem is it?'), {
      target: { value: 'c1' },
    });
    fireEvent.input(screen.getByLabelText('Describe the problem'), { target: { value: 'Lamp out' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Address or landmark' }), {
      target: { value: '99 Nowhere Row' },
    });
    await screen.findByText(/No places match/);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    const sent = calls.find((c) => c.method === 'POST' && c.url.endsWith('/reports'))?.body;
    expect(sent).toMatchObject({ address: '99 Nowhere Row' });
    expect(sent).not.toHaveProperty('location');
    expect(location.search).toContain('place=not_found');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'We could not find “99 Nowhere Row” on the map',
    );
    expect(screen.getAllByText('Place not found').length).toBeGreaterThan(0);
  });
});
