import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '../../api';
import { discussionsApi, type QueuedPost } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { usePagedList } from '../../hooks/usePagedList';
import { useResource } from '../../hooks/useResource';
import { useLive, useLiveChannel } from '../../live/live';
import { formatAge } from '../issues/logic';
import { checkReason, describeLogEntry, REASON_MAX } from './logic';

function QueueItem({ item, onDone }: { item: QueuedPost; onDone: (message: string) => void }) {
  const { post } = item;
  const [reason, setReason] = useState('');
  const author = post.author_name ?? 'A former member';
  const acting = useAction(
    async (action: () => Promise<unknown>, message: string) => {
      await action();
      return message;
    },
    { onSuccess: onDone },
  );
  const act = acting.run;
  const error = acting.feedback.summary;
  const hidden = post.status === 'hidden';
  return (
    <li class="queue-item">
      <h3 class="task-card__title">
        <a href={`/threads/${post.thread_id}#post-${post.id}`}>{item.thread_title}</a>
      </h3>
      <p class="meta">
        Post by {author} · <time dateTime={post.created_at}>{formatAge(post.created_at)}</time> ·{' '}
        {hidden ? 'Hidden' : 'Visible'}
      </p>
      {post.body_html != null && (
        <div class="post__body prose" dangerouslySetInnerHTML={{ __html: post.body_html }} />
      )}
      <ul class="flags" aria-label="Flags">
        {item.flags.map((f) => (
          <li key={f.user_id}>
            {f.display_name ?? 'A member'}: “{f.reason}”
          </li>
        ))}
      </ul>
      {error && (
        <div class="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      <div class="field">
        <label for={`decision-${post.id}`}>Reason for your decision (the author is told)</label>
        <input
          id={`decision-${post.id}`}
          value={reason}
          maxLength={REASON_MAX}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      <p class="actions">
        <button
          type="button"
          onClick={() => {
            const problem = checkReason(reason);
            if (problem) acting.invalid(problem);
            else void act(() => discussionsApi.hide(post.id, reason.trim()), `Post by ${author} hidden.`);
          }}
        >
          {hidden ? 'Keep hidden' : 'Hide'}
          <span class="visually-hidden"> the post by {author}</span>
        </button>
        <button
          type="button"
          class="button--quiet"
          onClick={() =>
            void act(
              () => discussionsApi.restore(post.id, reason.trim()),
              hidden ? `Post by ${author} restored.` : 'Flags dismissed.',
            )
          }
        >
          {hidden ? 'Restore' : 'Dismiss flags'}
          <span class="visually-hidden"> on the post by {author}</span>
        </button>
      </p>
    </li>
  );
}

/** The coordinators' moderation queue (flagged and hidden posts) and the moderation log. */
export function ModerationPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const { enabled } = useLive();
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const n = useResource(id ? `n:${id}` : null, (signal) => api.neighbourhoods.get(id, signal));
  const queue = usePagedList(id ? `q:${id}:${version}` : null, (cursor, signal) =>
    discussionsApi.queue(id, { cursor }, signal),
  );
  const log = usePagedList(id ? `l:${id}:${version}` : null, (cursor, signal) =>
    discussionsApi.log(id, { cursor }, signal),
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLiveChannel(enabled && id ? `neighbourhood:${id}` : null, (message) => {
    if (
      message.type === 'event' &&
      ['post.flagged', 'post.hidden', 'post.restored', 'post.reviewed', 'post.deleted'].includes(message.kind)
    ) {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => setVersion((v) => v + 1), 300);
    }
  });
  const name = n.data?.name;
  return (
    <Page title={name ? `Moderation · ${name}` : 'Moderation'}>
      <p class="actions">
        <a href={`/neighbourhoods/${id}/threads`}>Discussions</a>
      </p>
      <StatusMessage message={announcement} />
      <ErrorAlert error={queue.error || log.error} />
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Waiting for a decision</h2>
        {queue.loading && <p role="status">Loading…</p>}
        {!queue.loading && queue.items.length === 0 && <p>Nothing is waiting. Thank you.</p>}
        <ul class="queue">
          {queue.items.map((item) => (
            <QueueItem
              key={item.post.id}
              item={item}
              onDone={(message) => {
                setAnnouncement(message);
                setVersion((v) => v + 1);
              }}
            />
          ))}
        </ul>
        {queue.hasMore && (
          <button type="button" class="button--quiet" onClick={() => void queue.loadMore()}>
            More
          </button>
        )}
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Moderation log</h2>
        <ol class="moderation-log">
          {log.items.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.created_at}>{formatAge(entry.created_at)}</time>:{' '}
              {describeLogEntry(entry)}
              {entry.reason && <> — “{entry.reason}”</>}
            </li>
          ))}
        </ol>
        {log.hasMore && (
          <button type="button" class="button--quiet" onClick={() => void log.loadMore()}>
            Older entries
          </button>
        )}
      </section>
    </Page>
  );
}
