import { organisationsApi, type Organisation } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { usePagedList } from '../../hooks/usePagedList';
import { t } from '../../i18n';
import './organisation.css';

const EXCERPT = 180;

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT).trimEnd()}…`;
}

function OrganisationCard({ organisation: o }: { organisation: Organisation }) {
  return (
    <li class="card">
      <h2 class="card__title" dir="auto">
        <a href={`/organisations/${o.id}`}>{o.name}</a>
      </h2>
      {o.description && <p dir="auto">{excerpt(o.description)}</p>}
      <p class="meta">
        <span>{t('org-serves', { count: o.neighbourhoods.length })}</span>
      </p>
    </li>
  );
}

/** Every organisation (public-service body) on Commonground, linking to each one's page. */
export function Organisations() {
  const list = usePagedList('organisations', (cursor, signal) => organisationsApi.list({ cursor }, signal));
  const summary = list.loading
    ? t('org-list-loading')
    : list.items.length === 0
      ? t('org-list-empty')
      : list.hasMore
        ? t('org-list-showing-more', { count: list.items.length })
        : t('org-list-showing', { count: list.items.length });

  return (
    <Page title={t('org-list-title')}>
      <p>{t('org-list-intro')}</p>
      <ErrorAlert error={list.error} />
      <StatusMessage message={list.error ? null : summary} />
      <ul class="cards organisation-list" aria-busy={list.loading}>
        {list.items.map((o) => (
          <OrganisationCard key={o.id} organisation={o} />
        ))}
      </ul>
      {list.hasMore && (
        <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? t('org-loading-more') : t('org-load-more')}
        </button>
      )}
    </Page>
  );
}
