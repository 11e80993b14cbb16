import { describe, expect, it } from 'vitest';
import { affectedText, formatAge, nextStatuses, validateReport } from './logic';

describe('issue helpers', () => {
  it('offers only the changes the workflow allows', () => {
    expect(nextStatuses('open')).toEqual(['acknowledged', 'in_progress', 'resolved', 'declined']);
    expect(nextStatuses('in_progress')).toContain('acknowledged');
    expect(nextStatuses('resolved')).toEqual(['open']);
    expect(nextStatuses('duplicate')).toEqual([]);
  });

  it('counts neighbours affected', () => {
    expect(affectedText(1)).toBe('1 neighbour affected');
    expect(affectedText(3)).toBe('3 neighbours affected');
  });

  it('says how long ago', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(formatAge('2026-11-29T11:59:40Z', now)).toBe('just now');
    expect(formatAge('2026-11-29T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatAge('2026-11-29T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatAge('2026-11-28T12:00:00Z', now)).toBe('1 day ago');
    expect(formatAge('2026-09-01T12:00:00Z', now)).toBe('on 1 Sept 2026');
    expect(formatAge('nonsense', now)).toBe('nonsense');
  });
});

describe('validateReport', () => {
  const draft = { category_id: 'c1', lat: '51.456', lon: '-2,586', address: '', description: ' Deep hole ' };

  it('accepts a point (decimal commas too) and trims the description', () => {
    expect(validateReport(draft)).toEqual({
      ok: true,
      value: { category_id: 'c1', location: { lat: 51.456, lon: -2.586 }, description: 'Deep hole' },
    });
  });

  it('accepts an address instead of a point', () => {
    const checked = validateReport({ ...draft, lat: '', lon: '', address: 'Outside the bakery' });
    expect(checked).toEqual({
      ok: true,
      value: { category_id: 'c1', address: 'Outside the bakery', description: 'Deep hole' },
    });
  });

  it('asks for a category, a description and a place', () => {
    const checked = validateReport({ category_id: '', lat: '', lon: '', address: '', description: ' ' });
    expect(checked.ok).toBe(false);
    expect(Object.keys(!checked.ok ? checked.errors : {}).sort()).toEqual([
      'category_id',
      'description',
      'lat',
    ]);
    const half = validateReport({ ...draft, lon: '' });
    expect(!half.ok && half.errors.lon).toBeTruthy();
  });
});
