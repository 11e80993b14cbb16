import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json, noContent, problem } from '../../test/http';
import { activeMember, coordinator, issueDetail, me, neighbourhood, tokens } from '../../test/issueFixtures';
import { signedInAt } from '../../test/signedIn';
import type { IssueDetail, IssueReport, NeighbourView, Viewer } from '../../api';

beforeEach(() => signedInAt('/issues/i1'));
afterEach(cleanup);

const details: NeighbourView = {
  display_name: 'Mrs Patel',
  email: 'patel@example.org',
  phone: '0117 496 0000',
  consent_by: 'u2',
  consent_by_name: 'Ben',
  consent_at: '2026-11-29T09:00:00Z',
  erased_at: null,
};

/** The issue with one report made for a neighbour, as the server shows it to this viewer. */
function withNeighbour(neighbour: NeighbourView | undefined): IssueDetail {
  const detail = issueDetail();
  const report: IssueReport = { ...detail.reports[0], on_behalf_of_neighbour: true, neighbour };
  return { ...detail, reports: [report] };
}

function server(viewer: Viewer, state: { detail: IssueDetail }) {
  return fakeServer({
    'POST /api/v1/auth/refresh': () => json(200, tokens),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(viewer)),
    'GET /api/v1/issues/i1': () => json(200, state.detail),
    'GET /api/v1/issues/i1/discussion': () => json(200, { thread: null, can_post: false }),
    'GET /api/v1/neighbourhoods/n1/issues/nearby': () => json(200, []),
  });
}

async function reports() {
  await screen.findByRole('heading', { level: 1, name: 'Pothole' });
  return screen.getByRole('region', { name: /^Reports/ });
}

describe('a report made for a neighbour', () => {
  it('says only that, to residents the server tells nothing more', async () => {
    server(activeMember, { detail: withNeighbour(undefined) });
    render(<App />);
    const list = await reports();
    expect(within(list).getByText('Reported on behalf of a neighbour')).toBeTruthy();
    expect(within(list).queryByRole('button', { name: 'Remove their details' })).toBeNull();
  });

  it('shows a coordinator who, how to reach them and the consent, and removes them on request', async () => {
    const state = { detail: withNeighbour(details) };
    const { routes, calls } = server(coordinator, state);
    routes['DELETE /api/v1/reports/r1/neighbour'] = () => {
      state.detail = withNeighbour({
        ...details,
        display_name: null,
        email: null,
        phone: null,
        erased_at: '2026-12-01T10:00:00Z',
      });
      return noContent();
    };
    render(<App />);
    const list = await reports();
    expect(within(list).getByText('Mrs Patel').tagName).toBe('STRONG');
    expect(within(list).getByRole('link', { name: 'patel@example.org' }).getAttribute('href')).toBe(
      'mailto:patel@example.org',
    );
    expect(within(list).getByRole('link', { name: '0117 496 0000' }).getAttribute('href')).toBe(
      'tel:01174960000',
    );
    expect(within(list).getByText(/Recorded by Ben/)).toBeTruthy();

    // Offered once the page knows the viewer coordinates the neighbourhood.
    fireEvent.click(await within(list).findByRole('button', { name: 'Remove their details' }));
    // Asked once more; "Keep them" changes nothing.
    fireEvent.click(within(list).getByRole('button', { name: 'Keep them' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(list).getByRole('button', { name: 'Remove their details' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Remove' }));
    await screen.findByText('Mrs Patel’s details were removed. The report and its support stay.');
    await within(list).findByText(/Their details were removed on request/);
    expect(within(list).queryByText('Mrs Patel')).toBeNull();
    expect(calls.find((c) => c.method === 'DELETE')?.url).toContain('/api/v1/reports/r1/neighbour');
  });

  it('says why when the server refuses the removal', async () => {
    const { routes } = server(coordinator, { detail: withNeighbour(details) });
    routes['DELETE /api/v1/reports/r1/neighbour'] = () =>
      problem(403, 'Forbidden', {
        detail: 'Only the neighbourhood’s coordinators remove a neighbour’s details.',
      });
    render(<App />);
    const list = await reports();
    fireEvent.click(await within(list).findByRole('button', { name: 'Remove their details' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Remove' }));
    await within(list).findByText(/Only the neighbourhood’s coordinators/);
    expect(within(list).getByText('Mrs Patel')).toBeTruthy();
  });
});
