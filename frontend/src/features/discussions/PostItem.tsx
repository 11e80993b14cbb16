import { useState } from 'preact/hooks';
import { useAction } from '../../hooks/useAction';
import { discussionsApi, REACTIONS, type Post, type Revision, type ThreadDetail } from './api';
import { Composer } from './Composer';
import { formatAge } from '../issues/logic';
import { checkReason, REASON_MAX } from './logic';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

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
  const author = post.author_name ?? t('post-former-member');
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
        <p class="meta">{t('post-deleted', { seq: post.seq })}</p>
      </li>
    );
  }

  const hidden = post.status === 'hidden';
  const canTakePart = thread.can_post && post.status === 'visible';
  return (
    <li class={hidden ? 'post post--hidden' : 'post'} id={`post-${post.id}`} aria-labelledby={headingId}>
      <p class="meta post__meta" id={headingId}>
        <strong dir="auto">{author}</strong>
        {replyTo && (
          <span>
            {' '}
            <span dir="auto">{t('post-replying-to', { name: replyTo })}</span>
          </span>
        )}
        <span>
          {' · '}
          <time dateTime={post.created_at}>{formatAge(post.created_at)}</time>
        </span>
        {post.edited_at && <span> · {t('post-edited')}</span>}
        {thread.can_moderate && post.flag_count ? (
          <span> · {t('post-flag-count', { count: post.flag_count })}</span>
        ) : null}
      </p>
      {hidden && (
        <p class="post__notice">
          {post.body_html === null
            ? t('post-hidden-under-review')
            : post.hidden_reason
              ? t('post-hidden-from-others', { reason: post.hidden_reason })
              : t('post-hidden-awaiting-review')}
        </p>
      )}
      {post.body_html != null && mode !== 'edit' && (
        // The server rendered and sanitised this HTML (docs/api.md, Discussions).
        <div
          class="post__body prose"
          dir="auto"
          lang={post.lang ?? undefined}
          dangerouslySetInnerHTML={{ __html: post.body_html }}
        />
      )}
      {mode === 'edit' && (
        <Composer
          name={`edit-${post.id}`}
          neighbourhoodId={neighbourhoodId}
          label={t('post-edit-label')}
          submitLabel={t('post-save')}
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
        <p class="reactions" aria-label={t('post-reactions')}>
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
                <span class="visually-hidden"> {t('post-reaction-hidden', { author })}</span>
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
              {t('post-reply')}
              <span class="visually-hidden"> {t('post-reply-hidden', { author })}</span>
            </button>
          )}
          {mine && thread.can_post && (
            <button type="button" class="button--quiet" onClick={() => setMode('edit')}>
              {t('post-edit')}
              <span class="visually-hidden"> {t('post-edit-hidden')}</span>
            </button>
          )}
          {(mine || thread.can_moderate) && (
            <button
              type="button"
              class="button--quiet"
              onClick={() => {
                if (confirm(t('post-delete-confirm'))) void act(() => discussionsApi.deletePost(post.id));
              }}
            >
              {t('post-delete')}
              <span class="visually-hidden"> {t('post-by-hidden', { author })}</span>
            </button>
          )}
          {!mine && thread.can_flag && post.status === 'visible' && !post.flagged_by_me && (
            <button type="button" class="button--quiet" onClick={() => setMode('flag')}>
              {t('post-flag')}
              <span class="visually-hidden"> {t('post-by-hidden', { author })}</span>
            </button>
          )}
          {post.flagged_by_me && <span class="meta">{t('post-flagged-by-you')}</span>}
          {thread.can_moderate && (post.status === 'visible' || post.flag_count) && (
            <button type="button" class="button--quiet" onClick={() => setMode('hide')}>
              {t('moderation-hide')}
              <span class="visually-hidden"> {t('post-by-hidden', { author })}</span>
            </button>
          )}
          {thread.can_moderate && (hidden || (post.flag_count ?? 0) > 0) && (
            <button
              type="button"
              class="button--quiet"
              onClick={() => void act(() => discussionsApi.restore(post.id))}
            >
              {hidden ? t('moderation-restore') : t('moderation-dismiss-flags')}
              <span class="visually-hidden">
                {' '}
                {hidden ? t('post-by-hidden', { author }) : t('post-on-hidden', { author })}
              </span>
            </button>
          )}
          {thread.can_moderate && post.edited_at && revisions === null && (
            <button
              type="button"
              class="button--quiet"
              onClick={() => void act(() => discussionsApi.revisions(post.id).then(setRevisions))}
            >
              {t('post-earlier-versions')}
            </button>
          )}
        </p>
      )}
      {mode === 'reply' && (
        <Composer
          name={`reply-${post.id}`}
          neighbourhoodId={neighbourhoodId}
          label={t('post-reply-label', { author })}
          submitLabel={t('post-reply')}
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
              {mode === 'flag' ? t('post-flag-reason') : t('moderation-hide-reason')}
            </label>
            <input
              id={`reason-${post.id}`}
              value={reason}
              maxLength={REASON_MAX}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <p class="actions">
            <button type="submit">{mode === 'flag' ? t('post-flag') : t('moderation-hide')}</button>
            <button type="button" class="button--quiet" onClick={() => setMode('read')}>
              {t('post-cancel')}
            </button>
          </p>
        </form>
      )}
      {revisions !== null && (
        <details open class="revisions">
          <summary>{t('post-earlier-versions-count', { count: revisions.length })}</summary>
          <ol>
            {revisions.map((r) => (
              <li key={r.id}>
                <p class="meta">
                  <Markup
                    id="post-written"
                    args={{ age: formatAge(r.written_at) }}
                    elements={{ time: <time dateTime={r.written_at} /> }}
                  />
                </p>
                <div class="prose" dir="auto" dangerouslySetInnerHTML={{ __html: r.body_html }} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
