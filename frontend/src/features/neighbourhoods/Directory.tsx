import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, type LatLon } from '../../api';
import { Page } from '../../components/Page';
import { TextField } from '../../components/fields';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { NeighbourhoodCard } from './NeighbourhoodCard';
import { usePagedList } from '../../hooks/usePagedList';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useFormValues } from '../../hooks/useFormValues';
import { currentPosition, parseLatLon, roundCoordinate } from '../../lib/geo';
import { parseNumber } from '../../lib/validation';
import { feedbackFromValidation, noFeedback, type FormFeedback } from '../../lib/feedback';
import { LoadMore } from '../../components/LoadMore';
import { coverageSummary, findCoverage, type Coverage } from './coverage';
import { osmAttribution } from '../places/api';
import { PlaceBox } from '../places/PlaceBox';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/** The directory's search lives in the URL, so results can be shared and Back works. */
function searchUrl(q: string, near: LatLon | null): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (near) params.set('near', `${roundCoordinate(near.lat)},${roundCoordinate(near.lon)}`);
  const search = params.toString();
  return search ? `/neighbourhoods?${search}` : '/neighbourhoods';
}

/** Either both coordinates or neither; errors keyed by field. */
function readNear(lat: string, lon: string): { near: LatLon | null; errors: Record<string, string> } {
  if (!lat.trim() && !lon.trim()) return { near: null, errors: {} };
  const near = { lat: parseNumber(lat), lon: parseNumber(lon) };
  const errors: Record<string, string> = {};
  if (!(Math.abs(near.lat) <= 90)) errors.lat = t('nbh-search-latitude-range');
  if (!(Math.abs(near.lon) <= 180)) errors.lon = t('nbh-search-longitude-range');
  return { near, errors };
}

function SearchForm({ q, near }: { q: string; near: LatLon | null }) {
  const { route } = useLocation();
  const initial = { q, lat: near ? String(near.lat) : '', lon: near ? String(near.lon) : '' };
  const { values, setValues, set } = useFormValues(initial);
  const [feedback, setFeedback] = useState<FormFeedback>(noFeedback);
  const [locating, setLocating] = useState(false);
  const focusAfterRender = useFocusAfterRender();

  // Follow the URL when it changes from outside the form (Back/Forward).
  useEffect(() => setValues(initial), [q, near?.lat, near?.lon]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const { near: wanted, errors } = readNear(values.lat, values.lon);
    if (Object.keys(errors).length > 0) return setFeedback(feedbackFromValidation(errors));
    setFeedback(noFeedback);
    route(searchUrl(values.q.trim(), wanted));
  };

  const onNearMe = async () => {
    setLocating(true);
    setFeedback(noFeedback);
    try {
      const here = await currentPosition();
      const rounded = { lat: roundCoordinate(here.lat), lon: roundCoordinate(here.lon) };
      setValues((v) => ({ ...v, lat: String(rounded.lat), lon: String(rounded.lon) }));
      route(searchUrl(values.q.trim(), rounded));
      // The button was disabled while locating, which drops focus to the page: take it to the
      // results it asked for instead.
      focusAfterRender('results-heading');
    } catch (error) {
      setFeedback({ fields: {}, summary: (error as Error).message, other: [] });
    } finally {
      setLocating(false);
    }
  };

  return (
    <form
      role="search"
      aria-label={t('nbh-search-label')}
      class="form search-form"
      onSubmit={onSubmit}
      noValidate
    >
      <FormAlert feedback={feedback} labels={{ lat: t('nbh-latitude'), lon: t('nbh-longitude') }} />
      <PlaceBox
        name="q"
        label={t('nbh-search-q')}
        hint={t('nbh-search-q-hint')}
        value={values.q}
        onValue={set('q')}
        // A picked street or place is searched at once: the neighbourhoods covering it are listed.
        onPick={(match) => {
          const { near: wanted, errors } = readNear(values.lat, values.lon);
          route(searchUrl(match.label, Object.keys(errors).length > 0 ? null : wanted));
        }}
        near={near ?? undefined}
        noMatches={(typed) => t('nbh-search-no-place', { q: typed })}
      />
      <fieldset class="field">
        <legend>{t('nbh-near-legend')}</legend>
        <p class="hint">{t('nbh-near-hint')}</p>
        <div class="field-row">
          <TextField
            name="lat"
            label={t('nbh-latitude')}
            inputMode="decimal"
            value={values.lat}
            onValue={set('lat')}
            error={feedback.fields.lat}
          />
          <TextField
            name="lon"
            label={t('nbh-longitude')}
            inputMode="decimal"
            value={values.lon}
            onValue={set('lon')}
            error={feedback.fields.lon}
          />
        </div>
        <button type="button" class="button--quiet" onClick={onNearMe} disabled={locating}>
          {locating ? t('nbh-finding-you') : t('nbh-near-me')}
        </button>
      </fieldset>
      <button type="submit">{t('nbh-search')}</button>
    </form>
  );
}

function resultsSummary(count: number, hasMore: boolean, q: string, near: boolean): string {
  if (count === 0) return q ? t('nbh-results-none-match', { q }) : t('nbh-results-none');
  // One sentence per case: the words around the count and the search change with each other.
  const more = hasMore ? ` ${t('nbh-results-more')}` : '';
  if (q && near) return t('nbh-results-matching-nearest', { count, q }) + more;
  if (q) return t('nbh-results-matching', { count, q }) + more;
  if (near) return t('nbh-results-nearest', { count }) + more;
  return t('nbh-results', { count }) + more;
}

interface CoverageState {
  key: string;
  coverage: Coverage | null;
  error: unknown;
}

/** The place search for `q` (none without one); a newer search's answer always wins. */
function useCoverage(q: string, near: LatLon | null) {
  const key = `${q}|${near ? `${near.lat},${near.lon}` : ''}`;
  const [state, setState] = useState<CoverageState>({ key: '', coverage: null, error: null });
  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    findCoverage(q, near, controller.signal).then(
      (coverage) => setState({ key, coverage, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, coverage: null, error });
      },
    );
    return () => controller.abort();
  }, [key]);
  const current = state.key === key;
  return {
    loading: !!q && !current,
    coverage: current ? state.coverage : null,
    error: current ? state.error : null,
  };
}

/** Neighbourhoods that cover the streets, postcodes or places matching `q`, saying which. */
function PlaceResults({ q, near }: { q: string; near: LatLon | null }) {
  const { loading, coverage, error } = useCoverage(q, near);
  return (
    <section aria-labelledby="places-heading" aria-busy={loading}>
      <h2 id="places-heading">{t('nbh-places-heading')}</h2>
      <ErrorAlert error={error} />
      <StatusMessage
        message={loading ? t('nbh-places-loading') : coverage ? coverageSummary(q, coverage) : null}
      />
      {coverage && coverage.covering.length > 0 && (
        <ul class="cards">
          {coverage.covering.map(({ place, neighbourhood }) => (
            <NeighbourhoodCard key={neighbourhood.id} neighbourhood={neighbourhood} covers={place} />
          ))}
        </ul>
      )}
      {coverage && coverage.matches.length > 0 && (
        <p class="meta attribution">
          {t('nbh-places-attribution', {
            sources: coverage.attribution.length > 0 ? coverage.attribution.join('; ') : osmAttribution(),
          })}
        </p>
      )}
    </section>
  );
}

export function Directory() {
  const { query } = useLocation();
  const q = query.q?.trim() ?? '';
  const near = parseLatLon(query.near);
  const list = usePagedList(`${q}|${query.near ?? ''}`, (cursor, signal) =>
    api.neighbourhoods.list({ q: q || undefined, near: near ?? undefined, cursor }, signal),
  );

  return (
    <Page title={t('nbh-directory-title')}>
      <p>
        <Markup id="nbh-directory-intro" elements={{ start: <a href="/neighbourhoods/new" /> }} />
      </p>
      <SearchForm q={q} near={near} />
      <section aria-labelledby="results-heading" aria-busy={list.loading}>
        <h2 id="results-heading" tabIndex={-1}>
          {t('nbh-results-heading')}
        </h2>
        <ErrorAlert error={list.error} />
        <StatusMessage
          message={
            list.loading
              ? t('nbh-results-loading')
              : resultsSummary(list.items.length, list.hasMore, q, !!near)
          }
        />
        <ul class="cards">
          {list.items.map((n) => (
            <NeighbourhoodCard key={n.id} neighbourhood={n} />
          ))}
        </ul>
        <LoadMore list={list} />
      </section>
      {q && <PlaceResults q={q} near={near} />}
    </Page>
  );
}
