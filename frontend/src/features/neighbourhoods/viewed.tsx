import { api, isApiError } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Page } from '../../components/Page';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../session/session';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/**
 * The neighbourhood a page is about. Who is looking matters (viewer, private neighbourhoods), so
 * it waits for the session and reloads when the viewer changes, or when `version` is bumped.
 * While another neighbourhood loads, it does not return the previous one.
 */
export function useViewedNeighbourhood(id: string, version?: number) {
  const { state, me } = useSession();
  const viewer = `${id}:${me?.id ?? ''}`;
  const key = state.status === 'loading' ? null : version === undefined ? viewer : `${viewer}:${version}`;
  const { data, error } = useResource(key, (signal) => api.neighbourhoods.get(id, signal));
  return { neighbourhood: data?.id === id ? data : undefined, data, error };
}

/** What a neighbourhood's page shows until the neighbourhood is there: loading, not found, or the error. */
export function NeighbourhoodUnavailable({
  error,
  title,
  loadingTitle,
  browseLink = false,
}: {
  error: unknown;
  /** The page's title once it has failed for another reason than not finding the neighbourhood. */
  title: string;
  /** The title while loading; "Loading…" when not given. */
  loadingTitle?: string;
  /** Whether to point to the directory when the neighbourhood is not found. */
  browseLink?: boolean;
}) {
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <Page title={notFound ? t('nbh-not-found-title') : error ? title : (loadingTitle ?? t('ui-loading'))}>
      {notFound ? (
        <p>
          {browseLink ? (
            <Markup id="nbh-not-found-browse" elements={{ browse: <a href="/neighbourhoods" /> }} />
          ) : (
            t('nbh-not-found')
          )}
        </p>
      ) : (
        <ErrorAlert error={error} />
      )}
    </Page>
  );
}
