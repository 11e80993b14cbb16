import { DiscussionPanel } from '../discussions/DiscussionPanel';
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, isApiError, type Neighbourhood } from '../../api';
import { tasksApi, type Claim, type TaskDetail } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { TextArea, TextField } from '../../components/fields';
import { TaskForm } from './TaskForm';
import { Countdown, SkillList, Slots, TaskStatusBadge, TasksNav, useNow } from './TaskBits';
import { leaseWarningHours, useClientConfig } from '../../lib/clientConfig';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../session/session';
import { useTaskEvents } from './events';
import { useLiveChannel, userChannel } from '../../live/live';
import { formatDate, formatTime } from '../../lib/format';
import { signInHref } from '../../lib/nextPath';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
import {
  HOURS_MAX,
  HOURS_MIN,
  HOURS_STEP,
  REASON_MAX,
  applyTaskEvent,
  claimStatusLabel,
  describeTaskEvent,
  formatHours,
  formatWhen,
  holdsPlace,
  isOpenEnded,
  leaseRunningOut,
  parseHours,
  taskActionError,
  taskChanges,
  takesPeople,
  taskStatusLabel,
  taskToDraft,
  type TaskEventData,
} from './logic';

const when = (rfc3339: string) => `${formatDate(rfc3339)} ${formatTime(rfc3339)}`;

/** What the creator is told after posting, from the `created` query parameter. */
function createdMessage(created: string | undefined): string | null {
  if (created === 'proposed') return t('task-created-proposed');
  if (created === 'open') return t('task-created-open');
  if (created) {
    const status =
      created in taskStatusLabel ? taskStatusLabel[created as keyof typeof taskStatusLabel] : created;
    return t('task-created-other', { status: status.toLowerCase() });
  }
  return null;
}

/** How long the place is held, ticking, with "Extend" for open-ended tasks. */
function Lease({
  task,
  claim,
  onDone,
}: {
  task: TaskDetail;
  claim: Claim;
  onDone: (message: string) => void;
}) {
  const { busy, error, run } = useAction(() => tasksApi.extend(task.id), {
    onSuccess: (renewed) =>
      onDone(
        renewed.expires_at
          ? t('claim-extended-until', { time: when(renewed.expires_at) })
          : t('claim-extended'),
      ),
  });
  const now = useNow(60_000);
  const warningHours = leaseWarningHours(useClientConfig().config);
  if (!claim.expires_at) return null;
  const openEnded = isOpenEnded(task);
  const warning = openEnded && leaseRunningOut(claim.expires_at, now, warningHours);
  const countdown = <Countdown expiresAt={claim.expires_at} />;
  return (
    <div class={warning ? 'lease lease--warning' : 'lease'}>
      <p>
        {openEnded ? (
          <Markup id="claim-lease-open-ended" elements={{ countdown }} />
        ) : (
          <Markup id="claim-lease-scheduled" elements={{ countdown }} />
        )}
      </p>
      {openEnded && (
        <>
          <p class="hint">{t('claim-lease-extend-hint', { hours: formatHours(task.lease_hours ?? 48) })}</p>
          {error !== null && (
            <div class="alert" role="alert">
              <p>{taskActionError(error)}</p>
            </div>
          )}
          <button
            type="button"
            class="button--quiet button--small"
            disabled={busy}
            onClick={() => void run()}
          >
            {busy ? t('claim-extending') : t('claim-extend')}
          </button>
        </>
      )}
    </div>
  );
}

/** "Mark done": hours worked (0.25 to 24, in quarter hours) and an optional note. */
function DoneForm({ task, onDone }: { task: TaskDetail; onDone: (message: string) => void }) {
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const labels = { hours: t('claim-done-hours'), note: t('claim-done-note') };
  const markDone = useAction((body: { hours: number; note?: string }) => tasksApi.done(task.id, body), {
    fields: Object.keys(labels),
    onSuccess: (_, body) => onDone(t('claim-done-thanks', { hours: formatHours(body.hours) })),
  });
  const { busy, feedback } = markDone;

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseHours(hours);
    if (!parsed.ok) return markDone.invalid({ hours: parsed.error });
    const trimmed = note.trim();
    void markDone.run({ hours: parsed.value, ...(trimmed ? { note: trimmed } : {}) });
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <FormAlert feedback={feedback} labels={labels} />
      <TextField
        name="hours"
        type="number"
        inputMode="decimal"
        min={HOURS_MIN}
        max={HOURS_MAX}
        step={HOURS_STEP}
        label={labels.hours}
        hint={t('claim-done-hours-hint', { min: HOURS_MIN, max: HOURS_MAX })}
        required
        value={hours}
        onValue={setHours}
        error={feedback.fields.hours}
      />
      <TextArea
        name="note"
        label={labels.note}
        rows={3}
        maxLength={REASON_MAX}
        value={note}
        onValue={setNote}
        error={feedback.fields.note}
      />
      <button type="submit" disabled={busy}>
        {busy ? t('task-sending') : t('claim-mark-done')}
      </button>
    </form>
  );
}

/** The viewer's own part: take a place, then hold, check in, mark done. */
function MyPlace({
  task,
  neighbourhood: n,
  onChange,
  onConflict,
}: {
  task: TaskDetail;
  neighbourhood: Neighbourhood | undefined;
  onChange: (message: string) => void;
  onConflict: () => void;
}) {
  const { me } = useSession();
  const { path } = useRoute();
  // Each step answers what to announce; `afterFailure` is told when it fails (a place taken meanwhile).
  const {
    busy,
    error,
    run: act,
  } = useAction<[step: () => Promise<string>, afterFailure?: () => void], string>((step) => step(), {
    onSuccess: onChange,
    onError: (_, _step, afterFailure) => afterFailure?.(),
  });
  const claim = task.my_claim && holdsPlace(task.my_claim.status) ? task.my_claim : null;

  let body;
  if (!me) {
    body = (
      <p>
        <Markup id="claim-sign-in" elements={{ link: <a href={signInHref(path)} /> }} />
      </p>
    );
  } else if (!claim) {
    const member = n?.viewer.membership?.status === 'active';
    const lapsed = task.my_claim?.status === 'expired' ? <p>{t('claim-hold-ran-out')}</p> : null;
    if (!takesPeople(task)) {
      body = (
        <>
          {lapsed}
          <p>
            {task.status === 'staffed' || task.status === 'in_progress'
              ? t('claim-all-taken')
              : task.status === 'proposed'
                ? t('claim-awaiting-approval')
                : t('claim-closed', { status: taskStatusLabel[task.status].toLowerCase() })}
          </p>
        </>
      );
    } else if (n && !member) {
      body = (
        <p>
          <Markup
            id="claim-members-only"
            args={{ name: n.name }}
            elements={{ link: <a href={`/neighbourhoods/${n.id}`} dir="auto" /> }}
          />
        </p>
      );
    } else {
      body = (
        <>
          {lapsed}
          <p>
            {task.status === 'in_progress'
              ? t('claim-free-places-begun', { count: task.slots - task.claimed_slots })
              : t('claim-free-places', { count: task.slots - task.claimed_slots })}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              act(async () => {
                await tasksApi.claim(task.id);
                return t('claim-taken');
              }, onConflict)
            }
          >
            {busy ? t('claim-taking') : t('claim-take')}
          </button>
        </>
      );
    }
  } else {
    const release = (
      <button
        type="button"
        class="button--quiet button--small"
        disabled={busy}
        onClick={() =>
          act(async () => {
            await tasksApi.release(task.id);
            return t('claim-released');
          })
        }
      >
        {t('claim-release')}
      </button>
    );
    switch (claim.status) {
      case 'active':
        body = (
          <>
            <p>
              <strong>{t('claim-have-place')}</strong>
            </p>
            <Lease task={task} claim={claim} onDone={onChange} />
            <p class="actions">
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  act(async () => {
                    await tasksApi.checkIn(task.id);
                    return t('claim-checked-in-announce');
                  })
                }
              >
                {t('claim-check-in')}
              </button>
              {release}
            </p>
          </>
        );
        break;
      case 'checked_in':
        body = (
          <>
            <p>
              <Markup id="claim-checked-in" elements={{ strong: <strong /> }} />
            </p>
            {claim.rejected_reason && (
              <div class="alert" role="alert">
                <p>{t('claim-sent-back', { reason: claim.rejected_reason })}</p>
              </div>
            )}
            <DoneForm task={task} onDone={onChange} />
          </>
        );
        break;
      case 'done':
        body = <p>{t('claim-marked-done', { hours: formatHours(claim.hours ?? 0) })}</p>;
        break;
      case 'verified':
        body = <p>{t('claim-verified', { hours: formatHours(claim.hours ?? 0) })}</p>;
        break;
      default:
        body = null;
    }
  }

  return (
    <section class="panel" aria-labelledby="my-place-heading">
      <h2 id="my-place-heading">{t('claim-heading')}</h2>
      {error !== null && (
        <div class="alert" role="alert">
          <p>{taskActionError(error, 'claim')}</p>
        </div>
      )}
      {body}
    </section>
  );
}

/** For managers: approve a proposal, edit the task, cancel it with a reason. */
function ManagePanel({
  task,
  canApprove,
  onChange,
}: {
  task: TaskDetail;
  canApprove: boolean;
  onChange: (message: string) => void;
}) {
  const approve = useAction(() => tasksApi.approve(task.id), {
    onSuccess: () => onChange(t('task-approved')),
  });
  const cancelling = useAction((why: string) => tasksApi.cancel(task.id, why), {
    fields: ['cancel_reason'],
    aliases: { reason: 'cancel_reason' },
    onSuccess: () => {
      setReason('');
      onChange(t('task-cancelled-announce'));
    },
  });
  const { feedback } = cancelling;
  const busy = approve.busy || cancelling.busy;
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const finished = task.status === 'cancelled' || task.status === 'verified';

  const cancel = (event: Event) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) return cancelling.invalid({ cancel_reason: t('task-cancel-reason-missing') });
    void cancelling.run(trimmed);
  };

  return (
    <section class="panel" aria-labelledby="manage-heading">
      <h2 id="manage-heading">{t('task-manage-heading')}</h2>
      <ErrorAlert error={approve.error} />
      {canApprove && task.status === 'proposed' && (
        <p>
          <button type="button" disabled={busy} onClick={() => void approve.run()}>
            {t('task-approve')}
          </button>
        </p>
      )}
      {!finished &&
        (editing ? (
          <TaskForm
            neighbourhoodId={task.neighbourhood_id}
            initial={taskToDraft(task)}
            submitLabel={t('task-save-changes')}
            onCancel={() => setEditing(false)}
            onSubmit={async (edited) => {
              const changes = taskChanges(task, edited);
              if (Object.keys(changes).length > 0) await tasksApi.update(task.id, changes);
              setEditing(false);
              onChange(Object.keys(changes).length > 0 ? t('task-updated') : t('task-unchanged'));
            }}
          />
        ) : (
          <p>
            <button type="button" class="button--quiet" onClick={() => setEditing(true)}>
              {t('task-edit')}
            </button>
          </p>
        ))}
      {!finished && !editing && (
        <form class="form" onSubmit={cancel} noValidate>
          <FormAlert feedback={feedback} labels={{ cancel_reason: t('task-cancel-reason') }} />
          <TextArea
            name="cancel_reason"
            label={t('task-cancel-reason')}
            hint={t('task-cancel-reason-hint')}
            rows={2}
            maxLength={REASON_MAX}
            required
            value={reason}
            onValue={setReason}
            error={feedback.fields.cancel_reason}
          />
          <button type="submit" class="button--quiet" disabled={busy}>
            {t('task-cancel')}
          </button>
        </form>
      )}
    </section>
  );
}

function Claims({ task }: { task: TaskDetail }) {
  const claims = task.claims.filter((c) => holdsPlace(c.status));
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('claim-list-heading')}</h2>
      {claims.length === 0 ? (
        <p>{t('claim-list-empty')}</p>
      ) : (
        <ul class="claim-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <span dir="auto">{claim.display_name || t('claim-a-neighbour')}</span>
              <span class="meta">
                <span>{claimStatusLabel[claim.status]}</span>
                {claim.hours != null && (claim.status === 'done' || claim.status === 'verified') && (
                  <span>{formatHours(claim.hours)}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {task.can_verify !== false && claims.some((c) => c.status === 'done') && (
        <p>
          <a href={`/neighbourhoods/${task.neighbourhood_id}/verify`}>{t('claim-verify-link')}</a>
        </p>
      )}
    </section>
  );
}

export function TaskPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const { state, me } = useSession();
  const ready = state.status !== 'loading';
  const [version, setVersion] = useState(0);
  // What the viewer just did, and (apart, so neither hides the other) what others did meanwhile.
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [liveNote, setLiveNote] = useState<string | null>(null);
  const { data, error } = useResource(ready ? `${id}:${me?.id ?? ''}:${version}` : null, (signal) =>
    tasksApi.get(id, signal),
  );
  const detail = data?.id === id ? data : undefined;
  const nid = detail?.neighbourhood_id ?? null;
  const neighbourhood = useResource(nid && ready ? `${nid}:${me?.id ?? ''}` : null, (signal) =>
    api.neighbourhoods.get(nid ?? '', signal),
  );
  const n = neighbourhood.data?.id === nid ? neighbourhood.data : undefined;
  // What events said since the task was loaded: shown at once, until the reload arrives.
  const [patch, setPatch] = useState<{ basis: TaskDetail; data: TaskEventData } | null>(null);
  const reload = () => setVersion((v) => v + 1);

  useTaskEvents(nid, reload, {
    onEvent: (kind, eventData) => {
      if (eventData.task_id !== id) return false;
      if (detail) setPatch({ basis: detail, data: eventData });
      setLiveNote(describeTaskEvent(kind, eventData, detail?.title));
      return true;
    },
  });
  useLiveChannel(me ? userChannel(me.id) : null, (message) => {
    const data = message.type === 'event' && message.kind === 'notification' ? message.data : null;
    if (data && 'task_id' in data && data.task_id === id) reload();
  });

  if (!detail) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <Page title={notFound ? t('task-not-found-title') : error ? t('task-title') : t('task-loading')}>
        {notFound ? (
          <p>
            <Markup id="task-not-found-body" elements={{ link: <a href="/neighbourhoods" /> }} />
          </p>
        ) : (
          <ErrorAlert error={error} />
        )}
      </Page>
    );
  }

  const task = patch && patch.basis === detail ? applyTaskEvent(detail, patch.data) : detail;
  const changed = (message: string) => {
    setAnnouncement(message);
    reload();
  };
  const created = createdMessage(typeof query.created === 'string' ? query.created : undefined);
  return (
    <Page title={task.title} titleLang={task.lang ?? undefined}>
      <div class="task-page">
        {n && <TasksNav neighbourhood={n} />}
        <p class="lede">
          {n ? (
            <Markup
              id="task-status-in-neighbourhood"
              args={{ name: n.name }}
              elements={{
                status: <TaskStatusBadge status={task.status} />,
                link: <a href={`/neighbourhoods/${n.id}`} dir="auto" />,
              }}
            />
          ) : (
            <TaskStatusBadge status={task.status} />
          )}
        </p>
        {created && <p class="status-message">{created}</p>}
        <StatusMessage message={announcement} />
        <ErrorAlert error={error} />
        <p class="live-presence" aria-live="polite" aria-atomic="true">
          {liveNote ?? ''}
        </p>
        <p class="task-slots-line">
          <Slots claimed={task.claimed_slots} slots={task.slots} />
          {task.status === 'staffed' && <> · {t('task-fully-staffed')}</>}
        </p>
        {task.status === 'cancelled' && (
          <blockquote class="status-note">
            <p>
              {task.cancel_reason
                ? t('task-cancelled-because', { reason: task.cancel_reason })
                : t('task-cancelled-note')}
            </p>
          </blockquote>
        )}
        <div class="columns">
          <div class="columns__side">
            <MyPlace task={task} neighbourhood={n} onChange={changed} onConflict={reload} />
            {task.can_manage && (
              <ManagePanel task={task} canApprove={n?.viewer.can_manage ?? false} onChange={changed} />
            )}
          </div>
          <div class="columns__main">
            <section aria-labelledby="task-facts-heading">
              <h2 id="task-facts-heading">{t('task-details')}</h2>
              {task.description && (
                <p class="prose" dir="auto" lang={task.lang ?? undefined}>
                  {task.description}
                </p>
              )}
              <dl class="facts">
                <dt>{t('task-fact-when')}</dt>
                <dd>{formatWhen(task)}</dd>
                {task.address && (
                  <>
                    <dt>{t('task-fact-where')}</dt>
                    <dd dir="auto">{task.address}</dd>
                  </>
                )}
                <dt>{t('task-fact-status')}</dt>
                <dd>{taskStatusLabel[task.status]}</dd>
                {task.skills && task.skills.length > 0 && (
                  <>
                    <dt>{t('task-fact-skills')}</dt>
                    <dd>
                      <SkillList skills={task.skills} />
                    </dd>
                  </>
                )}
                {task.accessibility && (
                  <>
                    <dt>{t('task-fact-accessibility')}</dt>
                    <dd dir="auto">{task.accessibility}</dd>
                  </>
                )}
                {task.equipment && (
                  <>
                    <dt>{t('task-fact-equipment')}</dt>
                    <dd dir="auto">{task.equipment}</dd>
                  </>
                )}
                {isOpenEnded(task) && (
                  <>
                    <dt>{t('task-fact-lease')}</dt>
                    <dd>{t('task-fact-lease-value', { hours: formatHours(task.lease_hours ?? 48) })}</dd>
                  </>
                )}
                {task.issue_id && (
                  <>
                    <dt>{t('task-fact-about')}</dt>
                    <dd>
                      <a href={`/issues/${task.issue_id}`}>{t('task-fact-about-issue')}</a>
                    </dd>
                  </>
                )}
                {task.verified_hours !== null && task.verified_hours > 0 && (
                  <>
                    <dt>{t('task-fact-hours')}</dt>
                    <dd>{t('task-fact-hours-verified', { hours: formatHours(task.verified_hours) })}</dd>
                  </>
                )}
              </dl>
            </section>
            <Claims task={task} />
          </div>
        </div>
      </div>
      <DiscussionPanel kind="task" subjectId={task.id} neighbourhoodId={task.neighbourhood_id} />
    </Page>
  );
}
