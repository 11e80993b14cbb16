import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FollowConfirmPage } from './FollowConfirmPage';
import { FollowUnsubscribePage } from './FollowUnsubscribePage';
import { tokenFromHash } from './api';
import { fakeServer } from '../../test/fakeServer';
import { json, noContent, problem } from '../../test/http';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('the token of an e-mail link', () => {
  it('is read from the fragment, never needing the query string', () => {
    expect(tokenFromHash('#token=a.b-c_d')).toBe('a.b-c_d');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });
});

describe('confirming a follow', () => {
  it('changes nothing on opening; the button posts the token and links to the issue', async () => {
    history.replaceState(null, '', '/follow/confirm#token=abc.def');
    const { calls } = fakeServer({ 'POST /api/v1/follows/confirm': () => json(200, { issue_id: 'i9' }) });
    render(<FollowConfirmPage />);
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('We will e-mail you'));
    expect(calls[0].body).toEqual({ token: 'abc.def' });
    expect(calls[0].authorization).toBeNull();
    expect(screen.getByRole('link', { name: 'See the issue' }).getAttribute('href')).toBe('/issues/i9');
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('says what went wrong with an expired link', async () => {
    history.replaceState(null, '', '/follow/confirm#token=old');
    fakeServer({
      'POST /api/v1/follows/confirm': () =>
        problem(410, 'Gone', { detail: 'This link has expired. Ask to follow the issue again.' }),
    });
    render(<FollowConfirmPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This link has expired'));
  });

  it('explains an incomplete link and offers no button', () => {
    history.replaceState(null, '', '/follow/confirm');
    const { calls } = fakeServer({});
    render(<FollowConfirmPage />);
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete');
    expect(screen.queryByRole('button')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});

describe('unsubscribing', () => {
  it('posts the token in the query only when the button is pressed', async () => {
    history.replaceState(null, '', '/follow/unsubscribe#token=xyz');
    const { calls } = fakeServer({ 'POST /api/v1/follows/unsubscribe': () => noContent() });
    render(<FollowUnsubscribePage />);
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('You are unsubscribed'));
    expect(calls[0].url).toContain('/api/v1/follows/unsubscribe?token=xyz');
    expect(calls[0].authorization).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).toBeNull();
  });

  it('offers one e-mail a day instead, with the same token, and says what was saved', async () => {
    history.replaceState(null, '', '/follow/unsubscribe#token=xyz');
    let answer = () => json(200, { frequency: 'daily' });
    const { calls } = fakeServer({ 'POST /api/v1/follows/frequency': () => answer() });
    render(<FollowUnsubscribePage />);
    const daily = screen.getByLabelText('One e-mail a day at most, in the morning') as HTMLInputElement;
    expect(daily.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ token: 'xyz', frequency: 'daily' });
    expect(calls[0].authorization).toBeNull();
    const section = screen.getByRole('region', { name: 'Fewer e-mails, or more' });
    await waitFor(() =>
      expect(section.querySelector('[role="status"]')!.textContent).toContain('one e-mail a day at most'),
    );
    // Still following: unsubscribing stays on offer.
    expect(screen.getByRole('button', { name: 'Unsubscribe' })).toBeTruthy();

    answer = () => problem(410, 'Gone', { detail: 'You no longer follow this issue.' });
    fireEvent.click(screen.getByLabelText('An e-mail each time it changes'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(section.querySelector('[role="alert"]')?.textContent).toContain('no longer follow'),
    );
    expect(calls[1].body).toEqual({ token: 'xyz', frequency: 'immediate' });
  });
});
