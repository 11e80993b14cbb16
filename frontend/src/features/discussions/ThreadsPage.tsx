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
import { formatCount } from '../../lib/format';
import { checkTitle, isThreadEvent, TITLE_MAX, unreadLabel } from './logic';
import { signInHref } from '../../lib/nextPath';

const subjectLabel = { general: null, issue: 'Issue', task: 'Task' } as const;

function ThreadRow({ thread: t }: { thread: Thread }) {
  const unread = unreadLabel(t.unread_count);
  return (
    <li class={unread ? 'thread-row thread-row--unread' : 'thread-row'}>
      <h3 class="thread-row__title">
        <a href={`/threads/${t.id}`}>{t.title}</a>
        {unread && <span class="badge">{unread}</span>}
      </h3>
      <p class="meta">
        {t.pinned && <span>Pinned · </span>}
        {t.locked && <span>Locked · </span>}
        {subjectLabel[t.subject] && <span>{subjectLabel[t.subject]} discussion · </span>}
        <span>{formatCount(t.post_count, 'post')}</span>
        <span>
          {' · '}last activity <time dateTime={t.last_activity_at}>{formatAge(t.last_activity_at)}</time>
        </span>
        {t.author_name && <span> · started by {t.author_name}</span>}
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
    <Page title={n ? `Discussions · ${n.name}` : 'Discussions'}>
      {n && (
        <p class="actions">
          <a href={`/neighbourhoods/${n.id}`}>Back to {n.name}</a>
          {n.viewer.can_manage && <a href={`/neighbourhoods/${n.id}/moderation`}>Moderation</a>}
        </p>
      )}
      <ErrorAlert error={neighbourhood.error || list.error} />
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">Threads</h2>
        {list.loading && <p role="status">Loading threads…</p>}
        {!list.loading && list.items.length === 0 && <p>No threads yet. Start the first one.</p>}
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
            More threads
          </button>
        )}
      </section>
      <section aria-labelledby="new-thread-heading">
        <h2 id="new-thread-heading">Start a thread</h2>
        {!me ? (
          <p>
            <a href={signInHref(path)}>Sign in</a> to start a thread.
          </p>
        ) : !canStart ? (
          <p>Members of the neighbourhood in good standing can start threads.</p>
        ) : (
          <>
            <TextField
              name="thread-title"
              label="Title"
              maxLength={TITLE_MAX}
              value={title}
              onValue={setTitle}
              error={titleError ?? undefined}
            />
            <Composer
              name="thread-body"
              neighbourhoodId={id}
              label="First post"
              submitLabel="Start the thread"
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
