import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api, type Neighbourhood } from '../../api';
import { tasksApi, type HoursPeriod } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { DownloadLink } from '../../components/DownloadLink';
import { HoursChart } from './HoursChart';
import { HoursTable } from './HoursTable';
import { TasksNav } from './TaskBits';
import { useResource } from '../../hooks/useResource';
import { useTaskEvents } from './events';
import { formatHours, shapeHoursSeries } from './logic';
import { issueName } from '../issues/logic';
import { formatNumber } from '../../lib/format';
import { t } from '../../i18n';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from '../neighbourhoods/viewed';

/** A shared issue named as the issue list names it, loaded on its own (the hours name only ids). */
function IssueName({ issueId }: { issueId: string }) {
  const issue = useResource(`issue:${issueId}`, (signal) => api.issues.get(issueId, signal));
  const i = issue.data;
  return <>{i ? issueName(i) : t('hours-issue-unnamed')}</>;
}

/** Everyone's verified hours as CSV, for coordinators: fetched with the bearer token, then saved. */
function CsvDownload({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  const filename = `hours-${
    n.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || n.id
  }.csv`;
  return (
    <section class="panel" aria-labelledby="csv-heading">
      <h2 id="csv-heading">{t('hours-csv-heading')}</h2>
      <p>{t('hours-csv-body')}</p>
      <p>
        <DownloadLink
          class="button button--quiet"
          href={tasksApi.peopleHoursCsvUrl(n.id)}
          filename={filename}
          accept="text/csv"
          label={t('hours-csv-download')}
          done={t('hours-csv-done')}
        />
      </p>
    </section>
  );
}

function Hours({ neighbourhood: n, period }: { neighbourhood: Neighbourhood; period: HoursPeriod }) {
  const [version, setVersion] = useState(0);
  const { data, error, loading } = useResource(`${n.id}:${period}:${version}`, (signal) =>
    tasksApi.hours(n.id, period, signal),
  );
  // Only verified hours count: other task events change nothing here.
  useTaskEvents(n.id, () => setVersion((v) => v + 1), {
    onEvent: (kind) => kind === 'task.verified',
  });

  if (!data) return loading ? <p>{t('hours-loading')}</p> : <ErrorAlert error={error} />;
  const chart = shapeHoursSeries(data.series, period);
  return (
    <>
      <ErrorAlert error={error} />
      <section aria-labelledby="total-heading">
        <h2 id="total-heading">{t('task-nav-hours')}</h2>
        <p class="hours-total" aria-live="polite" aria-atomic="true">
          {formatHours(data.total_hours)}
        </p>
        <p class="meta">{t('hours-total-meta', { name: n.name })}</p>
        <HoursChart id="hours-chart" data={chart} period={period} />
      </section>
      <section aria-labelledby="by-task-heading">
        <h2 id="by-task-heading">{t('hours-by-task')}</h2>
        {data.tasks.length === 0 ? (
          <p>{t('hours-by-task-empty')}</p>
        ) : (
          <HoursTable
            heading={t('hours-task')}
            rows={data.tasks.map((task) => ({
              key: task.task_id,
              label: (
                <a href={`/tasks/${task.task_id}`} dir="auto">
                  {task.title}
                </a>
              ),
              hours: formatNumber(task.hours, 2),
            }))}
          />
        )}
      </section>
      <section aria-labelledby="by-issue-heading">
        <h2 id="by-issue-heading">{t('hours-by-issue')}</h2>
        {data.issues.length === 0 ? (
          <p>{t('hours-by-issue-empty')}</p>
        ) : (
          <HoursTable
            heading={t('hours-issue')}
            rows={data.issues.map((i) => ({
              key: i.issue_id,
              label: (
                <a href={`/issues/${i.issue_id}`} dir="auto">
                  <IssueName issueId={i.issue_id} />
                </a>
              ),
              hours: formatNumber(i.hours, 2),
            }))}
          />
        )}
      </section>
    </>
  );
}

/**
 * The neighbourhood's verified hours, all together: a total, a chart by week or month (with a
 * table), and totals per task and per reported problem. Never per person: there is no leaderboard.
 */
export function HoursPage() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const id = params.id ?? '';
  const period: HoursPeriod = query.period === 'month' ? 'month' : 'week';
  const { neighbourhood: n, error } = useViewedNeighbourhood(id);

  if (!n) {
    return (
      <NeighbourhoodUnavailable error={error} title={t('task-nav-hours')} loadingTitle={t('hours-loading')} />
    );
  }

  const choose = (next: HoursPeriod) =>
    route(`/neighbourhoods/${n.id}/hours${next === 'month' ? '?period=month' : ''}`, true);
  return (
    <Page title={t('hours-title-in', { name: n.name })}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <fieldset class="period-toggle">
          <legend>{t('hours-period-legend')}</legend>
          {(['week', 'month'] as const).map((p) => (
            <div class="radio" key={p}>
              <input
                type="radio"
                id={`period-${p}`}
                name="period"
                value={p}
                checked={period === p}
                onChange={() => choose(p)}
              />
              <label for={`period-${p}`}>{p === 'week' ? t('hours-week') : t('hours-month')}</label>
            </div>
          ))}
        </fieldset>
        <Hours neighbourhood={n} period={period} />
        {n.viewer.can_manage && <CsvDownload neighbourhood={n} />}
      </div>
    </Page>
  );
}
