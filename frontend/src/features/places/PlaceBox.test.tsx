import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { PlaceBox, PLACE_SEARCH_DELAY_MS } from './PlaceBox';
import type { PlaceMatch, PlaceSearchResult } from './api';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const mill: PlaceMatch[] = [
  { label: 'Mill Lane', kind: 'street', lat: 51.4545, lon: -2.5879 },
  { label: '3 Mill Lane', kind: 'address', lat: 51.4546, lon: -2.588 },
];

function Harness({
  search,
  onPick,
}: {
  search: (q: string) => Promise<PlaceSearchResult>;
  onPick: (m: PlaceMatch) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form>
      <PlaceBox
        name="address"
        label="Address"
        value={value}
        onValue={setValue}
        onPick={onPick}
        search={search}
      />
    </form>
  );
}

const answer = (matches: PlaceMatch[]): PlaceSearchResult => ({
  matches,
  attribution: ['© OpenStreetMap contributors'],
});

describe('the place box', () => {
  it('asks once per pause in typing, lists the matches and picks one by keyboard', async () => {
    const search = vi.fn(async (_q: string) => answer(mill));
    const onPick = vi.fn();
    render(<Harness search={search} onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: 'Address' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    for (const typed of ['M', 'Mi', 'Mil', 'Mill']) fireEvent.input(box, { target: { value: typed } });
    const list = await screen.findByRole('listbox', { name: 'Matching places' });
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0]).toBe('Mill');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Mill Lane', '3 Mill Lane']);
    expect(screen.getByRole('status').textContent).toContain('2 places match');
    expect(screen.getByText('© OpenStreetMap contributors')).toBeTruthy();

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = screen.getAllByRole('option')[1];
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(second?.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(second?.id); // wraps round
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(mill[1]);
    expect((box as HTMLInputElement).value).toBe('3 Mill Lane');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    // The pick itself does not search again.
    await new Promise((r) => setTimeout(r, PLACE_SEARCH_DELAY_MS + 50));
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape, says when nothing matches, and ignores an older answer', async () => {
    let release: (value: PlaceSearchResult) => void = () => {};
    const search = vi.fn((q: string) =>
      q === 'Mill'
        ? new Promise<PlaceSearchResult>((resolve) => {
            release = resolve;
          })
        : Promise.resolve(answer([])),
    );
    const onPick = vi.fn();
    render(<Harness search={search} onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: 'Address' });
    fireEvent.input(box, { target: { value: 'Mill' } });
    await waitFor(() => expect(search).toHaveBeenCalledTimes(1));
    fireEvent.input(box, { target: { value: 'Millx' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('No places match “Millx”'));
    release(answer(mill)); // the slow answer to "Mill" arrives late
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryAllByRole('option')).toHaveLength(0);

    fireEvent.input(box, { target: { value: 'Mi' } });
    search.mockImplementation(async () => answer(mill));
    fireEvent.input(box, { target: { value: 'Mil' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    // Enter with nothing highlighted is the form's (submits), not a pick.
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
  });

  it('picks with a click too, and sends nothing for a single character', async () => {
    const search = vi.fn(async () => answer(mill));
    const onPick = vi.fn();
    render(<Harness search={search} onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: 'Address' });
    fireEvent.input(box, { target: { value: 'M' } });
    await new Promise((r) => setTimeout(r, PLACE_SEARCH_DELAY_MS + 50));
    expect(search).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: 'Mill L' } });
    const options = await screen.findAllByRole('option');
    fireEvent.mouseDown(options[0] as HTMLElement);
    expect(onPick).toHaveBeenCalledWith(mill[0]);
  });
});
