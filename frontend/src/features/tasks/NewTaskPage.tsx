import { useLocation, useRoute } from 'preact-iso';
import { tasksApi } from './api';
import { Page } from '../../components/Page';
import { TaskForm } from './TaskForm';
import { TasksNav } from './TaskBits';
import { useSession } from '../../session/session';
import { signInHref } from '../../lib/nextPath';
import { emptyTaskDraft } from './logic';
import { taskCreateLabel } from './TaskBoardPage';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from '../neighbourhoods/viewed';

/**
 * "New task" for coordinators and service managers (open at once), "Propose a task" for other
 * active members (it waits for a coordinator). The server decides; the task page then says which.
 */
export function NewTaskPage() {
  const { params, query } = useRoute();
  const { route, path } = useLocation();
  const id = params.id ?? '';
  const { me } = useSession();
  const { neighbourhood: n, error } = useViewedNeighbourhood(id);

  if (!n) return <NeighbourhoodUnavailable error={error} title="New task" />;

  const label = taskCreateLabel(n);
  if (!label) {
    return (
      <Page title="Propose a task">
        <div class="task-page">
          <TasksNav neighbourhood={n} />
          {me ? (
            <p>
              Members of <a href={`/neighbourhoods/${n.id}`}>{n.name}</a> can propose tasks. Join the
              neighbourhood first.
            </p>
          ) : (
            <p>
              <a href={signInHref(path)}>Sign in</a> to propose a task.
            </p>
          )}
        </div>
      </Page>
    );
  }

  const manager = label === 'New task';
  const issueId = typeof query.issue_id === 'string' ? query.issue_id : '';
  return (
    <Page title={label}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <p class="lede">
          {manager
            ? 'The task is open to volunteers as soon as you post it.'
            : 'A coordinator looks at your proposal first; once approved, neighbours can take places on it.'}
        </p>
        <TaskForm
          neighbourhoodId={n.id}
          initial={{ ...emptyTaskDraft, issue_id: issueId }}
          submitLabel={manager ? 'Post the task' : 'Send the proposal'}
          busyLabel="Sending…"
          onSubmit={async (body) => {
            const task = await tasksApi.create(n.id, body);
            route(`/tasks/${task.id}?created=${task.status}`);
          }}
        />
      </div>
    </Page>
  );
}
