import { organisationsApi, type Organisation } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { usePagedList } from '../../hooks/usePagedList';
import { formatCount } from '../../lib/format';
import './organisation.css';

const EXCERPT = 180;

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT).trimEnd()}…`;
}

function OrganisationCard({ organisation: o }: { organisation: Organisation }) {
  return (
    <li class="card">
      <h2 class="card__title">
        <a href={`/organisations/${o.id}`}>{o.name}</a>
      </h2>
      {o.description && <p>{excerpt(o.description)}</p>}
      <p class="meta">
        <span>Serves {formatCount(o.neighbourhoods.length, 'neighbourhood')}</span>
      </p>
    </li>
  );
}

/** Every organisation (public-service body) on Commonground, linking to each one's page. */
export function Organisations() {
  const list = usePagedList('organisations', (cursor, signal) => organisationsApi.list({ cursor }, signal));
  const summary = list.loading
    ? 'Loading organisations…'
    : list.items.length === 0
      ? 'No organisations yet.'
      : `Showing ${formatCount(list.items.length, 'organisation')}${list.hasMore ? '. There are more.' : '.'}`;

  return (
    <Page title="Organisations">
      <p>
        The public-service bodies working with neighbourhoods here. Their staff manage the categories
        residents report in and the API keys of the apps that file reports for them.
      </p>
      <ErrorAlert error={list.error} />
      <StatusMessage message={list.error ? null : summary} />
      <ul class="cards organisation-list" aria-busy={list.loading}>
        {list.items.map((o) => (
          <OrganisationCard key={o.id} organisation={o} />
        ))}
      </ul>
      {list.hasMore && (
        <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </Page>
  );
}
