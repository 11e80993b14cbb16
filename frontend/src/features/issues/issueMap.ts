/**
 * The pure parts of the neighbourhood map: where to look, which box to ask the server for, and how
 * each issue's marker looks. Nothing here touches Leaflet or the DOM.
 */
import type { Issue, IssueStatus, LatLon, Neighbourhood } from '../../api';
import { ISSUE_STATUSES, affectedText, isActiveStatus, issueStatusLabel } from './logic';
import { t } from '../../i18n';

/** South, west, north and east edges in degrees (Leaflet's LatLngBounds, without Leaflet). */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** [min_lon, min_lat, max_lon, max_lat]: the `bbox` query parameter, in the GeoJSON order. */
export type Bbox = [number, number, number, number];

/** The server's own figure for a degree of latitude (src/domain/geo.rs). */
const METRES_PER_DEGREE_LAT = 111_320;
/** The area shown around a neighbourhood that has neither a radius nor a boundary. */
const FALLBACK_RADIUS_M = 300;

/** The most issues one map request asks for (the server's page limit). */
export const MAP_ISSUE_LIMIT = 100;
/** How long the map must rest after a pan or zoom before the issues in view are fetched. */
export const MOVE_DEBOUNCE_MS = 300;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The box around a circle of `radiusM` metres (as the server computes it). */
export function boundsAround({ lat, lon }: LatLon, radiusM: number): Bounds {
  const dLat = radiusM / METRES_PER_DEGREE_LAT;
  const cosLat = Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  const dLon = Math.min(radiusM / (METRES_PER_DEGREE_LAT * cosLat), 180);
  return {
    south: Math.max(lat - dLat, -90),
    north: Math.min(lat + dLat, 90),
    west: Math.max(lon - dLon, -180),
    east: Math.min(lon + dLon, 180),
  };
}

/** The neighbourhood's own extent: its circle, or its boundary's outer ring. */
export function areaBounds(n: Pick<Neighbourhood, 'center' | 'radius_m' | 'boundary'>): Bounds {
  const ring = n.boundary?.coordinates[0] ?? [];
  const points = ring.flatMap(([lon, lat]) =>
    Number.isFinite(lat) && Number.isFinite(lon) ? [{ lat, lon }] : [],
  );
  if (points.length > 0) {
    const [first, ...rest] = points;
    return extendBounds({ south: first.lat, north: first.lat, west: first.lon, east: first.lon }, rest);
  }
  return boundsAround(n.center, n.radius_m ?? FALLBACK_RADIUS_M);
}

/** `bounds` grown to take in `points`. */
export function extendBounds(bounds: Bounds, points: LatLon[]): Bounds {
  return points.reduce(
    (b, p) => ({
      south: Math.min(b.south, p.lat),
      north: Math.max(b.north, p.lat),
      west: Math.min(b.west, p.lon),
      east: Math.max(b.east, p.lon),
    }),
    bounds,
  );
}

/** What the map first shows: the neighbourhood and every located issue it knows of. */
export function initialBounds(
  n: Pick<Neighbourhood, 'center' | 'radius_m' | 'boundary'>,
  issues: Pick<Issue, 'location'>[],
): Bounds {
  return extendBounds(
    areaBounds(n),
    issues.flatMap((issue) => (issue.location ? [issue.location] : [])),
  );
}

/** A longitude brought into [-180, 180) (left alone when it already is: no rounding noise). */
const wrapLon = (lon: number) => (lon >= -180 && lon < 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180);

/**
 * The `bbox` for a map view. Leaflet's longitudes run past ±180 after panning round the world;
 * the server wants -180..180 with min ≤ max, so a view across the antimeridian (or wider than the
 * world) asks for every longitude. Edges are rounded outwards to 6 decimals (about 10 cm).
 */
export function toBbox({ south, west, north, east }: Bounds): Bbox {
  let minLon = -180;
  let maxLon = 180;
  const width = east - west;
  if (width >= 0 && width < 360) {
    const start = wrapLon(west);
    if (start + width <= 180) {
      minLon = start;
      maxLon = start + width;
    }
  }
  // The tolerance (1e-12 degrees) keeps floating-point noise from widening a round edge.
  const down = (value: number, limit: number) => clamp(Math.floor(value * 1e6 + 1e-6) / 1e6, -limit, limit);
  const up = (value: number, limit: number) => clamp(Math.ceil(value * 1e6 - 1e-6) / 1e6, -limit, limit);
  const minLat = Number.isFinite(south) ? south : -90;
  const maxLat = Number.isFinite(north) ? north : 90;
  return [
    down(minLon, 180),
    down(Math.min(minLat, maxLat), 90),
    up(maxLon, 180),
    up(Math.max(minLat, maxLat), 90),
  ];
}

/** The query parameter itself: `min_lon,min_lat,max_lon,max_lat`. */
export const bboxString = (bbox: Bbox): string => bbox.join(',');

// ---- Markers ----------------------------------------------------------------------------------

export const MARKER_RADIUS_MIN = 8;
export const MARKER_RADIUS_MAX = 24;

/**
 * A marker's radius in pixels for the people affected: the area grows with their number (square
 * root), from a size easy to hit with a finger to one that still leaves its neighbours visible.
 */
export function markerRadius(supporters: number): number {
  const n = Number.isFinite(supporters) && supporters > 0 ? supporters : 0;
  return clamp(5 + 3 * Math.sqrt(n), MARKER_RADIUS_MIN, MARKER_RADIUS_MAX);
}

/** Fill colours by status: warm while waiting, blue while worked on, green when fixed, grey when settled otherwise. */
export const statusColour: Record<IssueStatus, string> = {
  open: '#b3261e',
  acknowledged: '#a35a00',
  in_progress: '#1f5fa8',
  resolved: '#2e7d4f',
  declined: '#5f6b66',
  duplicate: '#7d8480',
};

export interface MarkerStyle {
  radius: number;
  color: string;
  fillColor: string;
  fillOpacity: number;
  weight: number;
  /** Settled issues have a dashed outline, so that colour is not the only difference. */
  dashArray: string | undefined;
}

/** How one issue's circle looks (Leaflet's CircleMarker options). */
export function markerStyle(issue: Pick<Issue, 'status' | 'supporters_count'>): MarkerStyle {
  const active = isActiveStatus(issue.status);
  const colour = statusColour[issue.status] ?? statusColour.open;
  return {
    radius: markerRadius(issue.supporters_count),
    color: colour,
    fillColor: colour,
    fillOpacity: active ? 0.6 : 0.3,
    weight: active ? 2 : 2.5,
    dashArray: active ? undefined : '4 3',
  };
}

/** A marker's title and accessible name: "Pothole: Open, 3 neighbours affected". */
export function markerLabel(issue: Pick<Issue, 'category' | 'status' | 'supporters_count'>): string {
  return t('issue-marker-label', {
    category: issue.category.name,
    status: issueStatusLabel[issue.status] ?? issue.status,
    affected: affectedText(issue.supporters_count),
  });
}

// ---- GeoJSON ----------------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStatus = (value: unknown): value is IssueStatus =>
  typeof value === 'string' && (ISSUE_STATUSES as string[]).includes(value);

/**
 * The issues in a GeoJSON FeatureCollection from the issue listing (`format=geojson`), each placed
 * at its feature's point. Features that are not a located issue are skipped, as are repeats; a
 * body that is not a FeatureCollection is an error.
 */
export function parseIssueFeatures(body: unknown): Issue[] {
  if (!isObject(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new Error(t('issue-map-bad-data'));
  }
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const feature of body.features as unknown[]) {
    if (!isObject(feature) || feature.type !== 'Feature') continue;
    const { geometry, properties } = feature;
    if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) continue;
    const [lon, lat] = geometry.coordinates as unknown[];
    if (typeof lat !== 'number' || typeof lon !== 'number') continue;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    if (!isObject(properties) || typeof properties.id !== 'string' || !isStatus(properties.status)) continue;
    if (!isObject(properties.category) || typeof properties.category.name !== 'string') continue;
    if (seen.has(properties.id)) continue;
    seen.add(properties.id);
    const supporters = properties.supporters_count;
    issues.push({
      ...(properties as unknown as Issue),
      supporters_count: typeof supporters === 'number' && Number.isFinite(supporters) ? supporters : 0,
      location: { lat, lon },
    });
  }
  return issues;
}
