/**
 * The gazetteer: the place box's matches (`GET /api/v1/places/search`). Types are aliases of the
 * server's schemas; the call uses the app's one client.
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { Schema } from '../../api/types';
import { t } from '../../i18n';

export type PlaceMatch = Schema<'PlaceMatch'>;
export type PlaceSearchResult = Schema<'PlaceSearchResult'>;

/** What OpenStreetMap's licence (ODbL) asks to be shown wherever its data is, in the reader's language. */
export const osmAttribution = () => t('place-osm-attribution');

export function createPlacesApi(client: ApiClient) {
  return {
    /** Streets, addresses, postcodes and named places matching `q` (the last word a prefix). */
    search: (q: string, near?: { lat: number; lon: number }, signal?: AbortSignal) =>
      client.request<PlaceSearchResult>('/places/search', {
        query: { q, near: near ? `${near.lat},${near.lon}` : undefined, limit: 6 },
        signal,
      }),
  };
}

export const placesApi = createPlacesApi(api.client);
