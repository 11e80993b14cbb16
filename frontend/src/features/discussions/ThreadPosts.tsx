import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { describeError } from '../../api';
import { discussionsApi, type Post, type ThreadDetail } from './api';
import { useLive, useLiveChannel } from '../../live/live';
import { useSession } from '../../session/session';
import { newPostsLabel } from './logic';
import { Composer } from './Composer';
import { PostItem } from './PostItem';
import { t } from '../../i18n';

const PAGE = 50;

interface ThreadPostsProps {
  thread: ThreadDetail;
  /** Reloads the thread (its lock and counts) after events about it. */
  onThreadChanged?: () => void;
}

/**
 * A thread's posts, oldest first, paged on demand. New posts that arrive live are counted in a
 * "3 new posts" button instead of moving the page under the reader; other changes (edits,
 * hiding, reactions) reload the posts shown. The composer posts at the end.
 */
export function ThreadPosts({ thread, onThreadChanged }: ThreadPostsProps) {
  const { me } = useSession();
  const { enabled } = useLive();
  const [posts, setPosts] = useState<Post[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** Numbers of posts announced live but not shown yet. */
  const [waiting, setWaiting] = useState<Set<number>>(new Set());
  const lastShown = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const threadRef = useRef(thread);
  threadRef.current = thread;

  const shownUpTo = (list: Post[]) => list.reduce((max, p) => Math.max(max, p.seq), 0);
  /** Posts announced live that are on the page by now are no longer new. */
  const forgetShown = () => setWaiting((now) => new Set([...now].filter((seq) => seq > lastShown.current)));

  const markRead = useCallback(
    (seq: number) => {
      if (me && seq > (threadRef.current.last_read_seq ?? 0))
        void discussionsApi.markRead(thread.id, seq).catch(() => {});
    },
    [me, thread.id],
  );

  // First page.
  useEffect(() => {
    const controller = new AbortController();
    lastShown.current = 0;
    setWaiting(new Set());
    discussionsApi.posts(thread.id, { limit: PAGE }, controller.signal).then(
      (page) => {
        setPosts(page.items);
        setCursor(page.next_cursor);
        setLoaded(true);
        lastShown.current = shownUpTo(page.items);
        forgetShown();
        markRead(lastShown.current);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      },
    );
    return () => controller.abort();
  }, [thread.id]);

  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await discussionsApi.posts(thread.id, { cursor, limit: PAGE });
      setPosts((now) => [...now, ...page.items]);
      setCursor(page.next_cursor);
      lastShown.current = Math.max(lastShown.current, shownUpTo(page.items));
      forgetShown();
      markRead(lastShown.current);
    } catch (failure) {
      setError(failure);
    }
  };

  /** Shows the posts that arrived live (after the last one shown). */
  const showNew = async () => {
    try {
      const page = await discussionsApi.posts(thread.id, { after_seq: lastShown.current, limit: 100 });
      setPosts((now) => {
        const known = new Set(now.map((p) => p.id));
        return [...now, ...page.items.filter((p) => !known.has(p.id))];
      });
      lastShown.current = Math.max(lastShown.current, shownUpTo(page.items));
      setWaiting(new Set());
      if (!page.next_cursor) setCursor(null);
      markRead(lastShown.current);
      requestAnimationFrame(() => document.getElementById(`post-${page.items[0]?.id}`)?.focus?.());
    } catch (failure) {
      setError(failure);
    }
  };

  /** Re-reads the posts already shown (after edits, hiding, reactions by others). */
  const refreshShown = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const upTo = lastShown.current;
      if (upTo === 0) return;
      void discussionsApi.posts(thread.id, { limit: Math.min(100, Math.max(upTo, 1)) }).then(
        (page) => {
          const fresh = new Map(page.items.map((p) => [p.id, p]));
          setPosts((now) => now.map((p) => fresh.get(p.id) ?? p));
        },
        () => {},
      );
    }, 200);
  };

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  useLiveChannel(enabled ? `neighbourhood:${thread.neighbourhood_id}` : null, (message) => {
    if (message.type === 'event') {
      // Other kinds are not about threads; this page ignores them.
      switch (message.kind) {
        case 'post.created': {
          const { thread_id, seq } = message.data;
          if (thread_id !== thread.id) return;
          if (seq > lastShown.current) setWaiting((now) => new Set(now).add(seq));
          onThreadChanged?.();
          return;
        }
        case 'post.edited':
        case 'post.deleted':
        case 'post.hidden':
        case 'post.restored':
        case 'reaction.changed':
          if (message.data.thread_id === thread.id) refreshShown();
          return;
        case 'post.flagged':
        case 'post.reviewed':
        case 'thread.created':
        case 'thread.locked':
        case 'thread.unlocked':
        case 'thread.pinned':
        case 'thread.unpinned':
          if (message.data.thread_id === thread.id) onThreadChanged?.();
          return;
        default:
          return;
      }
    } else if ((message.type === 'subscribed' && !message.resumed) || message.type === 'reset') {
      refreshShown();
      onThreadChanged?.();
    }
  });

  const replace = (post: Post) => setPosts((now) => now.map((p) => (p.id === post.id ? post : p)));
  /** After the viewer's own post: shown at once when nothing came between, else with the others. */
  const send = async (body: string, parentId: string | null = null) => {
    const created = await discussionsApi.createPost(thread.id, { body, parent_id: parentId });
    if (cursor) return; // not at the end yet: "Show more posts" gets there
    if (created.seq === lastShown.current + 1) {
      setPosts((now) => (now.some((p) => p.id === created.id) ? now : [...now, created]));
      lastShown.current = created.seq;
      forgetShown();
      markRead(created.seq);
    } else {
      await showNew();
    }
  };

  const names = useMemo(() => new Map(posts.map((p) => [p.id, p.author_name])), [posts]);
  const newCount = waiting.size;
  return (
    <section class="thread-posts" aria-label={t('post-list-label')}>
      {error !== null && (
        <div class="alert" role="alert">
          <p>{describeError(error)}</p>
        </div>
      )}
      {!loaded && error === null && <p role="status">{t('post-list-loading')}</p>}
      <ol class="posts">
        {posts.map((p) => (
          <PostItem
            key={p.id}
            post={p}
            thread={thread}
            neighbourhoodId={thread.neighbourhood_id}
            meId={me?.id ?? null}
            onChanged={replace}
            onReply={(body, parent) => send(body, parent)}
            replyTo={p.parent_id ? (names.get(p.parent_id) ?? null) : null}
          />
        ))}
      </ol>
      {cursor && (
        <p class="actions">
          <button type="button" class="button--quiet" onClick={() => void loadMore()}>
            {t('post-list-more')}
          </button>
        </p>
      )}
      <div aria-live="polite">
        {newCount > 0 && !cursor && (
          <button type="button" class="new-posts" onClick={() => void showNew()}>
            {newPostsLabel(newCount)}
          </button>
        )}
      </div>
      {thread.can_post ? (
        <Composer
          name={`post-${thread.id}`}
          neighbourhoodId={thread.neighbourhood_id}
          label={t('post-add-label')}
          submitLabel={t('post-submit')}
          onSubmit={(body) => send(body)}
        />
      ) : (
        <p class="meta">
          {thread.locked ? t('post-thread-locked') : me ? t('post-members-only') : t('post-sign-in-to-post')}
        </p>
      )}
    </section>
  );
}
