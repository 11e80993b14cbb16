import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { Neighbourhood } from '../../api';
import { tasksApi, type Task } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { CalendarPanel } from './CalendarPanel';
import { TaskCard, TasksNav } from './TaskBits';
import { usePagedList } from '../../hooks/usePagedList';
import { useSession } from '../../session/session';
import { useTaskEvents } from './events';
import { signInHref } from '../../lib/nextPath';
import { LoadMore } from '../../components/LoadMore';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from '../neighbourhoods/viewed';
import {
  applyTaskEvent,
  boardHref,
  boardQueries,
  boardReaction,
  describeTaskEvent,
  loadMergedPage,
  parseBoardQuery,
  type BoardFilters,
  type BoardTab,
  type TaskEventData,
} from './logic';

const TABS: { tab: BoardTab; label: string }[] = [
  { tab: 'needs_people', label: 'Needs people' },
  { tab: 'mine', label: 'Mine' },
  { tab: 'done', label: 'Done' },
];

const emptyText: Record<BoardTab, string> = {
  needs_people: 'No tasks need people right now.',
  mine: 'You have no places on tasks here.',
  done: 'No finished tasks yet.',
};

/** Who may post tasks: coordinators and service managers post open ones; members propose. */
export function taskCreateLabel(n: Neighbourhood): string | null {
  if (n.viewer.can_manage || n.viewer.is_service_manager) return 'New task';
  if (n.viewer.membership?.status === 'active') return 'Propose a task';
  return null;
}

/** Skill and dates: applied together (and put in the URL) when the form is sent; skills seen are suggested. */
function Filters({ neighbourhoodId, filters }: { neighbourhoodId: string; filters: BoardFilters }) {
  const { route } = useLocation();
  const [skill, setSkill] = useState(filters.skill);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const filtered = filters.skill !== '' || filters.from !== '' || filters.to !== '';

  const apply = (event: Event) => {
    event.preventDefault();
    route(boardHref(neighbourhoodId, { tab: filters.tab, skill, from, to }));
  };

  return (
    <form class="task-filters" onSubmit={apply} aria-label="Filter tasks">
      <div class="field">
        <label for="task-filter-skill">Skill</label>
        <input
          id="task-filter-skill"
          type="text"
          list="task-skills-seen"
          value={skill}
          onInput={(event) => setSkill(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="task-filter-from">From</label>
        <input
          id="task-filter-from"
          type="date"
          value={from}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="task-filter-to">To</label>
        <input id="task-filter-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="button--small">
          Apply filters
        </button>
        {filtered && <a href={boardHref(neighbourhoodId, { tab: filters.tab })}>Clear filters</a>}
      </div>
    </form>
  );
}

/** The tasks of the current tab, paged and kept live. */
function TaskList({
  neighbourhood: n,
  filters,
  signedIn,
}: {
  neighbourhood: Neighbourhood;
  filters: BoardFilters;
  signedIn: boolean;
}) {
  const { me } = useSession();
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  // Counts and states from events, applied over the loaded tasks until the list reloads.
  const [patches, setPatches] = useState<{ basis: Task[]; byTask: Record<string, TaskEventData> }>({
    basis: [],
    byTask: {},
  });
  const queries = boardQueries(filters);
  const key =
    filters.tab === 'mine' && !signedIn
      ? null
      : `${n.id}:${me?.id ?? ''}:${filters.tab}:${filters.skill}:${filters.from}:${filters.to}:${version}`;
  const list = usePagedList<Task>(key, (cursor, signal) =>
    queries.length === 1
      ? tasksApi.list(n.id, { ...queries[0], cursor }, signal)
      : loadMergedPage(cursor, queries.length, (index, c) =>
          tasksApi.list(n.id, { ...queries[index], cursor: c }, signal),
        ),
  );

  useTaskEvents(n.id, () => setVersion((v) => v + 1), {
    onEvent: (kind, data) => {
      const listed = list.items.find((t) => t.id === data.task_id);
      const reaction = boardReaction(filters.tab, kind, data, listed !== undefined);
      if (reaction === 'ignore') return false;
      if (listed) {
        setPatches((now) => ({
          basis: list.items,
          byTask: { ...(now.basis === list.items ? now.byTask : {}), [data.task_id]: data },
        }));
      }
      setAnnouncement(describeTaskEvent(kind, data, listed?.title));
      return reaction === 'reload';
    },
  });

  if (key === null) {
    return (
      <p>
        <a href={signInHref(boardHref(n.id, filters))}>Sign in</a> to see the tasks you have a place on.
      </p>
    );
  }

  // Patches hold while these are the same tasks (a "Load more" keeps the first ones).
  const patchesHold = patches.basis.length > 0 && list.items[0] === patches.basis[0];
  const tasks = patchesHold
    ? list.items.map((t) => (patches.byTask[t.id] ? applyTaskEvent(t, patches.byTask[t.id]!) : t))
    : list.items;
  const filtered = filters.skill !== '' || filters.from !== '' || filters.to !== '';

  return (
    <div aria-busy={list.loading}>
      <p class="live-presence" aria-live="polite" aria-atomic="true">
        {announcement ?? ''}
      </p>
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 && <p>Loading tasks…</p>}
      {!list.loading && !list.error && tasks.length === 0 && (
        <p>{filtered ? 'No tasks match these filters.' : emptyText[filters.tab]}</p>
      )}
      <ul class="task-list">
        {tasks.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </ul>
      <LoadMore list={list} label="Load more tasks" />
      <SkillsSeen tasks={list.items} />
    </div>
  );
}

/** Skills on the loaded tasks, offered as suggestions in the skill filter. */
function SkillsSeen({ tasks }: { tasks: Task[] }) {
  const skills = [...new Set(tasks.flatMap((t) => t.skills ?? []))].sort();
  return (
    <datalist id="task-skills-seen">
      {skills.map((s) => (
        <option key={s} value={s} />
      ))}
    </datalist>
  );
}

export function TaskBoardPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const { me } = useSession();
  const filters = parseBoardQuery(query);
  const { neighbourhood: n, error } = useViewedNeighbourhood(id);

  if (!n)
    return <NeighbourhoodUnavailable error={error} title="Tasks" loadingTitle="Loading tasks…" browseLink />;

  const createLabel = taskCreateLabel(n);
  const filterKey = `${filters.tab}:${filters.skill}:${filters.from}:${filters.to}`;
  return (
    <Page title={`Tasks in ${n.name}`}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <p class="lede">Things neighbours can do together. Take a place on a task that needs people.</p>
        {createLabel ? (
          <p>
            <a class="button" href={`/neighbourhoods/${n.id}/tasks/new`}>
              {createLabel}
            </a>
          </p>
        ) : (
          !me && (
            <p>
              <a href={signInHref(boardHref(n.id, filters))}>Sign in</a> to take a place on a task.
            </p>
          )
        )}
        <nav class="task-tabs" aria-label="Task lists">
          <ul>
            {TABS.filter((t) => t.tab !== 'mine' || me).map(({ tab, label }) => (
              <li key={tab}>
                <a
                  href={boardHref(n.id, { ...filters, tab })}
                  aria-current={filters.tab === tab ? 'page' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Remounted when the URL changes (back button), so the inputs show what applies. */}
        <Filters key={filterKey} neighbourhoodId={n.id} filters={filters} />
        <section aria-label={TABS.find((t) => t.tab === filters.tab)?.label}>
          <TaskList neighbourhood={n} filters={filters} signedIn={me !== null} />
        </section>
        {me && <CalendarPanel />}
      </div>
    </Page>
  );
}
