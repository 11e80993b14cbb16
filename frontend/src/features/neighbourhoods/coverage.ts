/**
 * The directory's search by place: the best matches of the gazetteer for what was typed (a
 * street, a postcode, a landmark), and for each the neighbourhoods whose area contains it
 * (`GET /api/v1/neighbourhoods?covers=lat,lon`), each neighbourhood once, with the place it was
 * found by.
 */
import { api, type LatLon, type Neighbourhood } from '../../api';
import { placesApi, type PlaceMatch } from '../places/api';
import { t } from '../../i18n';

/** The best place matches looked up: more would mostly repeat the same neighbourhoods. */
export const PLACES_LOOKED_UP = 3;
/** Neighbourhoods asked for per place. */
export const NEIGHBOURHOODS_PER_PLACE = 5;

export interface Covering {
  /** The place's label ("Lock Road", "RB1 4LR"), said on the card. */
  place: string;
  neighbourhood: Neighbourhood;
}

export interface Coverage {
  matches: PlaceMatch[];
  covering: Covering[];
  attribution: string[];
}

export interface CoverageDeps {
  search: typeof placesApi.search;
  list: typeof api.neighbourhoods.list;
}

export async function findCoverage(
  q: string,
  near: LatLon | null,
  signal: AbortSignal,
  deps: CoverageDeps = { search: placesApi.search, list: api.neighbourhoods.list },
): Promise<Coverage> {
  const found = await deps.search(q, near ?? undefined, signal);
  const matches = found.matches.slice(0, PLACES_LOOKED_UP);
  const pages = await Promise.all(
    matches.map((m) =>
      deps.list({ covers: { lat: m.lat, lon: m.lon }, limit: NEIGHBOURHOODS_PER_PLACE }, signal),
    ),
  );
  const seen = new Set<string>();
  const covering: Covering[] = [];
  matches.forEach((match, index) => {
    for (const neighbourhood of pages[index]?.items ?? []) {
      if (seen.has(neighbourhood.id)) continue;
      seen.add(neighbourhood.id);
      covering.push({ place: match.label, neighbourhood });
    }
  });
  return { matches, covering, attribution: found.attribution };
}

/** What the place results say, for the status line screen readers announce. */
export function coverageSummary(q: string, coverage: Coverage): string {
  if (coverage.matches.length === 0) return t('nbh-places-no-match', { q });
  const count = coverage.covering.length;
  if (count === 0) return t('nbh-places-none-cover', { q });
  return t('nbh-places-covered', { count, q });
}
