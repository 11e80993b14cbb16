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
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

function QueueItem({ item, onDone }: { item: QueuedPost; onDone: (message: string) => void }) {
  const { post } = item;
  const [reason, setReason] = useState('');
  const author = post.author_name ?? t('post-former-member');
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
        <a href={`/threads/${post.thread_id}#post-${post.id}`} dir="auto">
          {item.thread_title}
        </a>
      </h3>
      <p class="meta">
        <span dir="auto">{t('moderation-post-by', { author })}</span> ·{' '}
        <time dateTime={post.created_at}>{formatAge(post.created_at)}</time> ·{' '}
        {hidden ? t('moderation-post-hidden') : t('moderation-post-visible')}
      </p>
      {post.body_html != null && (
        <div
          class="post__body prose"
          dir="auto"
          lang={post.lang ?? undefined}
          dangerouslySetInnerHTML={{ __html: post.body_html }}
        />
      )}
      <ul class="flags" aria-label={t('moderation-flags')}>
        {item.flags.map((f) => (
          <li key={f.user_id}>
            {t('moderation-flag-line', {
              name: f.display_name ?? t('moderation-a-member'),
              reason: f.reason,
            })}
          </li>
        ))}
      </ul>
      {error && (
        <div class="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      <div class="field">
        <label for={`decision-${post.id}`}>{t('moderation-decision-reason')}</label>
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
            else
              void act(
                () => discussionsApi.hide(post.id, reason.trim()),
                t('moderation-hidden-done', { author }),
              );
          }}
        >
          {hidden ? t('moderation-keep-hidden') : t('moderation-hide')}
          <span class="visually-hidden"> {t('post-by-hidden', { author })}</span>
        </button>
        <button
          type="button"
          class="button--quiet"
          onClick={() =>
            void act(
              () => discussionsApi.restore(post.id, reason.trim()),
              hidden ? t('moderation-restored-done', { author }) : t('moderation-dismissed-done'),
            )
          }
        >
          {hidden ? t('moderation-restore') : t('moderation-dismiss-flags')}
          <span class="visually-hidden"> {t('post-on-hidden', { author })}</span>
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
    <Page title={name ? t('moderation-title-in', { name }) : t('moderation-title')}>
      <p class="actions">
        <a href={`/neighbourhoods/${id}/threads`}>{t('thread-list-title')}</a>
      </p>
      <StatusMessage message={announcement} />
      <ErrorAlert error={queue.error || log.error} />
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t('moderation-queue-heading')}</h2>
        {queue.loading && <p role="status">{t('moderation-loading')}</p>}
        {!queue.loading && queue.items.length === 0 && <p>{t('moderation-queue-empty')}</p>}
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
            {t('moderation-queue-more')}
          </button>
        )}
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">{t('moderation-log-heading')}</h2>
        <ol class="moderation-log">
          {log.items.map((entry) => (
            <li key={entry.id}>
              {entry.reason ? (
                <Markup
                  id="moderation-log-line-reason"
                  args={{
                    age: formatAge(entry.created_at),
                    what: describeLogEntry(entry),
                    reason: entry.reason,
                  }}
                  elements={{ time: <time dateTime={entry.created_at} /> }}
                />
              ) : (
                <Markup
                  id="moderation-log-line"
                  args={{ age: formatAge(entry.created_at), what: describeLogEntry(entry) }}
                  elements={{ time: <time dateTime={entry.created_at} /> }}
                />
              )}
            </li>
          ))}
        </ol>
        {log.hasMore && (
          <button type="button" class="button--quiet" onClick={() => void log.loadMore()}>
            {t('moderation-log-older')}
          </button>
        )}
      </section>
    </Page>
  );
}
