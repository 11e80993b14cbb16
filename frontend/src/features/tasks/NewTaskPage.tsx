import { useLocation, useRoute } from 'preact-iso';
import { tasksApi } from './api';
import { Page } from '../../components/Page';
import { TaskForm } from './TaskForm';
import { TasksNav } from './TaskBits';
import { useSession } from '../../session/session';
import { signInHref } from '../../lib/nextPath';
import { emptyTaskDraft } from './logic';
import { taskCreateKind, taskCreateLabel } from './TaskBoardPage';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
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

  if (!n) return <NeighbourhoodUnavailable error={error} title={t('task-new')} />;

  const label = taskCreateLabel(n);
  if (!label) {
    return (
      <Page title={t('task-propose')}>
        <div class="task-page">
          <TasksNav neighbourhood={n} />
          {me ? (
            <p>
              <Markup
                id="task-propose-members-only"
                args={{ name: n.name }}
                elements={{ link: <a href={`/neighbourhoods/${n.id}`} dir="auto" /> }}
              />
            </p>
          ) : (
            <p>
              <Markup id="task-propose-sign-in" elements={{ link: <a href={signInHref(path)} /> }} />
            </p>
          )}
        </div>
      </Page>
    );
  }

  const manager = taskCreateKind(n) === 'new';
  const issueId = typeof query.issue_id === 'string' ? query.issue_id : '';
  return (
    <Page title={label}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <p class="lede">{manager ? t('task-new-lede') : t('task-propose-lede')}</p>
        <TaskForm
          neighbourhoodId={n.id}
          initial={{ ...emptyTaskDraft, issue_id: issueId }}
          submitLabel={manager ? t('task-post') : t('task-send-proposal')}
          busyLabel={t('task-sending')}
          onSubmit={async (body) => {
            const task = await tasksApi.create(n.id, body);
            route(`/tasks/${task.id}?created=${task.status}`);
          }}
        />
      </div>
    </Page>
  );
}
