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
import { REASON_MAX, formatHours, taskActionError } from './logic';
import { LoadMore } from '../../components/LoadMore';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from '../neighbourhoods/viewed';

/** The reason is required: the volunteer needs to know what to put right. */
export function checkRejectReason(reason: string): string | null {
  return reason.trim() ? null : 'Say what needs putting right, so they can fix it.';
}

function QueueItem({ item, onChange }: { item: QueuedClaim; onChange: (message: string) => void }) {
  const title = item.task_title;
  const who = item.display_name || 'A neighbour';
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const headingId = `queue-${item.id}`;
  const about = ` work by ${who} on “${title}”`;
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
      return `Sent back to ${who}, with your reason.`;
    });
  };

  return (
    <li class="queue-item">
      <h3 id={headingId} class="task-card__title">
        <a href={`/tasks/${item.task_id}`}>{title}</a>
      </h3>
      <p class="meta">
        <span>{who}</span>
        <span>{formatHours(item.hours ?? 0)}</span>
        {item.done_at && (
          <span>
            Done <time dateTime={item.done_at}>{formatAge(item.done_at)}</time>
          </span>
        )}
      </p>
      {item.note && <p class="prose">“{item.note}”</p>}
      {error !== null && (
        <div class="alert" role="alert">
          <p>{taskActionError(error)}</p>
        </div>
      )}
      {rejecting ? (
        <form class="form" onSubmit={reject} noValidate>
          <TextArea
            name={`reject-${item.id}`}
            label="What needs putting right?"
            hint={`${who} sees this, and the work goes back to them.`}
            rows={3}
            maxLength={REASON_MAX}
            required
            value={reason}
            onValue={setReason}
            error={reasonError ?? undefined}
          />
          <p class="actions">
            <button type="submit" disabled={busy}>
              Send back<span class="visually-hidden">{about}</span>
            </button>
            <button type="button" class="button--quiet" onClick={() => setRejecting(false)}>
              Keep it<span class="visually-hidden"> in the queue</span>
            </button>
          </p>
        </form>
      ) : (
        <p class="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              act(async () => {
                await tasksApi.verify(item.id);
                return `Verified ${formatHours(item.hours ?? 0)} by ${who}. Thank you.`;
              })
            }
          >
            Verify<span class="visually-hidden">{about}</span>
          </button>
          <button type="button" class="button--quiet" disabled={busy} onClick={() => setRejecting(true)}>
            Send back…<span class="visually-hidden">{about}</span>
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
      <h2 id="queue-heading">Waiting for verification</h2>
      <StatusMessage message={announcement} />
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 && <p>Loading…</p>}
      {!list.loading && !list.error && list.items.length === 0 && (
        <p>Nothing is waiting. Work marked done appears here for a neighbour to verify.</p>
      )}
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

  if (!n) return <NeighbourhoodUnavailable error={error} title="Verify work" />;

  const member = n.viewer.membership?.status === 'active' || n.viewer.can_manage;
  return (
    <Page title="Verify work">
      <div class="task-page">
        <TasksNav neighbourhood={n} />
        <p class="lede">
          Hours count once a neighbour who was not on the task confirms the work was done. Coordinators can
          verify any task.
        </p>
        {!me ? (
          <p>
            <a href={signInHref(path)}>Sign in</a> to verify work.
          </p>
        ) : member ? (
          <Queue neighbourhood={n} />
        ) : (
          <p>
            Members of <a href={`/neighbourhoods/${n.id}`}>{n.name}</a> verify each other’s work.
          </p>
        )}
      </div>
    </Page>
  );
}
