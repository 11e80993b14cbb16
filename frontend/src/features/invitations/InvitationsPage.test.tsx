import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/invitations');
});
afterEach(cleanup);

describe('the invitations page', () => {
  it('asks someone signed out to sign in, or to sign up with the invited address, and comes back', async () => {
    const { calls } = fakeServer({});
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Invitations' });
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/signin?next=%2Finvitations',
    );
    expect(main.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
      '/signup?next=%2Finvitations',
    );
    expect(calls.filter((c) => c.url.includes('/invitations'))).toHaveLength(0);
  });
});
