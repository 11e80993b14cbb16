import { useState } from 'preact/hooks';
import {
  api,
  type Category,
  type Issue,
  type IssueSort,
  type IssueStatus,
  type Neighbourhood,
} from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { usePagedList, type PagedList } from '../../hooks/usePagedList';
import { useResource } from '../../hooks/useResource';
import { useIssueEvents } from './events';
import { ISSUE_STATUSES, affectedText, formatAge, issueStatusLabel, placeOf, reportsText } from './logic';
import { LoadMore } from '../../components/LoadMore';
import { placeAttribution, useClientConfig } from '../../lib/clientConfig';
import { lazyPart } from '../../components/LazyPart';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

// Leaflet comes after the list: the list alone reaches every problem, the map is a second way.
const IssueMap = lazyPart(() => import('./IssueMap').then((m) => m.IssueMap), 'map');

/** Who the places in words come from (ODbL asks for it wherever the data shows). */
function PlaceAttribution() {
  const attribution = placeAttribution(useClientConfig().config);
  return attribution ? (
    <p class="meta attribution">{t('issue-places-attribution', { attribution })}</p>
  ) : null;
}

/** A status as a badge: resolved and declined look settled, the rest look active. */
export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  return <span class={`badge issue-status issue-status--${status}`}>{issueStatusLabel[status]}</span>;
}

/** One issue in a list: what, where, how many people, how long ago. */
export function IssueSummary({ issue, extra }: { issue: Issue; extra?: string }) {
  return (
    <>
      <div class="issue-summary__title">
        <a href={`/issues/${issue.id}`}>{issue.category.name}</a> <IssueStatusBadge status={issue.status} />
      </div>
      {placeOf(issue) && (
        <div class="issue-summary__place" dir="auto">
          {placeOf(issue)}
        </div>
      )}
      {issue.place_not_found && (
        <div class="meta">
          <Markup id="issue-summary-place-not-found" elements={{ badge: <span class="badge" /> }} />
        </div>
      )}
      <div class="meta">
        {extra && <span>{extra}</span>}
        <span>{affectedText(issue.supporters_count)}</span>
        <span>{reportsText(issue.reports_count)}</span>
        <span>
          <Markup
            id="issue-summary-first-reported"
            args={{ age: formatAge(issue.first_reported_at) }}
            elements={{ time: <time dateTime={issue.first_reported_at} /> }}
          />
        </span>
      </div>
    </>
  );
}

function canReport(n: Neighbourhood): boolean {
  return n.viewer.membership?.status === 'active';
}

/** "Problems reported here": the neighbourhood's shared issues, filtered, paged, kept live. */
export function IssueList({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  const [status, setStatus] = useState<IssueStatus | ''>('');
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<IssueSort>('newest');
  const [version, setVersion] = useState(0);
  const [showMap, setShowMap] = useState(true);
  const categories = useResource<Category[]>(`${n.id}`, (signal) =>
    api.neighbourhoods.categories(n.id, signal),
  );
  const list = usePagedList(`${n.id}:${status}:${category}:${sort}:${version}`, (cursor, signal) =>
    api.neighbourhoods.issues(
      n.id,
      {
        status: status || undefined,
        category: category || undefined,
        sort: sort === 'newest' ? undefined : sort,
        cursor,
      },
      signal,
    ),
  );
  useIssueEvents(n.id, () => setVersion((v) => v + 1));
  const filtered = status !== '' || category !== '' || sort !== 'newest';

  return (
    <section aria-labelledby="issues-heading" aria-busy={list.loading}>
      <h2 id="issues-heading">{t('issue-list-heading')}</h2>
      {canReport(n) ? (
        <p>
          <a class="button" href={`/neighbourhoods/${n.id}/report`}>
            {t('issue-list-report')}
          </a>
        </p>
      ) : (
        <p class="meta">{t('issue-list-members-only')}</p>
      )}
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label={t('issue-filter-label')}>
        <div class="field">
          <label for="issue-filter-status">{t('issue-filter-status')}</label>
          <select
            id="issue-filter-status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as IssueStatus | '')}
          >
            <option value="">{t('issue-filter-any-status')}</option>
            {ISSUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {issueStatusLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="issue-filter-category">{t('issue-filter-category')}</label>
          <select
            id="issue-filter-category"
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
          >
            <option value="">{t('issue-filter-any-category')}</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="issue-sort">{t('issue-sort-label')}</label>
          <select
            id="issue-sort"
            value={sort}
            onChange={(event) => setSort(event.currentTarget.value as IssueSort)}
          >
            <option value="newest">{t('issue-sort-newest')}</option>
            <option value="impact">{t('issue-sort-impact')}</option>
            <option value="oldest_unresolved">{t('issue-sort-oldest-unresolved')}</option>
          </select>
        </div>
      </form>
      <p>
        <button
          type="button"
          class="button--quiet button--small"
          aria-expanded={showMap}
          aria-controls="issue-map-panel"
          onClick={() => setShowMap((shown) => !shown)}
        >
          {showMap ? t('issue-map-hide') : t('issue-map-show')}
        </button>
      </p>
      <div class={showMap ? 'issues-layout issues-layout--with-map' : 'issues-layout'}>
        <div class="issues-layout__list">
          <IssueListItems list={list} filtered={filtered} />
        </div>
        <div id="issue-map-panel" class="issues-layout__map" hidden={!showMap}>
          {/* The same filters apply; the order does not matter on a map. */}
          {showMap && <IssueMap key={n.id} neighbourhood={n} status={status} category={category} />}
        </div>
      </div>
    </section>
  );
}

/** The list itself, with its loading, empty and "Load more" states. */
function IssueListItems({ list, filtered }: { list: PagedList<Issue>; filtered: boolean }) {
  return (
    <>
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 && <p>{t('issue-list-loading')}</p>}
      {!list.loading && !list.error && list.items.length === 0 && (
        <p>{filtered ? t('issue-list-none-filtered') : t('issue-list-none')}</p>
      )}
      <ul class="issue-list">
        {list.items.map((issue) => (
          <li key={issue.id} class="issue-summary">
            <IssueSummary issue={issue} />
          </li>
        ))}
      </ul>
      {list.items.some((issue) => issue.place) && <PlaceAttribution />}
      <LoadMore list={list} label={t('issue-list-load-more')} />
    </>
  );
}
