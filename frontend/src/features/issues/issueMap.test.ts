import { describe, expect, it } from 'vitest';
import type { IssueStatus } from '../../api';
import { issue } from '../../test/issueFixtures';
import {
  MARKER_RADIUS_MAX,
  MARKER_RADIUS_MIN,
  areaBounds,
  bboxString,
  initialBounds,
  markerLabel,
  markerRadius,
  markerStyle,
  parseIssueFeatures,
  statusColour,
  toBbox,
} from './issueMap';
import { ISSUE_STATUSES } from './logic';

describe('marker radius', () => {
  it('grows with the square root of the people affected', () => {
    expect(markerRadius(1)).toBe(8);
    expect(markerRadius(4)).toBe(11);
    expect(markerRadius(9)).toBe(14);
    expect(markerRadius(16)).toBe(17);
    // Four times the people: about twice the radius, not four times.
    expect(markerRadius(36) - 5).toBeCloseTo(2 * (markerRadius(9) - 5));
  });

  it('is clamped, and safe with odd counts', () => {
    expect(markerRadius(0)).toBe(MARKER_RADIUS_MIN);
    expect(markerRadius(-3)).toBe(MARKER_RADIUS_MIN);
    expect(markerRadius(Number.NaN)).toBe(MARKER_RADIUS_MIN);
    expect(markerRadius(Number.POSITIVE_INFINITY)).toBe(MARKER_RADIUS_MIN);
    expect(markerRadius(49)).toBe(MARKER_RADIUS_MAX);
    expect(markerRadius(1_000_000)).toBe(MARKER_RADIUS_MAX);
    for (let n = 1; n < 100; n++) expect(markerRadius(n + 1)).toBeGreaterThanOrEqual(markerRadius(n));
  });
});

describe('marker colour and style', () => {
  it('gives every status its own colour', () => {
    const colours = ISSUE_STATUSES.map((s) => statusColour[s]);
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(new Set(colours).size).toBe(ISSUE_STATUSES.length);
    expect(markerStyle({ status: 'open', supporters_count: 1 }).fillColor).toBe(statusColour.open);
    expect(markerStyle({ status: 'in_progress', supporters_count: 1 }).color).toBe(statusColour.in_progress);
  });

  it('draws settled issues fainter and dashed, so colour is not the only difference', () => {
    const active: IssueStatus[] = ['open', 'acknowledged', 'in_progress'];
    for (const status of ISSUE_STATUSES) {
      const style = markerStyle({ status, supporters_count: 4 });
      expect(style.radius).toBe(11);
      if (active.includes(status)) {
        expect(style.dashArray).toBeUndefined();
        expect(style.fillOpacity).toBe(0.6);
      } else {
        expect(style.dashArray).toBe('4 3');
        expect(style.fillOpacity).toBeLessThan(0.6);
      }
    }
  });

  it('names a marker by what, status and how many people', () => {
    expect(markerLabel(issue({ supporters_count: 3 }))).toBe('Pothole: Open, 3 neighbours affected');
    expect(markerLabel(issue({ status: 'in_progress', supporters_count: 1 }))).toBe(
      'Pothole: In progress, 1 neighbour affected',
    );
  });
});

describe('bbox', () => {
  it('is min_lon,min_lat,max_lon,max_lat (the GeoJSON order)', () => {
    const bbox = toBbox({ south: 51.45, west: -2.59, north: 51.46, east: -2.58 });
    expect(bbox).toEqual([-2.59, 51.45, -2.58, 51.46]);
    expect(bboxString(bbox)).toBe('-2.59,51.45,-2.58,51.46');
  });

  it('rounds outwards to 6 decimals, so nothing at an edge is lost', () => {
    expect(toBbox({ south: 51.4500001, west: -2.5900001, north: 51.4599999, east: -2.5800001 })).toEqual([
      -2.590001, 51.45, -2.58, 51.46,
    ]);
  });

  it('wraps longitudes Leaflet reports past ±180 after panning round the world', () => {
    expect(toBbox({ south: 10, west: 357.5, north: 11, east: 358.5 })).toEqual([-2.5, 10, -1.5, 11]);
    expect(toBbox({ south: 10, west: -362.5, north: 11, east: -361.5 })).toEqual([-2.5, 10, -1.5, 11]);
  });

  it('asks for every longitude across the antimeridian or wider than the world, and clamps latitudes', () => {
    expect(toBbox({ south: -10, west: 179, north: 10, east: 181 })).toEqual([-180, -10, 180, 10]);
    expect(toBbox({ south: -95, west: -400, north: 95, east: 400 })).toEqual([-180, -90, 180, 90]);
    expect(toBbox({ south: Number.NaN, west: Number.NaN, north: Number.NaN, east: Number.NaN })).toEqual([
      -180, -90, 180, 90,
    ]);
  });

  it('never has min above max', () => {
    const [minLon, minLat, maxLon, maxLat] = toBbox({ south: 5, west: 10, north: 4, east: 9 });
    expect(minLon).toBeLessThanOrEqual(maxLon);
    expect(minLat).toBeLessThanOrEqual(maxLat);
  });
});

describe('initial view', () => {
  it('covers a circular neighbourhood by its radius', () => {
    const b = areaBounds({ center: { lat: 51.4545, lon: -2.5879 }, radius_m: 600, boundary: null });
    expect(b.north - 51.4545).toBeCloseTo(600 / 111_320, 6);
    expect(51.4545 - b.south).toBeCloseTo(600 / 111_320, 6);
    // A degree of longitude is shorter away from the equator: more degrees for the same metres.
    expect(b.east - -2.5879).toBeGreaterThan(b.north - 51.4545);
    expect(b.west).toBeCloseTo(-2.5879 - (b.east - -2.5879), 9);
  });

  it('covers a boundary polygon by its outer ring', () => {
    const boundary = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-2.6, 51.45],
          [-2.58, 51.45],
          [-2.58, 51.47],
          [-2.6, 51.45],
        ],
      ],
    };
    expect(areaBounds({ center: { lat: 51.46, lon: -2.59 }, radius_m: null, boundary })).toEqual({
      south: 51.45,
      north: 51.47,
      west: -2.6,
      east: -2.58,
    });
  });

  it('takes in issues outside the area and ignores those without a location', () => {
    const n = { center: { lat: 51.4545, lon: -2.5879 }, radius_m: 100, boundary: null };
    const b = initialBounds(n, [
      issue({ location: { lat: 51.47, lon: -2.6 } }),
      issue({ location: null }),
      issue({ location: { lat: 51.4546, lon: -2.5879 } }),
    ]);
    expect(b.north).toBe(51.47);
    expect(b.west).toBe(-2.6);
    expect(b.south).toBe(areaBounds(n).south);
    expect(b.east).toBe(areaBounds(n).east);
  });
});

describe('GeoJSON parsing', () => {
  const feature = (properties: unknown, coordinates: unknown = [-2.586, 51.456], type = 'Point') => ({
    type: 'Feature',
    id: 'x',
    geometry: { type, coordinates },
    properties,
  });

  it('reads the issues at their features’ points', () => {
    const a = issue({ id: 'i1', supporters_count: 4, location: { lat: 0, lon: 0 } });
    const b = issue({ id: 'i2', status: 'resolved' });
    const issues = parseIssueFeatures({
      type: 'FeatureCollection',
      features: [feature(a, [-2.586, 51.456]), feature(b, [-2.59, 51.45])],
    });
    expect(issues).toEqual([
      { ...a, location: { lat: 51.456, lon: -2.586 } },
      { ...b, location: { lat: 51.45, lon: -2.59 } },
    ]);
  });

  it('skips what is not a located issue, and repeats', () => {
    const good = issue({ id: 'i1' });
    const issues = parseIssueFeatures({
      type: 'FeatureCollection',
      features: [
        feature(good),
        feature(good), // the same issue twice
        feature(issue({ id: 'i2' }), [-2.586]), // no latitude
        feature(issue({ id: 'i3' }), [-2.586, 91]), // off the globe
        feature(issue({ id: 'i4' }), ['-2.586', '51.456']), // not numbers
        feature(issue({ id: 'i5' }), [[-2.586, 51.456]], 'LineString'),
        feature({ ...issue({ id: 'i6' }), status: 'lost' }), // a status this version does not know
        feature({ id: 'i7' }), // no category
        feature(null),
        { type: 'Feature', geometry: null, properties: issue({ id: 'i8' }) },
        'junk',
        null,
      ],
    });
    expect(issues.map((i) => i.id)).toEqual(['i1']);
  });

  it('counts a missing supporters count as none', () => {
    const { supporters_count: _, ...rest } = issue({ id: 'i1' });
    expect(
      parseIssueFeatures({ type: 'FeatureCollection', features: [feature(rest)] })[0].supporters_count,
    ).toBe(0);
  });

  it('refuses a body that is not a FeatureCollection', () => {
    for (const body of [null, [], { items: [], next_cursor: null }, { type: 'FeatureCollection' }, 'x']) {
      expect(() => parseIssueFeatures(body)).toThrow('not a GeoJSON FeatureCollection');
    }
    expect(parseIssueFeatures({ type: 'FeatureCollection', features: [] })).toEqual([]);
  });
});
