import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
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
import {
  AssistedReporterFields,
  NO_NEIGHBOUR,
  checkAssisted,
  type AssistedDraft,
} from './AssistedReporterFields';

afterEach(cleanup);

const filled: AssistedDraft = {
  forNeighbour: true,
  display_name: '  Mrs Patel ',
  consent: true,
  email: ' patel@example.org ',
  phone: '',
};

describe('checking a neighbour reported for', () => {
  it('sends nothing about a neighbour unless the member reports for one', () => {
    expect(checkAssisted(NO_NEIGHBOUR)).toEqual({ ok: true, value: undefined });
    expect(checkAssisted({ ...NO_NEIGHBOUR, display_name: 'typed, then unticked' })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('sends the name, the consent and only the contact given', () => {
    expect(checkAssisted(filled)).toEqual({
      ok: true,
      value: { display_name: 'Mrs Patel', consent: true, email: 'patel@example.org' },
    });
  });

  it('needs their agreement and a name, and checks the contact as the server does', () => {
    const refused = checkAssisted({
      forNeighbour: true,
      display_name: ' ',
      consent: false,
      email: 'not an address',
      phone: 'call me',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(Object.keys(refused.errors).sort()).toEqual([
        'on_behalf_of.consent',
        'on_behalf_of.display_name',
        'on_behalf_of.email',
        'on_behalf_of.phone',
      ]);
    }
    expect(checkAssisted({ ...filled, display_name: 'x'.repeat(81) }).ok).toBe(false);
    expect(checkAssisted({ ...filled, phone: '1234' }).ok).toBe(false);
    expect(checkAssisted({ ...filled, phone: '+44 (0)117 496-0000' }).ok).toBe(true);
  });
});

function Harness() {
  const [draft, setDraft] = useState(NO_NEIGHBOUR);
  return <AssistedReporterFields draft={draft} onChange={setDraft} errors={{}} />;
}

describe('the fields', () => {
  it('stay hidden until the member says they report for a neighbour, then ask for name, consent and contact', () => {
    render(<Harness />);
    expect(screen.getByRole('group', { name: 'Reporting for a neighbour without an account?' })).toBeTruthy();
    expect(screen.queryByLabelText('Their name')).toBeNull();
    fireEvent.click(screen.getByLabelText('I am reporting this for a neighbour'));
    const name = screen.getByLabelText('Their name') as HTMLInputElement;
    expect(name.required).toBe(true);
    expect(name.maxLength).toBe(80);
    expect(screen.getByLabelText('They agreed that I report this for them')).toBeTruthy();
    expect((screen.getByLabelText('Their e-mail address (optional)') as HTMLInputElement).type).toBe('email');
    expect((screen.getByLabelText('Their phone number (optional)') as HTMLInputElement).type).toBe('tel');
    expect(screen.getByText(/What they will get/).textContent).toContain(
      'you are told each time the issue changes',
    );
  });
});

describe('in the report form', () => {
  beforeEach(() => signedInAt('/neighbourhoods/n1/report'));

  function server(answer = () => json(201, { report_id: 'r9', pooled: false, issue: issue() })) {
    return fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/neighbourhoods/n1': () => json(200, neighbourhood(activeMember)),
      'GET /api/v1/neighbourhoods/n1/categories': () => json(200, categories),
      'GET /api/v1/neighbourhoods/n1/issues/nearby': () => json(200, []),
      'POST /api/v1/neighbourhoods/n1/reports': answer,
      'GET /api/v1/issues/i1': () => json(200, issueDetail()),
    });
  }

  async function fill() {
    await screen.findByRole('heading', { level: 1, name: 'Report a problem in Mill Lane' });
    fireEvent.change(await screen.findByLabelText('What kind of problem is it?'), {
      target: { value: 'c1' },
    });
    fireEvent.input(screen.getByLabelText('Latitude'), { target: { value: '51.456' } });
    fireEvent.input(screen.getByLabelText('Longitude'), { target: { value: '-2.586' } });
    fireEvent.input(screen.getByLabelText('Describe the problem'), {
      target: { value: 'Deep hole by the kerb' },
    });
    fireEvent.click(screen.getByLabelText('I am reporting this for a neighbour'));
    fireEvent.input(screen.getByLabelText('Their name'), { target: { value: 'Mrs Patel' } });
  }

  it('refuses to send without their agreement, then sends the neighbour with the report', async () => {
    const { calls } = server();
    render(<App />);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(document.getElementById('field-on_behalf_of.consent-error')?.textContent).toContain(
        'Ask them first',
      ),
    );
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/reports'))).toBe(false);

    fireEvent.click(screen.getByLabelText('They agreed that I report this for them'));
    fireEvent.input(screen.getByLabelText('Their phone number (optional)'), {
      target: { value: '0117 496 0000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Pothole' });
    const sent = calls.find((c) => c.method === 'POST' && c.url.endsWith('/reports'));
    expect((sent?.body as { on_behalf_of: unknown }).on_behalf_of).toEqual({
      display_name: 'Mrs Patel',
      consent: true,
      phone: '0117 496 0000',
    });
  });

  it('shows the server’s refusal at the neighbour’s field', async () => {
    server(() =>
      problem(422, 'Invalid input', { errors: { 'on_behalf_of.email': ['must be a valid e-mail address'] } }),
    );
    render(<App />);
    await fill();
    fireEvent.click(screen.getByLabelText('They agreed that I report this for them'));
    fireEvent.input(screen.getByLabelText('Their e-mail address (optional)'), { target: { value: 'a@b.c' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(document.getElementById('field-on_behalf_of.email-error')?.textContent).toContain(
        'must be a valid e-mail address',
      ),
    );
  });
});
