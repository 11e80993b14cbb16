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
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
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

const TABS: { tab: BoardTab; label: () => string }[] = [
  { tab: 'needs_people', label: () => t('task-tab-needs-people') },
  { tab: 'mine', label: () => t('task-tab-mine') },
  { tab: 'done', label: () => t('task-tab-done') },
];

const emptyText: Record<BoardTab, () => string> = {
  needs_people: () => t('task-board-empty-needs-people'),
  mine: () => t('task-board-empty-mine'),
  done: () => t('task-board-empty-done'),
};

/** Who may post tasks: coordinators and service managers post open ones (`new`); members `propose`. */
export function taskCreateKind(n: Neighbourhood): 'new' | 'propose' | null {
  if (n.viewer.can_manage || n.viewer.is_service_manager) return 'new';
  if (n.viewer.membership?.status === 'active') return 'propose';
  return null;
}

/** "New task" or "Propose a task", as `taskCreateKind` says; null for who may do neither. */
export function taskCreateLabel(n: Neighbourhood): string | null {
  const kind = taskCreateKind(n);
  if (kind === 'new') return t('task-new');
  if (kind === 'propose') return t('task-propose');
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
    <form class="task-filters" onSubmit={apply} aria-label={t('task-filters-label')}>
      <div class="field">
        <label for="task-filter-skill">{t('task-filter-skill')}</label>
        <input
          id="task-filter-skill"
          type="text"
          list="task-skills-seen"
          value={skill}
          onInput={(event) => setSkill(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="task-filter-from">{t('task-filter-from')}</label>
        <input
          id="task-filter-from"
          type="date"
          value={from}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="task-filter-to">{t('task-filter-to')}</label>
        <input id="task-filter-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="button--small">
          {t('task-filters-apply')}
        </button>
        {filtered && <a href={boardHref(neighbourhoodId, { tab: filters.tab })}>{t('task-filters-clear')}</a>}
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
        <Markup
          id="task-board-mine-sign-in"
          elements={{ link: <a href={signInHref(boardHref(n.id, filters))} /> }}
        />
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
      {list.loading && list.items.length === 0 && <p>{t('task-board-loading')}</p>}
      {!list.loading && !list.error && tasks.length === 0 && (
        <p>{filtered ? t('task-board-no-match') : emptyText[filters.tab]()}</p>
      )}
      <ul class="task-list">
        {tasks.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </ul>
      <LoadMore list={list} label={t('task-board-load-more')} />
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
    return (
      <NeighbourhoodUnavailable
        error={error}
        title={t('task-board-title')}
        loadingTitle={t('task-board-loading')}
        browseLink
      />
    );

  const createLabel = taskCreateLabel(n);
  const filterKey = `${filters.tab}:${filters.skill}:${filters.from}:${filters.to}`;
  return (
    <Page title={t('task-board-title-in', { name: n.name })}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <p class="lede">{t('task-board-lede')}</p>
        {createLabel ? (
          <p>
            <a class="button" href={`/neighbourhoods/${n.id}/tasks/new`}>
              {createLabel}
            </a>
          </p>
        ) : (
          !me && (
            <p>
              <Markup
                id="task-board-sign-in"
                elements={{ link: <a href={signInHref(boardHref(n.id, filters))} /> }}
              />
            </p>
          )
        )}
        <nav class="task-tabs" aria-label={t('task-tabs-label')}>
          <ul>
            {TABS.filter((t) => t.tab !== 'mine' || me).map(({ tab, label }) => (
              <li key={tab}>
                <a
                  href={boardHref(n.id, { ...filters, tab })}
                  aria-current={filters.tab === tab ? 'page' : undefined}
                >
                  {label()}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Remounted when the URL changes (back button), so the inputs show what applies. */}
        <Filters key={filterKey} neighbourhoodId={n.id} filters={filters} />
        <section aria-label={TABS.find((entry) => entry.tab === filters.tab)?.label()}>
          <TaskList neighbourhood={n} filters={filters} signedIn={me !== null} />
        </section>
        {me && <CalendarPanel />}
      </div>
    </Page>
  );
}
