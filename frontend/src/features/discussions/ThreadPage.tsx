import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { isApiError } from '../../api';
import { discussionsApi, type ThreadDetail } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { ThreadPosts } from './ThreadPosts';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { t } from '../../i18n';

/** Lock/unlock and pin/unpin, with the reason kept in the moderation log. */
function ThreadModeration({
  thread,
  onChange,
}: {
  thread: ThreadDetail;
  onChange: (changed: ThreadDetail, message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const changing = useAction(
    (body: { locked?: boolean; pinned?: boolean }, _message: string) =>
      discussionsApi.changeThread(thread.id, { ...body, reason: reason.trim() || undefined }),
    {
      onSuccess: (changed, _body, message) => {
        onChange(changed, message);
        setReason('');
      },
    },
  );
  const change = changing.run;
  const error = changing.feedback.summary;
  return (
    <section class="panel" aria-labelledby="thread-moderation-heading">
      <h2 id="thread-moderation-heading">{t('moderation-thread-heading')}</h2>
      <div class="field">
        <label for="thread-reason">{t('moderation-thread-reason')}</label>
        <input
          id="thread-reason"
          value={reason}
          maxLength={500}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      {error && (
        <div class="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      <p class="actions">
        <button
          type="button"
          onClick={() =>
            void change(
              { locked: !thread.locked },
              thread.locked ? t('moderation-thread-unlocked') : t('moderation-thread-locked'),
            )
          }
        >
          {thread.locked ? t('moderation-thread-unlock') : t('moderation-thread-lock')}
        </button>
        <button
          type="button"
          class="button--quiet"
          onClick={() =>
            void change(
              { pinned: !thread.pinned },
              thread.pinned ? t('moderation-thread-unpinned') : t('moderation-thread-pinned'),
            )
          }
        >
          {thread.pinned ? t('moderation-thread-unpin') : t('moderation-thread-pin')}
        </button>
      </p>
    </section>
  );
}

export function ThreadPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [override, setOverride] = useState<ThreadDetail | null>(null);
  const loaded = useResource(id ? `${id}:${version}` : null, (signal) => discussionsApi.thread(id, signal));
  const thread = override && override.id === id ? override : loaded.data;

  if (!thread) {
    const notFound = isApiError(loaded.error) && loaded.error.status === 404;
    return (
      <Page
        title={
          notFound
            ? t('thread-not-found-title')
            : loaded.error
              ? t('thread-title')
              : t('thread-loading-title')
        }
      >
        {notFound ? <p>{t('thread-not-found')}</p> : <ErrorAlert error={loaded.error} />}
      </Page>
    );
  }
  return (
    <Page title={thread.title} titleLang={thread.lang ?? undefined}>
      <p class="lede meta">
        {thread.pinned && `${t('thread-pinned')} · `}
        {thread.locked && `${t('thread-locked')} · `}
        {t('thread-post-count', { count: thread.post_count })}
        {thread.author_name && (
          <>
            {' · '}
            <span dir="auto">{t('thread-started-by', { name: thread.author_name })}</span>
          </>
        )}
      </p>
      <p class="actions">
        <a href={`/neighbourhoods/${thread.neighbourhood_id}/threads`}>{t('thread-all-threads')}</a>
        {thread.subject === 'issue' && thread.subject_id && (
          <a href={`/issues/${thread.subject_id}`}>{t('thread-the-issue')}</a>
        )}
        {thread.subject === 'task' && thread.subject_id && (
          <a href={`/tasks/${thread.subject_id}`}>{t('thread-the-task')}</a>
        )}
      </p>
      <StatusMessage message={announcement} />
      {thread.can_moderate && (
        <ThreadModeration
          thread={thread}
          onChange={(changed, message) => {
            setOverride(changed);
            setAnnouncement(message);
          }}
        />
      )}
      <ThreadPosts
        thread={thread}
        onThreadChanged={() => {
          setOverride(null);
          setVersion((v) => v + 1);
        }}
      />
    </Page>
  );
}
