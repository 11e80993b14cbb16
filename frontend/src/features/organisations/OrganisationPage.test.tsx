import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { api } from '../../api';
import type { ApiKey, IssuedApiKey, ManagedCategory, Organisation, Staff } from './api';
import { fakeServer } from '../../test/fakeServer';
import { json, problem } from '../../test/http';
import { me as member, tokens } from '../../test/issueFixtures';

// Ada is on Riverside Council's staff, so she may manage it. Her account already has this device's
// time zone, so the page sends no PATCH /me of its own (the tests count the calls that change things).
const me = {
  ...member,
  time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  organisations: [{ id: 'o1', name: 'Riverside Council' }],
};

const organisation: Organisation = {
  id: 'o1',
  name: 'Riverside Council',
  description: 'Roads, parks and bins for the riverside wards.',
  created_at: '2025-01-01T00:00:00Z',
  neighbourhoods: [{ id: 'n1', name: 'Mill Lane' }],
};

const ada: Staff = {
  user_id: 'ada',
  display_name: 'Ada',
  email: 'ada@example.org',
  added_at: '2025-02-01T00:00:00Z',
};

const pothole: ManagedCategory = {
  id: 'c1',
  organisation_id: 'o1',
  code: 'pothole',
  name: 'Pothole',
  description: 'Holes in the road.',
  group: 'Roads',
  keywords: ['road', 'hole'],
  target_days: 10,
  attributes: [
    {
      code: 'depth',
      datatype: 'number',
      required: true,
      description: 'How deep is it, in cm?',
      order: 1,
      values: [],
    },
  ],
};

const activeKey: ApiKey = {
  id: 'k1',
  name: 'FixMyStreet',
  prefix: 'cg311_AbCdEf',
  created_at: '2025-03-01T00:00:00Z',
  last_used_at: '2025-03-04T00:00:00Z',
  revoked_at: null,
};

const SECRET = 'cg311_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

const page = <T,>(items: T[]) => json(200, { items, next_cursor: null });
const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });

interface State {
  categories: ManagedCategory[];
  keys: ApiKey[];
}

/** The backend as the organisation's staff see it; `state` is what it holds. */
function staffServer(state: State = { categories: [pothole], keys: [] }) {
  const server = fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/organisations': () => page([organisation]),
    'GET /api/v1/organisations/o1': () => json(200, organisation),
    'GET /api/v1/organisations/o1/staff': () => page([ada]),
    'GET /api/v1/organisations/o1/categories': () => json(200, state.categories),
    'GET /api/v1/organisations/o1/api-keys': () => json(200, state.keys),
  });
  return { state, ...server };
}

/** The same organisation, for someone who is not on its staff: the server answers 403. */
function outsiderServer() {
  const forbidden = () =>
    problem(403, 'Forbidden', { detail: 'You are not on the staff of this organisation.' });
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, { ...me, organisations: [] }),
    'GET /api/v1/organisations/o1': () => json(200, organisation),
    'GET /api/v1/organisations/o1/staff': forbidden,
    'GET /api/v1/organisations/o1/api-keys': forbidden,
    'GET /api/v1/organisations/o1/categories': () => json(200, [pothole]),
  });
}

async function openPage() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Riverside Council' });
}

const categories = () => screen.getByRole('region', { name: 'Categories' });
const apiKeys = () => screen.getByRole('region', { name: 'Open311 API keys' });

beforeEach(() => {
  api.client.clearTokens();
  localStorage.clear();
  sessionStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1'); // signed in before the reload
  history.replaceState(null, '', '/organisations/o1');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {}); // the router scrolls on navigation
});
afterEach(() => {
  cleanup();
  delete (navigator as { clipboard?: unknown }).clipboard;
});

describe('organisation page, for its staff', () => {
  it('shows the organisation, the neighbourhoods it serves, its staff and its categories', async () => {
    staffServer();
    await openPage();

    const served = screen.getByRole('region', { name: 'Neighbourhoods served' });
    expect(within(served).getByRole('link', { name: 'Mill Lane' }).getAttribute('href')).toBe(
      '/neighbourhoods/n1',
    );
    const staff = await screen.findByRole('region', { name: 'Staff' });
    expect(staff.textContent).toContain('Ada (you)');
    expect(within(staff).getByRole('link', { name: 'ada@example.org' })).toBeTruthy();
    const pot = await within(categories()).findByRole('heading', { name: 'Pothole' });
    const card = pot.closest('li')!;
    expect(card.textContent).toContain('Aims to resolve within 10 days');
    expect(card.textContent).toContain('How deep is it, in cm? (Number, required)');
    expect(within(card).getByRole('button', { name: 'Edit (Pothole)' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Managing this organisation' })).toBeNull();
  });

  it('creates a category with a list question', async () => {
    const { state, routes, calls } = staffServer();
    routes['POST /api/v1/organisations/o1/categories'] = (call) => {
      const created: ManagedCategory = {
        id: 'c2',
        organisation_id: 'o1',
        description: '',
        group: '',
        keywords: [],
        target_days: null,
        attributes: [],
        ...(call.body as Pick<ManagedCategory, 'code' | 'name'>),
      };
      state.categories = [...state.categories, created];
      return json(201, created);
    };
    await openPage();

    fireEvent.click(await within(categories()).findByRole('button', { name: 'Add a category' }));
    const form = screen.getByRole('form', { name: 'New category' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'New category' }));
    type(within(form).getByRole('textbox', { name: 'Code' }), ' Streetlight ');
    type(within(form).getByRole('textbox', { name: 'Name' }), 'Street light out');
    type(within(form).getByRole('textbox', { name: 'Group (optional)' }), 'Lighting');
    type(within(form).getByRole('textbox', { name: 'Target days to resolve (optional)' }), '5');
    type(within(form).getByRole('textbox', { name: 'Keywords (optional)' }), 'lamp, dark, ');

    fireEvent.click(within(form).getByRole('button', { name: 'Add a question' }));
    const question = within(form).getByRole('group', { name: 'Question 1' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(question).getByRole('textbox', { name: 'Question' })),
    );
    type(within(question).getByRole('textbox', { name: 'Question' }), 'What is wrong with it?');
    type(within(question).getByRole('textbox', { name: 'Code' }), 'fault');
    fireEvent.change(within(question).getByRole('combobox', { name: 'Answer type' }), {
      target: { value: 'singlevaluelist' },
    });
    fireEvent.click(within(question).getByRole('checkbox', { name: 'Reporters must answer it' }));
    // A list starts with one empty choice; add a second.
    type(within(question).getByRole('textbox', { name: 'Choice 1 key' }), 'dark');
    type(within(question).getByRole('textbox', { name: 'Choice 1 name' }), 'Not lit at all');
    fireEvent.click(within(question).getByRole('button', { name: 'Add a choice to question 1' }));
    type(await within(question).findByRole('textbox', { name: 'Choice 2 key' }), 'flicker');
    type(within(question).getByRole('textbox', { name: 'Choice 2 name' }), 'Flickering');
    fireEvent.click(within(form).getByRole('button', { name: 'Add category' }));

    await screen.findByText('Added the category “Street light out”.');
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/categories'))?.body).toEqual({
      code: 'streetlight',
      name: 'Street light out',
      group: 'Lighting',
      keywords: ['lamp', 'dark'],
      target_days: 5,
      attributes: [
        {
          code: 'fault',
          datatype: 'singlevaluelist',
          required: true,
          description: 'What is wrong with it?',
          order: 1,
          values: [
            { key: 'dark', name: 'Not lit at all' },
            { key: 'flicker', name: 'Flickering' },
          ],
        },
      ],
    });
    const created = await within(categories()).findByRole('heading', { name: 'Street light out' });
    expect(created.closest('li')!.textContent).toContain(
      'What is wrong with it? (One choice from a list, required): Not lit at all, Flickering',
    );
    expect(screen.queryByRole('form', { name: 'New category' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a category' })),
    );
  });

  it('edits a category: the code stays, an emptied target is cleared', async () => {
    const { state, routes, calls } = staffServer();
    routes['PATCH /api/v1/categories/c1'] = (call) => {
      const updated = { ...pothole, ...(call.body as object) };
      state.categories = [updated];
      return json(200, updated);
    };
    await openPage();

    fireEvent.click(await within(categories()).findByRole('button', { name: 'Edit (Pothole)' }));
    const form = screen.getByRole('form', { name: 'Edit “Pothole”' });
    expect(form.textContent).toContain('Code pothole');
    expect(within(form).getAllByRole('textbox', { name: 'Code' })).toHaveLength(1); // the question's
    const name = within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(name.value).toBe('Pothole');
    type(name, 'Pothole or sunken road');
    type(within(form).getByRole('textbox', { name: 'Target days to resolve (optional)' }), '');
    const question = within(form).getByRole('group', { name: 'Question 1' });
    expect((within(question).getByRole('textbox', { name: 'Code' }) as HTMLInputElement).value).toBe('depth');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved the changes to “Pothole or sunken road”.');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      name: 'Pothole or sunken road',
      description: 'Holes in the road.',
      group: 'Roads',
      keywords: ['road', 'hole'],
      target_days: null,
      attributes: pothole.attributes,
    });
    const edited = await within(categories()).findByRole('heading', { name: 'Pothole or sunken road' });
    expect(edited.closest('li')!.textContent).toContain('No target time');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Edit (Pothole or sunken road)' }),
      ),
    );
  });

  it('shows the server’s 422 field errors beside the fields', async () => {
    const { routes } = staffServer();
    routes['POST /api/v1/organisations/o1/categories'] = () =>
      problem(422, 'Validation failed', {
        errors: {
          name: ['must be 2 to 80 characters of plain text'],
          attributes: ['question "lane" is a list and needs values'],
        },
      });
    await openPage();

    fireEvent.click(await within(categories()).findByRole('button', { name: 'Add a category' }));
    const form = screen.getByRole('form', { name: 'New category' });
    type(within(form).getByRole('textbox', { name: 'Code' }), 'lane');
    type(within(form).getByRole('textbox', { name: 'Name' }), 'Lane blocked');
    fireEvent.click(within(form).getByRole('button', { name: 'Add category' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('There is a problem');
    expect(
      within(alert).getByRole('link', { name: 'Name: must be 2 to 80 characters of plain text' }),
    ).toBeTruthy();
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const described = name
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((el) => el?.textContent).join(' ')).toContain(
      'must be 2 to 80 characters of plain text',
    );
    const questions = within(form).getByRole('group', { name: 'Extra questions (optional)' });
    expect(questions.textContent).toContain('question "lane" is a list and needs values');
    expect((within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      'Lane blocked',
    );
  });

  it('shows a taken code beside the code field', async () => {
    const { routes } = staffServer();
    routes['POST /api/v1/organisations/o1/categories'] = () =>
      problem(409, 'Conflict', { detail: 'This organisation already has a category with that code.' });
    await openPage();

    fireEvent.click(await within(categories()).findByRole('button', { name: 'Add a category' }));
    const form = screen.getByRole('form', { name: 'New category' });
    type(within(form).getByRole('textbox', { name: 'Code' }), 'pothole');
    type(within(form).getByRole('textbox', { name: 'Name' }), 'Another pothole');
    fireEvent.click(within(form).getByRole('button', { name: 'Add category' }));

    await within(form).findByRole('alert');
    expect(within(form).getByRole('textbox', { name: 'Code' }).getAttribute('aria-invalid')).toBe('true');
    expect(form.textContent).toContain('This organisation already has a category with that code.');
  });

  it('checks a list question has choices before sending (the server does not on create)', async () => {
    const { calls } = staffServer();
    await openPage();

    fireEvent.click(await within(categories()).findByRole('button', { name: 'Add a category' }));
    const form = screen.getByRole('form', { name: 'New category' });
    type(within(form).getByRole('textbox', { name: 'Code' }), 'bins');
    type(within(form).getByRole('textbox', { name: 'Name' }), 'Bins');
    fireEvent.click(within(form).getByRole('button', { name: 'Add a question' }));
    const question = within(form).getByRole('group', { name: 'Question 1' });
    type(within(question).getByRole('textbox', { name: 'Question' }), 'Which bin?');
    type(within(question).getByRole('textbox', { name: 'Code' }), 'bin');
    fireEvent.change(within(question).getByRole('combobox', { name: 'Answer type' }), {
      target: { value: 'multivaluelist' },
    });
    fireEvent.click(within(question).getByRole('button', { name: 'Remove choice (choice 1 of question 1)' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add category' }));

    const alert = await within(form).findByRole('alert');
    expect(
      within(alert).getByRole('link', { name: 'Question 1: Choices: Add at least one choice.' }),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.url.includes('/categories'))).toBe(false);
  });

  it('shows an issued key once: it is gone after navigating away and after a reload', async () => {
    const { state, routes } = staffServer();
    routes['POST /api/v1/organisations/o1/api-keys'] = (call) => {
      const { name } = call.body as { name: string };
      const issued: IssuedApiKey = { ...activeKey, name, last_used_at: null, api_key: SECRET };
      const { api_key: _secret, ...listed } = issued;
      state.keys = [listed];
      return json(201, issued, { 'Cache-Control': 'no-store' });
    };
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openPage();

    const keys = await screen.findByRole('region', { name: 'Open311 API keys' });
    await within(keys).findByText('No keys yet.');
    type(within(keys).getByRole('textbox', { name: 'What the key is for' }), 'FixMyStreet');
    fireEvent.click(within(keys).getByRole('button', { name: 'Issue key' }));

    const box = await within(keys).findByRole('region', { name: 'New API key for “FixMyStreet”' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.textContent).toContain('it will not be shown again');
    const value = within(box).getByRole('textbox', { name: 'API key for “FixMyStreet”' }) as HTMLInputElement;
    expect(value.value).toBe(SECRET);
    expect(value.readOnly).toBe(true);
    fireEvent.click(within(box).getByRole('button', { name: 'Copy key' }));
    await within(box).findByText('Copied the key to the clipboard.');
    expect(writeText).toHaveBeenCalledWith(SECRET);
    // The list shows it by its prefix only.
    await within(keys).findByText('cg311_AbCdEf…');
    expect(within(keys).getByRole('textbox', { name: 'What the key is for' })).toHaveProperty('value', '');

    // Away and back: the key is not shown again, and was never stored.
    fireEvent.click(screen.getByRole('link', { name: 'All organisations' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Riverside Council' }));
    await within(await screen.findByRole('region', { name: 'Open311 API keys' })).findByText('cg311_AbCdEf…');
    expect(screen.queryByRole('region', { name: /New API key/ })).toBeNull();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
    const stored = [...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage })];
    expect(stored.join(' ')).not.toContain(SECRET);

    // A reload: the same.
    cleanup();
    await openPage();
    await within(await screen.findByRole('region', { name: 'Open311 API keys' })).findByText('cg311_AbCdEf…');
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('revokes a key after confirmation and marks it revoked', async () => {
    const { state, routes, calls } = staffServer({ categories: [], keys: [activeKey] });
    routes['DELETE /api/v1/organisations/o1/api-keys/k1'] = () => {
      state.keys = [{ ...activeKey, revoked_at: '2025-03-05T00:00:00Z' }];
      return json(200, state.keys[0]);
    };
    await openPage();

    const keys = await screen.findByRole('region', { name: 'Open311 API keys' });
    const item = (await within(keys).findByText('FixMyStreet')).closest('li')!;
    expect(item.textContent).toContain('Active');
    expect(item.textContent).toContain('Last used4 Mar 2025');

    // Changing one's mind first.
    fireEvent.click(within(item).getByRole('button', { name: 'Revoke (FixMyStreet)' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Keep it (FixMyStreet)' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Revoke (FixMyStreet)' })),
    );

    fireEvent.click(within(item).getByRole('button', { name: 'Revoke (FixMyStreet)' }));
    const confirm = within(item).getByRole('group', { name: /^Revoke “FixMyStreet”\?/ });
    const yes = within(confirm).getByRole('button', { name: 'Yes, revoke it (FixMyStreet)' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    fireEvent.click(yes);

    await within(keys).findByText(
      'Revoked the key “FixMyStreet”: requests using it are refused from now on.',
    );
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
    await waitFor(() => expect(item.textContent).toContain('Revoked5 Mar 2025'));
    expect(item.isConnected).toBe(true); // the same row, updated in place
    expect(within(item).getByText('Revoked', { selector: '.badge' })).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /Revoke/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(item));
  });
});

describe('organisation page, for others', () => {
  it('shows a clear message instead of the forms when the server answers 403', async () => {
    const { calls } = outsiderServer();
    await openPage();

    const notice = await screen.findByRole('region', { name: 'Managing this organisation' });
    expect(notice.textContent).toContain('You are not on the staff of Riverside Council.');
    // The categories stay readable; nothing to change them, no keys, no staff.
    await within(categories()).findByRole('heading', { name: 'Pothole' });
    expect(screen.queryByRole('button', { name: /Add a category|Edit|Issue key/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Open311 API keys' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Staff' })).toBeNull();
    expect(calls.some((c) => c.method !== 'GET' && !c.url.includes('/auth/'))).toBe(false);
  });

  it('hides the forms when an action is refused with 403', async () => {
    const { routes } = staffServer();
    routes['POST /api/v1/organisations/o1/api-keys'] = () =>
      problem(403, 'Forbidden', { detail: 'You are no longer on the staff of this organisation.' });
    await openPage();

    type(
      await within(await screen.findByRole('region', { name: 'Open311 API keys' })).findByRole('textbox', {
        name: 'What the key is for',
      }),
      'FixMyStreet',
    );
    fireEvent.click(within(apiKeys()).getByRole('button', { name: 'Issue key' }));

    const notice = await screen.findByRole('region', { name: 'Managing this organisation' });
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(screen.queryByRole('region', { name: 'Open311 API keys' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add a category|Edit/ })).toBeNull();
  });

  it('asks signed-out visitors to sign in, without asking the server for staff-only lists', async () => {
    localStorage.clear();
    const { calls } = outsiderServer();
    await openPage();

    const notice = await screen.findByRole('region', { name: 'Managing this organisation' });
    expect(within(notice).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/signin?next=%2Forganisations%2Fo1',
    );
    await within(categories()).findByRole('heading', { name: 'Pothole' });
    expect(calls.some((c) => c.url.includes('/staff') || c.url.includes('/api-keys'))).toBe(false);
  });
});

describe('organisations list', () => {
  it('links to each organisation', async () => {
    history.replaceState(null, '', '/organisations');
    staffServer();
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    const link = await screen.findByRole('link', { name: 'Riverside Council' });
    expect(link.getAttribute('href')).toBe('/organisations/o1');
    expect(link.closest('li')!.textContent).toContain('Serves 1 neighbourhood');
    expect(screen.getByText('Showing 1 organisation.').getAttribute('role')).toBe('status');
  });
});
