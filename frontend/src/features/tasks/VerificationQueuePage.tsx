import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Neighbourhood } from '../../api';
import { tasksApi, type QueuedClaim } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextArea } from '../../components/fields';
import { TasksNav } from './TaskBits';
import { useAction } from '../../hooks/useAction';
import { usePagedList } from '../../hooks/usePagedList';
import { useSession } from '../../session/session';
import { useTaskEvents } from './events';
import { formatAge } from '../issues/logic';
import { signInHref } from '../../lib/nextPath';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
import { REASON_MAX, formatHours, taskActionError } from './logic';
import { LoadMore } from '../../components/LoadMore';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from '../neighbourhoods/viewed';

/** The reason is required: the volunteer needs to know what to put right. */
export function checkRejectReason(reason: string): string | null {
  return reason.trim() ? null : t('verify-reason-missing');
}

function QueueItem({ item, onChange }: { item: QueuedClaim; onChange: (message: string) => void }) {
  const title = item.task_title;
  const who = item.display_name || t('claim-a-neighbour');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const headingId = `queue-${item.id}`;
  // Buttons are named in full for screen readers ("Verify work by Ann on “Litter pick”"), each
  // starting with its visible word.
  const named = { name: who, title };
  // Each step answers what to announce.
  const {
    busy,
    error,
    run: act,
  } = useAction((step: () => Promise<string>) => step(), { onSuccess: onChange });

  const reject = (event: Event) => {
    event.preventDefault();
    const problem = checkRejectReason(reason);
    setReasonError(problem);
    if (problem) {
      document.getElementById(`field-reject-${item.id}`)?.focus();
      return;
    }
    void act(async () => {
      await tasksApi.reject(item.id, reason.trim());
      return t('verify-sent-back', { name: who });
    });
  };

  return (
    <li class="queue-item">
      <h3 id={headingId} class="task-card__title" dir="auto">
        <a href={`/tasks/${item.task_id}`}>{title}</a>
      </h3>
      <p class="meta">
        <span dir="auto">{who}</span>
        <span>{formatHours(item.hours ?? 0)}</span>
        {item.done_at && (
          <span>
            <Markup
              id="verify-done-at"
              elements={{ time: <time dateTime={item.done_at} /> }}
              args={{ age: formatAge(item.done_at) }}
            />
          </span>
        )}
      </p>
      {item.note && (
        <p class="prose" dir="auto">
          {t('verify-note', { note: item.note })}
        </p>
      )}
      {error !== null && (
        <div class="alert" role="alert">
          <p>{taskActionError(error)}</p>
        </div>
      )}
      {rejecting ? (
        <form class="form" onSubmit={reject} noValidate>
          <TextArea
            name={`reject-${item.id}`}
            label={t('verify-reason')}
            hint={t('verify-reason-hint', { name: who })}
            rows={3}
            maxLength={REASON_MAX}
            required
            value={reason}
            onValue={setReason}
            error={reasonError ?? undefined}
          />
          <p class="actions">
            <button type="submit" disabled={busy} aria-label={t('verify-send-back-label', named)}>
              {t('verify-send-back')}
            </button>
            <button
              type="button"
              class="button--quiet"
              aria-label={t('verify-keep-label')}
              onClick={() => setRejecting(false)}
            >
              {t('verify-keep')}
            </button>
          </p>
        </form>
      ) : (
        <p class="actions">
          <button
            type="button"
            disabled={busy}
            aria-label={t('verify-verify-label', named)}
            onClick={() =>
              act(async () => {
                await tasksApi.verify(item.id);
                return t('verify-verified', { hours: formatHours(item.hours ?? 0), name: who });
              })
            }
          >
            {t('verify-verify')}
          </button>
          <button
            type="button"
            class="button--quiet"
            disabled={busy}
            aria-label={t('verify-send-back-open-label', named)}
            onClick={() => setRejecting(true)}
          >
            {t('verify-send-back-open')}
          </button>
        </p>
      )}
    </li>
  );
}

function Queue({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  const { me } = useSession();
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const list = usePagedList<QueuedClaim>(`${n.id}:${me?.id ?? ''}:${version}`, (cursor, signal) =>
    tasksApi.verificationQueue(n.id, { cursor }, signal),
  );
  // Work marked done, verified or sent back by someone else changes the queue.
  useTaskEvents(n.id, () => setVersion((v) => v + 1), {
    onEvent: (kind) => ['task.done', 'task.verified', 'task.rejected', 'task.cancelled'].includes(kind),
  });
  const changed = (message: string) => {
    setAnnouncement(message);
    setVersion((v) => v + 1);
  };
  return (
    <section aria-labelledby="queue-heading" aria-busy={list.loading}>
      <h2 id="queue-heading">{t('verify-queue-heading')}</h2>
      <StatusMessage message={announcement} />
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 && <p>{t('verify-loading')}</p>}
      {!list.loading && !list.error && list.items.length === 0 && <p>{t('verify-queue-empty')}</p>}
      <ul class="task-list">
        {list.items.map((item) => (
          <QueueItem key={item.id} item={item} onChange={changed} />
        ))}
      </ul>
      <LoadMore list={list} />
    </section>
  );
}

/** Done work that the viewer may verify: a neighbour confirms the hours, or sends the work back. */
export function VerificationQueuePage() {
  const { params, path } = useRoute();
  const id = params.id ?? '';
  const { me } = useSession();
  const { neighbourhood: n, error } = useViewedNeighbourhood(id);

  if (!n) return <NeighbourhoodUnavailable error={error} title={t('task-nav-verify')} />;

  const member = n.viewer.membership?.status === 'active' || n.viewer.can_manage;
  return (
    <Page title={t('task-nav-verify')}>
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <p class="lede">{t('verify-lede')}</p>
        {!me ? (
          <p>
            <Markup id="verify-sign-in" elements={{ link: <a href={signInHref(path)} /> }} />
          </p>
        ) : member ? (
          <Queue neighbourhood={n} />
        ) : (
          <p>
            <Markup
              id="verify-members-only"
              args={{ name: n.name }}
              elements={{ link: <a href={`/neighbourhoods/${n.id}`} dir="auto" /> }}
            />
          </p>
        )}
      </div>
    </Page>
  );
}
