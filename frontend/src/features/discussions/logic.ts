/**
 * Pure helpers for discussions: `@mention` completion in the composer, words for counts and
 * moderation decisions, and what live events mean for a thread page. The server renders and
 * sanitises every post; nothing here builds HTML.
 */
import type { LogEntry } from './api';
import { formatNumber } from '../../lib/format';
import { t } from '../../i18n';

export const TITLE_MIN = 3;
export const TITLE_MAX = 150;
export const BODY_MAX = 10_000;
export const REASON_MAX = 500;

const isHandleChar = (c: string) => /[\p{L}\p{N}_.-]/u.test(c);

/** The `@` word being typed at the caret: where it starts (the `@`) and what follows so far. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  let i = caret;
  while (i > 0 && isHandleChar(text[i - 1]!)) i -= 1;
  if (i === 0 || text[i - 1] !== '@') return null;
  const at = i - 1;
  // An `@` inside a word (an e-mail address) is not a mention.
  if (at > 0 && (isHandleChar(text[at - 1]!) || text[at - 1] === '@')) return null;
  return { start: at, query: text.slice(i, caret) };
}

/** Replaces the `@query` at `start..caret` with `@handle ` and says where the caret goes. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  handle: string,
): { text: string; caret: number } {
  const inserted = `@${handle} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

export function checkBody(body: string): string | null {
  if (!body.trim()) return t('post-error-empty');
  if ([...body].length > BODY_MAX) return t('post-error-too-long', { max: formatNumber(BODY_MAX) });
  return null;
}

export function checkTitle(title: string): string | null {
  const length = [...title.trim()].length;
  if (length < TITLE_MIN || length > TITLE_MAX)
    return t('thread-error-title-length', { min: TITLE_MIN, max: TITLE_MAX });
  return null;
}

export function checkReason(reason: string): string | null {
  if (!reason.trim()) return t('moderation-error-reason-empty');
  if ([...reason.trim()].length > REASON_MAX)
    return t('moderation-error-reason-too-long', { max: REASON_MAX });
  return null;
}

/** "1 new post" / "3 new posts": the button that shows posts that arrived live. */
export const newPostsLabel = (count: number) => t('post-new-count', { count });

export const unreadLabel = (count: number | null | undefined) =>
  count ? t('post-unread-count', { count }) : null;

type LogWords = { actor: string; user: string; hasUser: 'yes' | 'no' };

/** The words of each moderation action; an unknown one is named by its server name. */
const logText: Record<string, (words: LogWords) => string> = {
  post_hidden: (w) => t('moderation-log-post-hidden', w),
  post_auto_hidden: (w) => t('moderation-log-post-auto-hidden', w),
  post_restored: (w) => t('moderation-log-post-restored', w),
  flags_dismissed: (w) => t('moderation-log-flags-dismissed', w),
  post_deleted: (w) => t('moderation-log-post-deleted', w),
  thread_locked: (w) => t('moderation-log-thread-locked', w),
  thread_unlocked: (w) => t('moderation-log-thread-unlocked', w),
  thread_pinned: (w) => t('moderation-log-thread-pinned', w),
  thread_unpinned: (w) => t('moderation-log-thread-unpinned', w),
  member_suspended: (w) => t('moderation-log-member-suspended', w),
  member_reinstated: (w) => t('moderation-log-member-reinstated', w),
  member_removed: (w) => t('moderation-log-member-removed', w),
  neighbour_details_erased: (w) => t('moderation-log-neighbour-details-erased', w),
};

/**
 * One line of the moderation log in words: "Cora hid a post by Ben", "Cora suspended Sam"; an
 * automatic action names the post's author: "A post was hidden automatically after flags (by Ben)".
 */
export function describeLogEntry(entry: LogEntry): string {
  // Whose post it was is said for actions on a post; a member action always names the member.
  const named =
    entry.action.startsWith('member_') ||
    entry.action === 'neighbour_details_erased' ||
    entry.actor_id === null
      ? entry.user_name
      : entry.post_id && entry.user_name;
  const words: LogWords = {
    actor: entry.actor_name ?? t('moderation-log-a-coordinator'),
    user: named || '',
    hasUser: named ? 'yes' : 'no',
  };
  const say = logText[entry.action];
  return say ? say(words) : t('moderation-log-other', { ...words, action: entry.action.replace(/_/g, ' ') });
}

/** The discussion events of a neighbourhood channel (docs/live-protocol.md). */
const POST_EVENTS = new Set([
  'post.created',
  'post.edited',
  'post.deleted',
  'post.hidden',
  'post.restored',
  'reaction.changed',
]);
const THREAD_EVENTS = new Set([
  'thread.created',
  'thread.locked',
  'thread.unlocked',
  'thread.pinned',
  'thread.unpinned',
]);

export const isPostEvent = (kind: string) => POST_EVENTS.has(kind);
export const isThreadEvent = (kind: string) => THREAD_EVENTS.has(kind);
export const isDiscussionEvent = (kind: string) => isPostEvent(kind) || isThreadEvent(kind);
