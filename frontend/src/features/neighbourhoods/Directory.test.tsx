import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../app';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { clientConfig, neighbourhood } from '../../test/issueFixtures';
import { coverageSummary, findCoverage } from './coverage';
import type { PlaceMatch } from '../places/api';

/** Someone who is not a member, as the directory lists neighbourhoods to a visitor. */
const outsider = { membership: null, is_service_manager: false, can_manage: false };
const millLane = neighbourhood(outsider, {
  name: 'Mill Lane & Canal Side',
  member_count: 6,
  serving_organisations: [],
});
const page = <T,>(items: T[]) => json(200, { items, next_cursor: null });
const lockRoad: PlaceMatch = { label: 'Lock Road', kind: 'street', lat: 51.4546, lon: -2.586 };
const lockKeeper: PlaceMatch = { label: 'The Lock Keeper', kind: 'place', lat: 51.4523, lon: -2.5866 };
const DEMO = 'Made-up demo streets';

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

/** A directory whose names match nothing; places search `found`, covered by Mill Lane. */
function directory(found: PlaceMatch[], covered = [millLane]) {
  return fakeServer({
    'GET /api/v1/client-config': () => json(200, clientConfig),
    'GET /api/v1/neighbourhoods': (call) =>
      new URL(call.url, 'http://x').searchParams.has('covers') ? page(covered) : page([]),
    'GET /api/v1/places/search': () => json(200, { matches: found, attribution: [DEMO] }),
  });
}

describe('the directory, by street, postcode or place', () => {
  it('finds the neighbourhoods covering a street, says which place matched, with the attribution', async () => {
    history.replaceState(null, '', '/neighbourhoods');
    const { calls } = directory([lockRoad, lockKeeper]);
    render(<App />);

    await screen.findByText('No neighbourhoods yet.');
    fireEvent.input(screen.getByLabelText('Name, street or postcode'), {
      target: { value: 'Lock Road' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(location.search).toBe('?q=Lock+Road'));

    const byPlace = await screen.findByRole('region', { name: 'By street, postcode or place' });
    await within(byPlace).findByText('1 neighbourhood covers places matching “Lock Road”.');
    const card = within(byPlace).getByRole('link', { name: 'Mill Lane & Canal Side' }).closest('li')!;
    // Covered by both matches: listed once, with the best match.
    expect(within(byPlace).getAllByRole('listitem')).toHaveLength(1);
    expect(within(card).getByText('Covers Lock Road')).toBeTruthy();
    expect(within(byPlace).getByText(`Places: ${DEMO}`)).toBeTruthy();
    // The name search found nothing, and says so.
    expect(screen.getByText('No neighbourhoods match “Lock Road”.')).toBeTruthy();
    const covers = calls
      .map((c) => new URL(c.url, 'http://x').searchParams.get('covers'))
      .filter((c): c is string => c !== null);
    expect(covers).toEqual(['51.4546,-2.586', '51.4523,-2.5866']);
    expect(location.search).toBe('?q=Lock+Road');
  });

  it('suggests streets and places as one types; picking one by keyboard lists who covers it', async () => {
    history.replaceState(null, '', '/neighbourhoods');
    directory([lockRoad, lockKeeper]);
    render(<App />);
    await screen.findByText('No neighbourhoods yet.');
    const box = screen.getByRole('combobox', { name: 'Name, street or postcode' });
    fireEvent.input(box, { target: { value: 'Lock' } });
    const matches = await screen.findByRole('listbox', { name: 'Matching places' });
    expect(
      within(matches)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Lock Road', 'The Lock Keeper']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(location.search).toBe('?q=Lock+Road'));
    const byPlace = await screen.findByRole('region', { name: 'By street, postcode or place' });
    await within(byPlace).findByText('Covers Lock Road');
  });

  it('says when no place matches, without an attribution', async () => {
    history.replaceState(null, '', '/neighbourhoods?q=Nowhere');
    directory([]);
    render(<App />);
    const byPlace = await screen.findByRole('region', { name: 'By street, postcode or place' });
    await within(byPlace).findByText('No street, postcode or place matches “Nowhere”.');
    expect(within(byPlace).queryByText(/^Places:/)).toBeNull();
  });

  it('says when a place matches but no neighbourhood covers it', async () => {
    history.replaceState(null, '', '/neighbourhoods?q=Lock');
    directory([lockRoad], []);
    render(<App />);
    const byPlace = await screen.findByRole('region', { name: 'By street, postcode or place' });
    await within(byPlace).findByText(
      'Places matching “Lock” were found, but no neighbourhood covers them yet.',
    );
    expect(within(byPlace).getByText(`Places: ${DEMO}`)).toBeTruthy();
  });

  it('has no place section before anything is typed', async () => {
    history.replaceState(null, '', '/neighbourhoods');
    directory([lockRoad]);
    render(<App />);
    await screen.findByText('No neighbourhoods yet.');
    expect(screen.queryByRole('region', { name: 'By street, postcode or place' })).toBeNull();
  });
});

describe('findCoverage', () => {
  it('asks for the best three places only and keeps each neighbourhood once', async () => {
    const asked: string[] = [];
    const places = [
      lockRoad,
      lockKeeper,
      { ...lockRoad, label: 'RB1 4LR' },
      { ...lockRoad, label: 'fourth' },
    ];
    const coverage = await findCoverage('lock', null, new AbortController().signal, {
      search: async () => ({ matches: places, attribution: [DEMO] }),
      list: async (query) => {
        asked.push(`${query?.covers?.lat},${query?.covers?.lon}`);
        return { items: [millLane], next_cursor: null };
      },
    });
    expect(asked).toHaveLength(3);
    expect(coverage.covering).toEqual([{ place: 'Lock Road', neighbourhood: millLane }]);
    expect(coverageSummary('lock', coverage)).toBe('1 neighbourhood covers places matching “lock”.');
  });
});
