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
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from '../neighbourhoods/viewed';

/** A shared issue named as the issue list names it, loaded on its own (the hours name only ids). */
function IssueName({ issueId }: { issueId: string }) {
  const issue = useResource(`issue:${issueId}`, (signal) => api.issues.get(issueId, signal));
  const i = issue.data;
  return <>{i ? issueName(i) : 'A reported problem'}</>;
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
      <h2 id="csv-heading">For coordinators</h2>
      <p>The hours of each volunteer, for your records and thank-yous. It is never shown on the site.</p>
      <p>
        <DownloadLink
          class="button button--quiet"
          href={tasksApi.peopleHoursCsvUrl(n.id)}
          filename={filename}
          accept="text/csv"
          label="Download CSV"
          done="The CSV file is downloaded."
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

  if (!data) return loading ? <p>Loading hours…</p> : <ErrorAlert error={error} />;
  const chart = shapeHoursSeries(data.series, period);
  return (
    <>
      <ErrorAlert error={error} />
      <section aria-labelledby="total-heading">
        <h2 id="total-heading">Hours given</h2>
        <p class="hours-total" aria-live="polite" aria-atomic="true">
          {formatHours(data.total_hours)}
        </p>
        <p class="meta">verified hours of volunteering in {n.name}, all together</p>
        <HoursChart id="hours-chart" data={chart} period={period} />
      </section>
      <section aria-labelledby="by-task-heading">
        <h2 id="by-task-heading">By task</h2>
        {data.tasks.length === 0 ? (
          <p>No task has verified hours yet.</p>
        ) : (
          <HoursTable
            heading="Task"
            rows={data.tasks.map((t) => ({
              key: t.task_id,
              label: <a href={`/tasks/${t.task_id}`}>{t.title}</a>,
              hours: t.hours,
            }))}
          />
        )}
      </section>
      <section aria-labelledby="by-issue-heading">
        <h2 id="by-issue-heading">By reported problem</h2>
        {data.issues.length === 0 ? (
          <p>No hours are linked to reported problems yet.</p>
        ) : (
          <HoursTable
            heading="Problem"
            rows={data.issues.map((i) => ({
              key: i.issue_id,
              label: (
                <a href={`/issues/${i.issue_id}`}>
                  <IssueName issueId={i.issue_id} />
                </a>
              ),
              hours: i.hours,
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

  if (!n) return <NeighbourhoodUnavailable error={error} title="Hours given" loadingTitle="Loading hours…" />;

  const choose = (next: HoursPeriod) =>
    route(`/neighbourhoods/${n.id}/hours${next === 'month' ? '?period=month' : ''}`, true);
  return (
    <Page title={`Hours given in ${n.name}`}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <fieldset class="period-toggle">
          <legend>Show hours by</legend>
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
              <label for={`period-${p}`}>{p === 'week' ? 'Week' : 'Month'}</label>
            </div>
          ))}
        </fieldset>
        <Hours neighbourhood={n} period={period} />
        {n.viewer.can_manage && <CsvDownload neighbourhood={n} />}
      </div>
    </Page>
  );
}
