/**
 * Pure helpers for discussions: `@mention` completion in the composer, words for counts and
 * moderation decisions, and what live events mean for a thread page. The server renders and
 * sanitises every post; nothing here builds HTML.
 */
import type { LogEntry } from './api';
import { formatCount } from '../../lib/format';

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
  if (!body.trim()) return 'Write something first.';
  if ([...body].length > BODY_MAX) return `Keep it to ${BODY_MAX.toLocaleString('en-GB')} characters.`;
  return null;
}

export function checkTitle(title: string): string | null {
  const length = [...title.trim()].length;
  if (length < TITLE_MIN || length > TITLE_MAX)
    return `Give the thread a title of ${TITLE_MIN} to ${TITLE_MAX} characters.`;
  return null;
}

export function checkReason(reason: string): string | null {
  if (!reason.trim()) return 'Say why, so the coordinators can decide.';
  if ([...reason.trim()].length > REASON_MAX) return `Keep the reason to ${REASON_MAX} characters.`;
  return null;
}

/** "1 new post" / "3 new posts": the button that shows posts that arrived live. */
export const newPostsLabel = (count: number) => `${formatCount(count, 'new post')}`;

export const unreadLabel = (count: number | null | undefined) =>
  count ? `${formatCount(count, 'unread post')}` : null;

const actionText: Record<string, string> = {
  post_hidden: 'hid a post',
  post_auto_hidden: 'A post was hidden automatically after flags',
  post_restored: 'restored a post',
  flags_dismissed: 'dismissed the flags on a post',
  post_deleted: 'deleted a post',
  thread_locked: 'locked a thread',
  thread_unlocked: 'unlocked a thread',
  thread_pinned: 'pinned a thread',
  thread_unpinned: 'unpinned a thread',
  member_suspended: 'suspended',
  member_reinstated: 'reinstated',
  member_removed: 'removed',
  neighbour_details_erased: 'removed the details of a neighbour reported for by',
};

/** One line of the moderation log in words: "Cora hid a post by Ben", "Cora suspended Sam". */
export function describeLogEntry(entry: LogEntry): string {
  const what = actionText[entry.action] ?? entry.action.replace(/_/g, ' ');
  if (entry.actor_id === null) {
    return entry.user_name ? `${what} (by ${entry.user_name})` : what;
  }
  const actor = entry.actor_name ?? 'A coordinator';
  if (entry.action.startsWith('member_') || entry.action === 'neighbour_details_erased')
    return `${actor} ${what} ${entry.user_name ?? 'a member'}`;
  const whose = entry.post_id && entry.user_name ? ` by ${entry.user_name}` : '';
  return `${actor} ${what}${whose}`;
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
