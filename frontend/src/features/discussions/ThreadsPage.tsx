import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api } from '../../api';
import { discussionsApi, type Thread } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { Composer } from './Composer';
import { TextField } from '../../components/fields';
import { usePagedList } from '../../hooks/usePagedList';
import { useResource } from '../../hooks/useResource';
import { useLive, useLiveChannel } from '../../live/live';
import { useSession } from '../../session/session';
import { formatAge } from '../issues/logic';
import { t } from '../../i18n';
import { checkTitle, isThreadEvent, TITLE_MAX, unreadLabel } from './logic';
import { signInHref } from '../../lib/nextPath';
import { Markup } from '../../i18n/Markup';

/** What a thread is about, for its row: nothing for a general thread. */
const subjectText: Record<Thread['subject'], () => string | null> = {
  general: () => null,
  issue: () => t('thread-subject-issue'),
  task: () => t('thread-subject-task'),
};

function ThreadRow({ thread }: { thread: Thread }) {
  const unread = unreadLabel(thread.unread_count);
  const subject = subjectText[thread.subject]();
  return (
    <li class={unread ? 'thread-row thread-row--unread' : 'thread-row'}>
      <h3 class="thread-row__title">
        <a href={`/threads/${thread.id}`} dir="auto" lang={thread.lang ?? undefined}>
          {thread.title}
        </a>
        {unread && <span class="badge">{unread}</span>}
      </h3>
      <p class="meta">
        {thread.pinned && <span>{t('thread-pinned')} · </span>}
        {thread.locked && <span>{t('thread-locked')} · </span>}
        {subject && <span>{subject} · </span>}
        <span>{t('thread-post-count', { count: thread.post_count })}</span>
        <span>
          {' · '}
          <Markup
            id="thread-last-activity"
            elements={{ time: <time dateTime={thread.last_activity_at} /> }}
            args={{ age: formatAge(thread.last_activity_at) }}
          />
        </span>
        {thread.author_name && (
          <span>
            {' · '}
            <span dir="auto">{t('thread-started-by', { name: thread.author_name })}</span>
          </span>
        )}
      </p>
    </li>
  );
}

/** A neighbourhood's threads by last activity (unread counts for the signed-in), and a new thread. */
export function ThreadsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const { me } = useSession();
  const { enabled } = useLive();
  const { route, path } = useLocation();
  const [version, setVersion] = useState(0);
  const neighbourhood = useResource(id ? `n:${id}` : null, (signal) => api.neighbourhoods.get(id, signal));
  const list = usePagedList(id ? `${id}:${version}` : null, (cursor, signal) =>
    discussionsApi.threads(id, { cursor, limit: 20 }, signal),
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLiveChannel(enabled && id ? `neighbourhood:${id}` : null, (message) => {
    // New threads and posts move threads up the list; locking and pinning change their place.
    if (
      message.type === 'event' &&
      (isThreadEvent(message.kind) || message.kind === 'post.created' || message.kind === 'post.deleted')
    ) {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => setVersion((v) => v + 1), 300);
    }
  });

  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const n = neighbourhood.data;
  const canStart =
    n && (n.viewer.membership?.status === 'active' || n.viewer.is_service_manager || n.viewer.can_manage);

  return (
    <Page title={n ? t('thread-list-title-in', { name: n.name }) : t('thread-list-title')}>
      {n && (
        <p class="actions">
          <a href={`/neighbourhoods/${n.id}`}>{t('thread-back-to', { name: n.name })}</a>
          {n.viewer.can_manage && <a href={`/neighbourhoods/${n.id}/moderation`}>{t('moderation-link')}</a>}
        </p>
      )}
      <ErrorAlert error={neighbourhood.error || list.error} />
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">{t('thread-list-heading')}</h2>
        {list.loading && <p role="status">{t('thread-list-loading')}</p>}
        {!list.loading && list.items.length === 0 && <p>{t('thread-list-empty')}</p>}
        <ul class="thread-list">
          {list.items.map((t) => (
            <ThreadRow key={t.id} thread={t} />
          ))}
        </ul>
        {list.hasMore && (
          <button
            type="button"
            class="button--quiet"
            disabled={list.loadingMore}
            onClick={() => void list.loadMore()}
          >
            {t('thread-list-more')}
          </button>
        )}
      </section>
      <section aria-labelledby="new-thread-heading">
        <h2 id="new-thread-heading">{t('thread-new-heading')}</h2>
        {!me ? (
          <p>
            <Markup id="thread-new-sign-in" elements={{ link: <a href={signInHref(path)} /> }} />
          </p>
        ) : !canStart ? (
          <p>{t('thread-new-members-only')}</p>
        ) : (
          <>
            <TextField
              name="thread-title"
              label={t('thread-new-title-label')}
              maxLength={TITLE_MAX}
              value={title}
              onValue={setTitle}
              error={titleError ?? undefined}
            />
            <Composer
              name="thread-body"
              neighbourhoodId={id}
              label={t('thread-new-first-post')}
              submitLabel={t('thread-new-submit')}
              onSubmit={async (body) => {
                const problem = checkTitle(title);
                setTitleError(problem);
                if (problem) throw new Error(problem);
                const created = await discussionsApi.createThread(id, { title: title.trim(), body });
                route(`/threads/${created.id}`);
              }}
            />
          </>
        )}
      </section>
    </Page>
  );
}
