import { describe, expect, it } from 'vitest';
import { formatDate, formatDistance, formatTime } from './format';

describe('formatDistance', () => {
  it.each([
    [0, 'here'],
    [9.9, 'here'],
    [12, '10 m away'],
    [349, '350 m away'],
    [994, '990 m away'],
    [995, '1 km away'],
    [1000, '1 km away'],
    [1249, '1.2 km away'],
    [9949, '9.9 km away'],
    [12_400, '12 km away'],
    [1_234_567, '1,235 km away'],
  ])('%s m reads "%s"', (metres, expected) => {
    expect(formatDistance(metres)).toBe(expected);
  });

  it('shows nothing for impossible distances', () => {
    expect(formatDistance(-1)).toBe('');
    expect(formatDistance(Number.NaN)).toBe('');
  });
});

describe('formatDate', () => {
  it('formats RFC 3339 times as a calendar date in the given (by default the reader’s) zone', () => {
    expect(formatDate('2025-03-03T23:30:00Z', 'UTC')).toBe('3 Mar 2025');
    expect(formatDate('2025-03-04T03:30:00Z', 'America/Los_Angeles')).toBe('3 Mar 2025');
    expect(formatDate('2025-03-03T23:30:00Z', 'Asia/Tokyo')).toBe('4 Mar 2025');
  });

  it('returns unparseable input unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatTime', () => {
  it('reads hours and minutes, and nothing from what does not parse', () => {
    expect(formatTime('2026-11-29T10:02:59Z', 'UTC')).toBe('10:02');
    expect(formatTime('2026-11-29T23:30:00Z', 'Europe/London')).toBe('23:30');
    expect(formatTime('soon')).toBe('');
  });
});
