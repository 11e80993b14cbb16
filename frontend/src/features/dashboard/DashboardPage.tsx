import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { isApiError } from '../../api';
import { dashboardApi, type DashboardSummary } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { DownloadLink } from '../../components/DownloadLink';
import { useLive, useLiveChannel } from '../../live/live';
import { issueName, issueStatusLabel } from '../issues/logic';
import { formatDuration, needsRefetch, trendGeometry } from './logic';
import { lazyPart } from '../../components/LazyPart';
import './dashboard.css';
import { t } from '../../i18n';

// Leaflet arrives after the figures: the map is the page's heaviest part and the least needed.
const DashboardMap = lazyPart(() => import('./DashboardMap').then((m) => m.DashboardMap), 'map');

const CHART_W = 600;
const CHART_H = 120;

function Tile({ label, value, detail }: { label: string; value: string | number; detail?: string }) {
  return (
    <div class="tile" role="group" aria-label={label}>
      <p class="tile__value">{value}</p>
      <p class="tile__label">{label}</p>
      {detail && <p class="tile__detail">{detail}</p>}
    </div>
  );
}

/** New issues and resolutions per day as two SVG lines, with the figures in a table for everyone. */
export function TrendChart({ summary }: { summary: DashboardSummary }) {
  const g = trendGeometry(summary.trend, CHART_W, CHART_H);
  const created = summary.trend.reduce((n, d) => n + d.created, 0);
  const resolved = summary.trend.reduce((n, d) => n + d.resolved, 0);
  return (
    <figure class="trend">
      <figcaption id="trend-caption">{t('dash-trend-caption')}</figcaption>
      <svg
        viewBox={`0 0 ${CHART_W} ${CHART_H}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="trend-caption trend-desc"
      >
        <desc id="trend-desc">{t('dash-trend-desc', { created, resolved, max: g.max })}</desc>
        <polyline class="trend__created" points={g.created} fill="none" />
        <polyline class="trend__resolved" points={g.resolved} fill="none" />
      </svg>
      <p class="trend__legend">
        <span class="trend__key trend__key--created">{t('dash-trend-new')}</span>{' '}
        <span class="trend__key trend__key--resolved">{t('dash-trend-resolved')}</span>
      </p>
    </figure>
  );
}

/** The exports offered for download, in the words a manager reads (read when shown). */
const EXPORTS = [
  {
    format: 'csv',
    accept: 'text/csv',
    label: () => t('dash-export-csv'),
    done: () => t('dash-export-csv-done'),
  },
  {
    format: 'geojson',
    accept: 'application/geo+json',
    label: () => t('dash-export-geojson'),
    done: () => t('dash-export-geojson-done'),
  },
] as const;

/**
 * The service manager's live dashboard over every neighbourhood the organisation serves. It
 * subscribes to `dashboard:{id}` and refetches the summary whenever a coalesced change goes
 * beyond the seqs the figures were read at (docs/live-protocol.md): no deltas, so nothing is
 * counted twice.
 */
export function DashboardPage() {
  const { params } = useRoute();
  const { url } = useLocation();
  const id = params.id ?? '';
  const query = new URLSearchParams(url.split('?')[1] ?? '');
  const filter = {
    neighbourhood_id: query.get('neighbourhood_id'),
    category_id: query.get('category_id'),
    days: query.get('days') ? Number(query.get('days')) : null,
  };
  const key = `${id}?${query.toString()}`;
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updated, setUpdated] = useState(0);
  const shown = useRef<Record<string, number>>({});
  const loading = useRef(false);
  const again = useRef(false);
  const { enabled } = useLive();

  const load = async () => {
    if (loading.current) {
      again.current = true;
      return;
    }
    loading.current = true;
    try {
      const next = await dashboardApi.summary(id, filter);
      shown.current = next.seqs;
      setSummary(next);
      setError(null);
      setUpdated((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      loading.current = false;
      if (again.current) {
        again.current = false;
        void load();
      }
    }
  };

  // The first `subscribed` of the view comes while the summary loaded on mount is on its way:
  // it is not fetched again for it (docs/live-protocol.md, "The first subscription of a view").
  const firstSubscription = useRef(true);
  useEffect(() => {
    firstSubscription.current = true;
  }, [id]);

  useEffect(() => {
    shown.current = {};
    void load();
  }, [key]);

  useLiveChannel(id ? `dashboard:${id}` : null, (message) => {
    if (message.type === 'subscribed') {
      if (firstSubscription.current) firstSubscription.current = false;
      else void load();
    }
    if (message.type === 'event' && message.kind === 'dashboard.changed') {
      if (needsRefetch(shown.current, message.data)) void load();
    }
  });

  if (!summary) {
    const forbidden = isApiError(error) && (error.status === 403 || error.status === 401);
    return (
      <Page title={t('dash-title')}>
        {forbidden ? <p>{t('dash-forbidden')}</p> : <ErrorAlert error={error} />}
        {!error && <p class="meta">{t('dash-loading')}</p>}
      </Page>
    );
  }

  const s = summary;
  return (
    <Page title={t('dash-title')}>
      <p class="breadcrumb">
        <a href={`/organisations/${id}`}>{t('dash-organisation')}</a> ·{' '}
        <a href={`/organisations/${id}/triage`}>{t('triage-title')}</a>
      </p>
      <p class="meta" aria-live="polite" data-testid="dashboard-updated" data-updates={updated}>
        {enabled ? t('dash-live') : t('dash-sign-in-for-live')}{' '}
        {t('dash-scope', { count: s.neighbourhoods.length, days: s.period.days })}
      </p>
      <ErrorAlert error={error} />
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">{t('dash-now-heading')}</h2>
        <div class="tiles">
          <Tile
            label={t('dash-tile-open')}
            value={s.open.total}
            detail={t('dash-tile-open-detail', {
              open: s.open.open,
              acknowledged: s.open.acknowledged,
              inProgress: s.open.in_progress,
            })}
          />
          <Tile
            label={t('dash-tile-new-today')}
            value={s.new_today}
            detail={t('dash-tile-this-week', { count: s.new_this_week })}
          />
          <Tile label={t('dash-tile-past-target')} value={s.past_target} />
          <Tile
            label={t('dash-tile-time-to-acknowledge')}
            value={formatDuration(s.time_to_acknowledge.median_seconds)}
            detail={t('dash-tile-median', { p90: formatDuration(s.time_to_acknowledge.p90_seconds) })}
          />
          <Tile
            label={t('dash-tile-time-to-resolve')}
            value={formatDuration(s.time_to_resolve.median_seconds)}
            detail={t('dash-tile-median', { p90: formatDuration(s.time_to_resolve.p90_seconds) })}
          />
          <Tile
            label={t('dash-tile-duplicate-work')}
            value={s.pooling.duplicate_work_saved}
            detail={t('dash-tile-pooling', { reports: s.pooling.reports, issues: s.pooling.issues })}
          />
          <Tile
            label={t('dash-tile-tasks')}
            value={s.tasks.open}
            detail={t('dash-tile-tasks-detail', {
              staffed: s.tasks.staffed,
              done: s.tasks.done,
              hours: s.tasks.verified_hours_this_week,
            })}
          />
          <Tile label={t('dash-tile-members-online')} value={s.members_online} />
        </div>
      </section>
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('dash-trend-heading')}</h2>
        <TrendChart summary={s} />
      </section>
      <section aria-labelledby="category-heading">
        <h2 id="category-heading">{t('dash-category-heading')}</h2>
        <table class="table--stack">
          <thead>
            <tr>
              <th scope="col">{t('dash-col-category')}</th>
              <th scope="col">{t('dash-col-open')}</th>
              <th scope="col">{t('dash-col-acknowledged')}</th>
              <th scope="col">{t('dash-col-in-progress')}</th>
              <th scope="col">{t('dash-col-past-target')}</th>
            </tr>
          </thead>
          <tbody>
            {s.open_by_category.map((c) => (
              <tr key={c.category.id}>
                <th scope="row" dir="auto">
                  {c.category.name}
                </th>
                <td data-label={t('dash-col-open')}>{c.open.open}</td>
                <td data-label={t('dash-col-acknowledged')}>{c.open.acknowledged}</td>
                <td data-label={t('dash-col-in-progress')}>{c.open.in_progress}</td>
                <td data-label={t('dash-col-past-target')}>{c.past_target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="top-heading">
        <h2 id="top-heading">{t('dash-top-heading')}</h2>
        <ol class="top-issues">
          {s.top_issues.map((i) => (
            <li key={i.id}>
              <a href={`/issues/${i.id}`} dir="auto">
                {issueName(i)}
              </a>{' '}
              · {issueStatusLabel[i.status]} · {t('dash-affected', { count: i.supporters_count })}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t('dash-map-heading')}</h2>
        <DashboardMap features={s.map.features} categories={s.categories} />
        {s.map.truncated && <p class="meta">{t('dash-map-truncated', { count: 2000 })}</p>}
      </section>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('dash-downloads-heading')}</h2>
        <p>{t('dash-downloads-intro')}</p>
        <ul class="downloads">
          {EXPORTS.map((e) => (
            <li key={e.format}>
              <DownloadLink
                href={dashboardApi.exportUrl(id, e.format)}
                filename={`issues.${e.format}`}
                accept={e.accept}
                label={e.label()}
                done={e.done()}
              />
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
