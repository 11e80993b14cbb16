import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { PlaceBox } from './PlaceBox';
import type { PlaceMatch, PlaceSearchResult } from './api';
import { everyTestIn } from '../../test/locale';
import { missingMessages } from '../../i18n';

everyTestIn('pl');

const matches: PlaceMatch[] = [
  { label: 'Młyńska', kind: 'street', lat: 52.4, lon: 16.9 },
  { label: 'Młyńska 3', kind: 'address', lat: 52.4, lon: 16.9 },
  { label: 'Młyńska 5', kind: 'address', lat: 52.4, lon: 16.9 },
];

function Box({ search }: { search: (q: string) => Promise<PlaceSearchResult> }) {
  const [value, setValue] = useState('');
  return (
    <form>
      <h2>Adres</h2>
      <PlaceBox
        name="address"
        label="Adres"
        value={value}
        onValue={setValue}
        onPick={() => {}}
        search={search}
      />
    </form>
  );
}

describe('the place box in Polish', () => {
  it('names its list and counts the matches with Polish plurals, the licence line too', async () => {
    render(<Box search={async () => ({ matches, attribution: [] })} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Adres' }), { target: { value: 'Młyń' } });

    // The list's name (this box's heading for screen readers) and a "few" plural.
    expect(await screen.findByRole('listbox', { name: 'Pasujące miejsca' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 miejsca pasują; wybierz jedno strzałkami.');
    expect(screen.getByText('© Autorzy OpenStreetMap')).toBeTruthy();
    expect([...missingMessages]).toEqual([]);
  });
});
