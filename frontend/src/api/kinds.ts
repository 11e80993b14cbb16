import type { Schema } from './types';

/**
 * The kinds of the live contract: every live event kind (`kind` of an event message) and every
 * notification kind (`what` of a `notification` event and of an inbox item).
 *
 * Both unions come from the server's OpenAPI document (`schema.d.ts`, generated), whose source of
 * truth is the server's enums (`src/live/kinds.rs`, `src/domain/notification.rs`); a kind added on
 * the server fails the type check here until every table keyed by them says what it means.
 *
 * The runtime lists are `Record`s over the unions, so the compiler fails when a kind is missing or
 * unknown; everything else (the preferences page, the task event list, the renderings) derives
 * from them. Switches over these kinds end in `default: return assertNever(kind, ...)`.
 */

/** What a `notification` says happened (its `what`), as the server's `NotificationKind` enum says. */
export type NotificationKind = Schema<'NotificationKind'>;

/**
 * What happened, as an event on a channel (its `kind`): the server's `LiveEvent` union
 * (neighbourhood, user and dashboard channels), plus `restricted`, the placeholder for an event
 * this user may not see (no data).
 */
export type LiveEventKind = Schema<'LiveEvent'>['kind'] | Schema<'RestrictedEvent'>['kind'];

/** The task kinds of a neighbourhood channel. */
export type TaskEventKind = Extract<LiveEventKind, `task.${string}`>;

/** Every member of a union of strings, checked by the compiler both ways (none missing, none extra). */
const everyOne = <K extends string>(table: Record<K, true>): readonly K[] => Object.keys(table) as K[];

export const NOTIFICATION_KINDS = everyOne<NotificationKind>({
  issue_status_changed: true,
  assisted_issue_status_changed: true,
  issue_merged: true,
  issue_reopened: true,
  invitation_received: true,
  membership_added: true,
  membership_approved: true,
  membership_rejected: true,
  role_changed: true,
  suspended: true,
  reinstated: true,
  removed: true,
  task_lease_expiring: true,
  task_lease_expired: true,
  task_cancelled: true,
  task_work_verified: true,
  task_work_rejected: true,
  mentioned: true,
  reply: true,
  post_hidden: true,
  post_restored: true,
  post_flagged: true,
});

export const LIVE_EVENT_KINDS = everyOne<LiveEventKind>({
  'neighbourhood.created': true,
  'neighbourhood.updated': true,
  'member.joined': true,
  'member.requested': true,
  'member.approved': true,
  'member.left': true,
  'member.removed': true,
  'member.request_withdrawn': true,
  'member.rejected': true,
  'member.role_changed': true,
  'member.suspended': true,
  'member.reinstated': true,
  'invitation.created': true,
  'invitation.revoked': true,
  'invitation.declined': true,
  'issue.created': true,
  'issue.report_added': true,
  'issue.supported': true,
  'issue.status_changed': true,
  'issue.photo_added': true,
  'issue.merged': true,
  'issue.assigned': true,
  'issue.placed': true,
  'task.created': true,
  'task.updated': true,
  'task.approved': true,
  'task.cancelled': true,
  'task.claimed': true,
  'task.released': true,
  'task.claim_extended': true,
  'task.lease_expired': true,
  'task.checked_in': true,
  'task.done': true,
  'task.verified': true,
  'task.rejected': true,
  'thread.created': true,
  'thread.locked': true,
  'thread.unlocked': true,
  'thread.pinned': true,
  'thread.unpinned': true,
  'post.created': true,
  'post.edited': true,
  'post.deleted': true,
  'post.hidden': true,
  'post.restored': true,
  'post.flagged': true,
  'post.reviewed': true,
  'reaction.changed': true,
  'organisation.staff_removed': true,
  'organisation.stopped_serving': true,
  'organisation.started_serving': true,
  notification: true,
  'notifications.read': true,
  'dashboard.changed': true,
  restricted: true,
});

export const TASK_EVENT_KINDS: readonly TaskEventKind[] = LIVE_EVENT_KINDS.filter(
  (kind): kind is TaskEventKind => kind.startsWith('task.'),
);

const notificationKinds = new Set<string>(NOTIFICATION_KINDS);
const liveEventKinds = new Set<string>(LIVE_EVENT_KINDS);

/** Whether a `what` from the wire is one this version knows (a newer server may send others). */
export const isNotificationKind = (what: unknown): what is NotificationKind =>
  typeof what === 'string' && notificationKinds.has(what);

export const isLiveEventKind = (kind: unknown): kind is LiveEventKind =>
  typeof kind === 'string' && liveEventKinds.has(kind);

/**
 * The end of an exhaustive switch: `default: return assertNever(kind, fallback)` compiles only when
 * every kind has its case. At run time a value outside the union (a newer server's kind reaching
 * an older page) gets the fallback rather than breaking the page.
 */
export function assertNever<T>(value: never, fallback: T): T {
  void value;
  return fallback;
}
