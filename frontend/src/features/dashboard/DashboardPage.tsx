import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { isApiError } from '../../api';
import { dashboardApi, type DashboardSummary } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { DownloadLink } from '../../components/DownloadLink';
import { useLive, useLiveChannel } from '../../live/live';
import { formatCount } from '../../lib/format';
import { issueName, issueStatusLabel } from '../issues/logic';
import { formatDuration, needsRefetch, trendGeometry } from './logic';
import { lazyPart } from '../../components/LazyPart';
import './dashboard.css';

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
      <figcaption id="trend-caption">Last 30 days: new issues and resolutions per day</figcaption>
      <svg
        viewBox={`0 0 ${CHART_W} ${CHART_H}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="trend-caption trend-desc"
      >
        <desc id="trend-desc">{`${created} new issues and ${resolved} resolutions in 30 days; at most ${g.max} in a day.`}</desc>
        <polyline class="trend__created" points={g.created} fill="none" />
        <polyline class="trend__resolved" points={g.resolved} fill="none" />
      </svg>
      <p class="trend__legend">
        <span class="trend__key trend__key--created">New</span>{' '}
        <span class="trend__key trend__key--resolved">Resolved</span>
      </p>
    </figure>
  );
}

/** The exports offered for download, in the words a manager reads. */
const EXPORTS = [
  { format: 'csv', accept: 'text/csv', label: 'Spreadsheet (CSV)', done: 'The spreadsheet is downloaded.' },
  {
    format: 'geojson',
    accept: 'application/geo+json',
    label: 'Map data (GeoJSON)',
    done: 'The map data is downloaded.',
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
      <Page title="Dashboard">
        {forbidden ? (
          <p>Only the organisation’s staff can see its dashboard.</p>
        ) : (
          <ErrorAlert error={error} />
        )}
        {!error && <p class="meta">Loading the figures…</p>}
      </Page>
    );
  }

  const s = summary;
  return (
    <Page title="Dashboard">
      <p class="breadcrumb">
        <a href={`/organisations/${id}`}>Organisation</a> ·{' '}
        <a href={`/organisations/${id}/triage`}>Triage queue</a>
      </p>
      <p class="meta" aria-live="polite" data-testid="dashboard-updated" data-updates={updated}>
        {enabled ? 'Live: the figures follow every change.' : 'Sign in for live figures.'} Over{' '}
        {formatCount(s.neighbourhoods.length, 'neighbourhood')}; response times and pooling over the last{' '}
        {s.period.days} days.
      </p>
      <ErrorAlert error={error} />
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">Now</h2>
        <div class="tiles">
          <Tile
            label="Open issues"
            value={s.open.total}
            detail={`${s.open.open} new, ${s.open.acknowledged} acknowledged, ${s.open.in_progress} in progress`}
          />
          <Tile label="New today" value={s.new_today} detail={`${s.new_this_week} this week`} />
          <Tile label="Past target time" value={s.past_target} />
          <Tile
            label="Time to acknowledge"
            value={formatDuration(s.time_to_acknowledge.median_seconds)}
            detail={`median; 90% within ${formatDuration(s.time_to_acknowledge.p90_seconds)}`}
          />
          <Tile
            label="Time to resolve"
            value={formatDuration(s.time_to_resolve.median_seconds)}
            detail={`median; 90% within ${formatDuration(s.time_to_resolve.p90_seconds)}`}
          />
          <Tile
            label="Duplicate work saved"
            value={s.pooling.duplicate_work_saved}
            detail={`${s.pooling.reports} reports pooled into ${s.pooling.issues} issues`}
          />
          <Tile
            label="Tasks"
            value={s.tasks.open}
            detail={`open; ${s.tasks.staffed} staffed, ${s.tasks.done} done; ${s.tasks.verified_hours_this_week} volunteer hours this week`}
          />
          <Tile label="Members online" value={s.members_online} />
        </div>
      </section>
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">Trend</h2>
        <TrendChart summary={s} />
      </section>
      <section aria-labelledby="category-heading">
        <h2 id="category-heading">Open issues by category</h2>
        <table class="table--stack">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Open</th>
              <th scope="col">Acknowledged</th>
              <th scope="col">In progress</th>
              <th scope="col">Past target</th>
            </tr>
          </thead>
          <tbody>
            {s.open_by_category.map((c) => (
              <tr key={c.category.id}>
                <th scope="row">{c.category.name}</th>
                <td data-label="Open">{c.open.open}</td>
                <td data-label="Acknowledged">{c.open.acknowledged}</td>
                <td data-label="In progress">{c.open.in_progress}</td>
                <td data-label="Past target">{c.past_target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="top-heading">
        <h2 id="top-heading">Highest collective impact</h2>
        <ol class="top-issues">
          {s.top_issues.map((i) => (
            <li key={i.id}>
              <a href={`/issues/${i.id}`}>{issueName(i)}</a> · {issueStatusLabel[i.status]} ·{' '}
              {formatCount(i.supporters_count, 'neighbour')} affected
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Map of open issues</h2>
        <DashboardMap features={s.map.features} categories={s.categories} />
        {s.map.truncated && <p class="meta">The map shows the newest 2,000 open issues.</p>}
      </section>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Download the issues</h2>
        <p>Every issue in the neighbourhoods you serve, for a spreadsheet or a map.</p>
        <ul class="downloads">
          {EXPORTS.map((e) => (
            <li key={e.format}>
              <DownloadLink
                href={dashboardApi.exportUrl(id, e.format)}
                filename={`issues.${e.format}`}
                accept={e.accept}
                label={e.label}
                done={e.done}
              />
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
