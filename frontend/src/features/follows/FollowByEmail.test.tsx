import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FollowByEmail } from './FollowByEmail';
import { fakeServer } from '../../test/fakeServer';
import { json, problem } from '../../test/http';
import { activateLocale, missingMessages } from '../../i18n';

const ACCEPTED = {
  message: 'If this address can receive e-mail, a message with a link to confirm is on its way.',
};

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanup();
  await activateLocale('en');
});

const field = () => screen.getByLabelText('Email address', { exact: false }) as HTMLInputElement;

describe('following an issue by e-mail', () => {
  it('sends the address, the chosen language and how often without a token, then says to check the inbox', async () => {
    const { calls } = fakeServer({ 'POST /api/v1/issues/i1/follows': () => json(202, ACCEPTED) });
    render(<FollowByEmail issueId="i1" />);
    fireEvent.input(field(), { target: { value: ' fan@example.org ' } });
    fireEvent.change(screen.getByLabelText('Language of the e-mails'), { target: { value: 'pl' } });
    expect((screen.getByLabelText('An e-mail each time it changes') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('One e-mail a day at most, in the morning'));
    fireEvent.click(screen.getByRole('button', { name: 'Follow' }));

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Check your inbox'));
    expect(calls).toHaveLength(1);
    // The device's zone goes along, so the daily e-mail arrives in the follower's morning.
    expect(calls[0].body).toEqual({
      email: 'fan@example.org',
      locale: 'pl',
      frequency: 'daily',
      time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(calls[0].authorization).toBeNull();
    expect(field().value).toBe('');
  });

  it('is worded in the page’s language, which the e-mails start in too', async () => {
    missingMessages.clear();
    await activateLocale('ar');
    fakeServer({});
    render(<FollowByEmail issueId="i1" />);
    expect(screen.getByRole('heading').textContent).toBe('تابِع بالبريد الإلكتروني');
    expect((screen.getByLabelText('لغة الرسائل') as HTMLSelectElement).value).toBe('ar');
    expect([...missingMessages]).toEqual([]);
  });

  it('checks the address before sending and shows the server’s answers', async () => {
    let answer = () =>
      problem(422, 'Invalid input', { errors: { email: ['must be a valid e-mail address'] } });
    const { calls } = fakeServer({ 'POST /api/v1/issues/i1/follows': () => answer() });
    render(<FollowByEmail issueId="i1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter the email address');
    expect(calls).toHaveLength(0);

    fireEvent.input(field(), { target: { value: 'x@y' } });
    fireEvent.click(screen.getByRole('button', { name: 'Follow' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('must be a valid e-mail address'),
    );
    expect(field().getAttribute('aria-invalid')).toBe('true');

    answer = () => problem(429, 'Too many requests', { detail: 'too many requests; retry in 60 s' });
    fireEvent.input(field(), { target: { value: 'x@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Follow' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('retry in 60 s'));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
