import { useEffect, useState } from 'preact/hooks';
import { api as appApi, type Api, type ClientConfig } from '../api';

/** The one request for the client configuration, shared by everyone who asks (null: none yet). */
let pending: Promise<ClientConfig> | null = null;

/**
 * The operator's front-end settings (`GET /client-config`), fetched once and kept for the life of
 * the page. A failed request is forgotten, so the next caller tries again.
 */
export function loadClientConfig(api: Pick<Api, 'clientConfig'> = appApi): Promise<ClientConfig> {
  if (pending === null) {
    const request = api.clientConfig();
    pending = request;
    request.catch(() => {
      if (pending === request) pending = null;
    });
  }
  return pending;
}

/**
 * The server's own default for `lease_warning_hours`, used only until the configuration has
 * loaded: the operator's setting (COMMONGROUND_LEASE_WARNING_HOURS) decides after that, as it
 * does for the server's warning.
 */
export const DEFAULT_LEASE_WARNING_HOURS = 12;

/** Hours before a held place runs out when the page starts warning (when the server warns too). */
export const leaseWarningHours = (config: ClientConfig | null): number =>
  config?.lease_warning_hours ?? DEFAULT_LEASE_WARNING_HOURS;

/**
 * Who the place data comes from ("© OpenStreetMap contributors"), to show beside places in words;
 * null until the configuration has loaded, or when no places are imported.
 */
export const placeAttribution = (config: ClientConfig | null): string | null =>
  config && config.place_attributions.length > 0 ? config.place_attributions.join('; ') : null;

/** Forgets the cached configuration (tests; a later call fetches it again). */
export function forgetClientConfig(): void {
  pending = null;
}

export interface ClientConfigState {
  config: ClientConfig | null;
  error: unknown;
}

/** The client configuration once it has loaded (null until then, or after an error). */
export function useClientConfig(): ClientConfigState {
  const [state, setState] = useState<ClientConfigState>({ config: null, error: null });
  useEffect(() => {
    let live = true;
    loadClientConfig().then(
      (config) => live && setState({ config, error: null }),
      (error: unknown) => live && setState({ config: null, error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
