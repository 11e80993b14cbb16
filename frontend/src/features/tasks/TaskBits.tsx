import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Neighbourhood } from '../../api';
import { Markup } from '../../i18n/Markup';
import type { Task, TaskStatus } from './api';
import { t } from '../../i18n';
import { countdownText, countdownTickMs, formatWhen, taskStatusLabel } from './logic';
import './tasks.css';

/** A task's state as a badge; the word says it, the colour only repeats it. */
export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <span class={`badge task-status task-status--${status}`}>{taskStatusLabel[status]}</span>;
}

/** "3 of 8 places filled". */
export function Slots({ claimed, slots }: { claimed: number; slots: number }) {
  return (
    <span class="task-slots">
      <Markup id="task-slots-filled" args={{ claimed, slots }} elements={{ strong: <strong /> }} />
    </span>
  );
}

export function SkillList({ skills }: { skills: string[] | null | undefined }) {
  if (!skills || skills.length === 0) return null;
  return (
    <ul class="skill-list" aria-label={t('task-skills')}>
      {skills.map((skill) => (
        <li key={skill} class="badge" dir="auto">
          {skill}
        </li>
      ))}
    </ul>
  );
}

/** One task on the board: title, when, places filled, skills, state. */
export function TaskCard({ task }: { task: Task }) {
  return (
    <li class="task-card">
      <h3 class="task-card__title" dir="auto" lang={task.lang ?? undefined}>
        <a href={`/tasks/${task.id}`}>{task.title}</a>
      </h3>
      <div class="meta">
        <TaskStatusBadge status={task.status} />
        <span>
          <span class="visually-hidden">{t('task-card-when')} </span>
          {formatWhen(task)}
        </span>
        <Slots claimed={task.claimed_slots} slots={task.slots} />
        {task.my_claim && <span class="badge badge--accent">{t('task-card-my-place')}</span>}
      </div>
      <SkillList skills={task.skills} />
    </li>
  );
}

/** The current time, ticking every `intervalMs` (or as `interval(now)` says) while mounted. */
export function useNow(interval: number | ((now: number) => number) = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  const latest = useRef(interval);
  latest.current = interval;
  useEffect(() => {
    const rule = latest.current;
    const wait = typeof rule === 'number' ? rule : rule(now);
    const id = setTimeout(() => setNow(Date.now()), Math.max(250, wait));
    return () => clearTimeout(id);
  }, [now]);
  return now;
}

/**
 * "expires in 47 h 12 min", ticking. Not a live region (it would speak every tick); the words
 * are spelled out for screen readers.
 */
export function Countdown({ expiresAt }: { expiresAt: string }) {
  const now = useNow((at) => countdownTickMs(Date.parse(expiresAt) - at));
  return (
    <time dateTime={expiresAt} class="countdown">
      <span aria-hidden="true">{countdownText(expiresAt, now)}</span>
      <span class="visually-hidden">{countdownText(expiresAt, now, true)}</span>
    </time>
  );
}

/** Links between the neighbourhood's task pages; the current one is marked. */
export function TasksNav({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  const { path } = useLocation();
  const member = n.viewer.membership?.status === 'active';
  const links = [
    { href: `/neighbourhoods/${n.id}`, text: n.name },
    { href: `/neighbourhoods/${n.id}/tasks`, text: t('task-nav-board') },
    ...(member || n.viewer.can_manage
      ? [{ href: `/neighbourhoods/${n.id}/verify`, text: t('task-nav-verify') }]
      : []),
    { href: `/neighbourhoods/${n.id}/hours`, text: t('task-nav-hours') },
  ];
  return (
    <nav class="task-nav" aria-label={t('task-nav-label')}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} dir="auto" aria-current={path === link.href ? 'page' : undefined}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
