import { describe, expect, it } from 'vitest';
import { parseLatLon, roundCoordinate } from './geo';

describe('parseLatLon', () => {
  it('reads "lat,lon"', () => {
    expect(parseLatLon('51.5, -0.12')).toEqual({ lat: 51.5, lon: -0.12 });
  });

  it.each([undefined, '', '51.5', ',', '51.5,', 'a,b', '91,0', '0,181', '1,2,3'])('rejects %j', (text) => {
    expect(parseLatLon(text)).toBeNull();
  });
});

describe('roundCoordinate', () => {
  it('keeps five decimals', () => {
    expect(roundCoordinate(51.507412345)).toBe(51.50741);
    expect(roundCoordinate(-0.127849)).toBe(-0.12785);
  });
});
