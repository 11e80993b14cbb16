import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json, problem } from '../../test/http';
import { me } from '../../test/issueFixtures';

function fillIn(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

/** Ada fills in a valid form and sends it. */
function signUpAsAda(email = 'ada@example.org') {
  fillIn('Email', email);
  fillIn('Display name', 'Ada');
  fillIn('Password', 'a long enough password');
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

/** The whole app at /signup, once the page's own chunk has loaded (every page but home is split off). */
async function renderSignUpPage() {
  render(<App />);
  await screen.findByRole('button', { name: 'Create account' });
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/signup');
});
afterEach(cleanup);

describe('sign up page', () => {
  it('shows the server’s field error beside the field and in the alert', async () => {
    fakeServer({
      'POST /api/v1/auth/register': () =>
        problem(422, 'Invalid input', { errors: { email: ['is already registered'] } }),
    });
    await renderSignUpPage();

    signUpAsAda();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('There is a problem');
    expect(alert.textContent).toContain('is already registered');
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Error: is already registered');
    expect(screen.getByLabelText('Password', { exact: false }).getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the form before sending anything', async () => {
    const { calls } = fakeServer({});
    await renderSignUpPage();

    fillIn('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Enter your email address.');
    expect(alert.textContent).toContain('Use at least 10 characters.');
    expect(calls).toHaveLength(0);
  });

  it('registers, signs in with the same credentials and goes to the directory', async () => {
    const { calls } = fakeServer({
      'POST /api/v1/auth/register': () => json(202, { message: 'Thank you.' }),
      'POST /api/v1/auth/login': () =>
        json(200, { access_token: 'a1', refresh_token: 'r1', token_type: 'Bearer', expires_in: 900 }),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods': () => json(200, { items: [], next_cursor: null }),
    });
    await renderSignUpPage();

    signUpAsAda(' ada@example.org ');

    await screen.findByRole('heading', { level: 1, name: 'Neighbourhoods' });
    expect(location.pathname).toBe('/neighbourhoods');
    expect(screen.getByRole('banner').textContent).toContain('Signed in as Ada');
    expect(calls.find((c) => c.url.endsWith('/auth/login'))?.body).toEqual({
      email: 'ada@example.org',
      password: 'a long enough password',
    });
    await waitFor(() =>
      expect(calls.find((c) => c.url === '/api/v1/neighbourhoods')?.authorization).toBe('Bearer a1'),
    );
  });

  it('answers a taken address with the same words as any failed sign-in', async () => {
    const { calls } = fakeServer({
      'POST /api/v1/auth/register': () => json(202, { message: 'Thank you.' }),
      'POST /api/v1/auth/login': () =>
        problem(401, 'Authentication required', { detail: 'The e-mail address or password is incorrect.' }),
    });
    await renderSignUpPage();

    signUpAsAda();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not sign you in with these details.');
    expect(alert.textContent).not.toMatch(/already registered|exists/);
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
    expect(location.pathname).toBe('/signup');
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/register', '/api/v1/auth/login']);
    expect(screen.getByRole('button', { name: 'Create account' }).hasAttribute('disabled')).toBe(false);
  });
});
