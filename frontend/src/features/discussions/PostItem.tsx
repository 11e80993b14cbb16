import { useState } from 'preact/hooks';
import { useAction } from '../../hooks/useAction';
import { discussionsApi, REACTIONS, type Post, type Revision, type ThreadDetail } from './api';
import { Composer } from './Composer';
import { formatAge } from '../issues/logic';
import { checkReason, REASON_MAX } from './logic';

interface PostItemProps {
  post: Post;
  thread: ThreadDetail;
  neighbourhoodId: string;
  meId: string | null;
  /** The post as it is now, after an action on it. */
  onChanged: (post: Post) => void;
  /** Posts a reply to this post. */
  onReply: (body: string, parentId: string) => Promise<void>;
  /** The author's name of the post this one replies to, if shown. */
  replyTo?: string | null;
}

type Mode = 'read' | 'reply' | 'edit' | 'flag' | 'hide';

/** One post: its body (sanitised by the server), reactions, and what the viewer may do with it. */
export function PostItem({
  post,
  thread,
  neighbourhoodId,
  meId,
  onChanged,
  onReply,
  replyTo,
}: PostItemProps) {
  const [mode, setMode] = useState<Mode>('read');
  const [reason, setReason] = useState('');
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const mine = meId !== null && post.author_id === meId;
  const author = post.author_name ?? 'A former member';
  const headingId = `post-${post.id}-by`;

  const acting = useAction((step: () => Promise<Post | void>) => step(), {
    onSuccess: (changed) => {
      if (changed) onChanged(changed);
      setMode('read');
      setReason('');
    },
  });
  const act = acting.run;
  const error = acting.feedback.summary;

  const withReason = (event: Event, send: (reason: string) => Promise<Post | void>) => {
    event.preventDefault();
    const problem = checkReason(reason);
    if (problem) return acting.invalid(problem);
    void act(() => send(reason.trim()));
  };

  if (post.status === 'deleted') {
    return (
      <li class="post post--deleted" id={`post-${post.id}`}>
        <p class="meta">#{post.seq} · This post was deleted.</p>
      </li>
    );
  }

  const hidden = post.status === 'hidden';
  const canTakePart = thread.can_post && post.status === 'visible';
  return (
    <li class={hidden ? 'post post--hidden' : 'post'} id={`post-${post.id}`} aria-labelledby={headingId}>
      <p class="meta post__meta" id={headingId}>
        <strong>{author}</strong>
        {replyTo && <span> replying to {replyTo}</span>}
        <span>
          {' · '}
          <time dateTime={post.created_at}>{formatAge(post.created_at)}</time>
        </span>
        {post.edited_at && <span> · edited</span>}
        {thread.can_moderate && post.flag_count ? <span> · {post.flag_count} flags</span> : null}
      </p>
      {hidden && (
        <p class="post__notice">
          {post.body_html === null
            ? 'This post is hidden while the coordinators review it.'
            : `Hidden from others: ${post.hidden_reason ?? 'awaiting review'}`}
        </p>
      )}
      {post.body_html != null && mode !== 'edit' && (
        // The server rendered and sanitised this HTML (docs/api.md, Discussions).
        <div class="post__body prose" dangerouslySetInnerHTML={{ __html: post.body_html }} />
      )}
      {mode === 'edit' && (
        <Composer
          name={`edit-${post.id}`}
          neighbourhoodId={neighbourhoodId}
          label="Edit your post"
          submitLabel="Save"
          initial={post.body_source ?? ''}
          autoFocus
          onCancel={() => setMode('read')}
          onSubmit={async (body) => {
            onChanged(await discussionsApi.editPost(post.id, body));
            setMode('read');
          }}
        />
      )}
      {post.status === 'visible' && (
        <p class="reactions" aria-label="Reactions">
          {REACTIONS.map((r) => {
            const count = post.reactions.find((x) => x.reaction === r);
            if (!count && !canTakePart) return null;
            return (
              <button
                key={r}
                type="button"
                class="reaction"
                aria-pressed={count?.mine ?? false}
                disabled={!canTakePart}
                onClick={() => void act(() => discussionsApi.react(post.id, r))}
              >
                {r} {count ? count.count : ''}
                <span class="visually-hidden"> reaction to the post by {author}</span>
              </button>
            );
          })}
        </p>
      )}
      {error && (
        <div class="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      {mode === 'read' && (
        <p class="actions post__actions">
          {canTakePart && (
            <button type="button" class="button--quiet" onClick={() => setMode('reply')}>
              Reply<span class="visually-hidden"> to {author}</span>
            </button>
          )}
          {mine && thread.can_post && (
            <button type="button" class="button--quiet" onClick={() => setMode('edit')}>
              Edit<span class="visually-hidden"> your post</span>
            </button>
          )}
          {(mine || thread.can_moderate) && (
            <button
              type="button"
              class="button--quiet"
              onClick={() => {
                if (confirm('Delete this post? Its text is removed for good.'))
                  void act(() => discussionsApi.deletePost(post.id));
              }}
            >
              Delete<span class="visually-hidden"> the post by {author}</span>
            </button>
          )}
          {!mine && thread.can_flag && post.status === 'visible' && !post.flagged_by_me && (
            <button type="button" class="button--quiet" onClick={() => setMode('flag')}>
              Flag<span class="visually-hidden"> the post by {author}</span>
            </button>
          )}
          {post.flagged_by_me && <span class="meta">You flagged this.</span>}
          {thread.can_moderate && (post.status === 'visible' || post.flag_count) && (
            <button type="button" class="button--quiet" onClick={() => setMode('hide')}>
              Hide<span class="visually-hidden"> the post by {author}</span>
            </button>
          )}
          {thread.can_moderate && (hidden || (post.flag_count ?? 0) > 0) && (
            <button
              type="button"
              class="button--quiet"
              onClick={() => void act(() => discussionsApi.restore(post.id))}
            >
              {hidden ? 'Restore' : 'Dismiss flags'}
              <span class="visually-hidden">{` ${hidden ? 'the post' : 'on the post'} by ${author}`}</span>
            </button>
          )}
          {thread.can_moderate && post.edited_at && revisions === null && (
            <button
              type="button"
              class="button--quiet"
              onClick={() => void act(() => discussionsApi.revisions(post.id).then(setRevisions))}
            >
              Earlier versions
            </button>
          )}
        </p>
      )}
      {mode === 'reply' && (
        <Composer
          name={`reply-${post.id}`}
          neighbourhoodId={neighbourhoodId}
          label={`Reply to ${author}`}
          submitLabel="Reply"
          autoFocus
          onCancel={() => setMode('read')}
          onSubmit={async (body) => {
            await onReply(body, post.id);
            setMode('read');
          }}
        />
      )}
      {(mode === 'flag' || mode === 'hide') && (
        <form
          class="form"
          noValidate
          onSubmit={(event) =>
            withReason(event, (r) =>
              mode === 'flag'
                ? discussionsApi.flag(post.id, r).then(() => ({ ...post, flagged_by_me: true }))
                : discussionsApi.hide(post.id, r),
            )
          }
        >
          <div class="field">
            <label for={`reason-${post.id}`}>
              {mode === 'flag'
                ? 'Why should the coordinators look at this?'
                : 'Why hide it? (the author is told)'}
            </label>
            <input
              id={`reason-${post.id}`}
              value={reason}
              maxLength={REASON_MAX}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <p class="actions">
            <button type="submit">{mode === 'flag' ? 'Flag' : 'Hide'}</button>
            <button type="button" class="button--quiet" onClick={() => setMode('read')}>
              Cancel
            </button>
          </p>
        </form>
      )}
      {revisions !== null && (
        <details open class="revisions">
          <summary>Earlier versions ({revisions.length})</summary>
          <ol>
            {revisions.map((r) => (
              <li key={r.id}>
                <p class="meta">
                  Written <time dateTime={r.written_at}>{formatAge(r.written_at)}</time>
                </p>
                <div class="prose" dangerouslySetInnerHTML={{ __html: r.body_html }} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
