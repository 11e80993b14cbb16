import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { issue, me, tokens } from '../../test/issueFixtures';
import type { Call } from '../../test/http';
import type { TriageItem } from './api';
import { signedInAt } from '../../test/signedIn';

beforeEach(() => signedInAt('/organisations/o1/triage?status=open'));
afterEach(cleanup);

const item = (id: string, address: string): TriageItem => ({
  ...issue({ id, address }),
  neighbourhood_name: 'Mill Lane',
  assignee: null,
});

describe('triage queue', () => {
  it('keeps filters in the URL and acts on a keyboard selection in bulk', async () => {
    const { calls } = fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/organisations/o1': () =>
        json(200, {
          id: 'o1',
          name: 'Riverside Council',
          description: '',
          created_at: '2026-11-01T00:00:00Z',
          neighbourhoods: [{ id: 'n1', name: 'Mill Lane' }],
        }),
      'GET /api/v1/organisations/o1/categories': () => json(200, []),
      'GET /api/v1/organisations/o1/triage': () =>
        json(200, {
          items: [item('i1', 'Mill Lane 4'), item('i2', 'Mill Lane 9'), item('i3', 'Church Road')],
          next_cursor: null,
        }),
      'POST /api/v1/organisations/o1/triage/bulk': (call: Call) => {
        const body = call.body as { issue_ids: string[] };
        return json(
          200,
          body.issue_ids.map((id) => ({ issue_id: id, status: 200, detail: null })),
        );
      },
    });
    render(<App />);

    await screen.findByRole('link', { name: 'Pothole, Mill Lane 4' });
    const first = calls.find((c) => c.url.includes('/triage'))!;
    expect(new URL(first.url, 'http://x').searchParams.get('status')).toBe('open');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('open');

    // j moves to the second row, x selects it, j x selects the third, a acknowledges both.
    const queue = screen.getByRole('region', { name: 'Issues to triage' });
    for (const key of ['j', 'x', 'j', 'x', 'a']) fireEvent.keyDown(queue, { key });
    await waitFor(() => expect(calls.some((c) => c.url.includes('/triage/bulk'))).toBe(true));
    const bulk = calls.find((c) => c.url.includes('/triage/bulk'))!;
    expect(bulk.body).toEqual({ issue_ids: ['i2', 'i3'], action: 'acknowledge' });
    expect(await screen.findByText('2 issues done.')).toBeTruthy();

    // A filter changes the URL (so it can be bookmarked and shared).
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'newest' } });
    await waitFor(() => expect(location.search).toBe('?status=open&sort=newest'));
  });
});
