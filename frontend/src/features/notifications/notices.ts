/**
 * What a notification says and where it leads, for the banner, the bell, the inbox and the
 * preferences page: one rendering per kind in a table the compiler checks against
 * `NotificationKind` (`api/kinds.ts`), so a kind the server adds cannot go unsaid here.
 */
import { assertNever, isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from '../../api/kinds';
import { statusChangeSentence } from '../issues/logic';
import { countdownText } from '../tasks/logic';
import type { LiveMessage } from '../../live/client';

export interface Described {
  text: string;
  href: string | null;
}

/** A notification as a banner shows it: the sentence, and a link with words that say where to. */
export interface Notice extends Described {
  linkText: string;
}

/** What a notification's data may carry (docs/live-protocol.md); anything may be missing. */
type NoticeData = Record<string, unknown>;

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/** The words and links every kind of one family shares. */
function context(data: NoticeData) {
  const where = str(data.neighbourhood_name);
  const neighbourhoodId = str(data.neighbourhood_id);
  const issueId = str(data.issue_id);
  const taskId = str(data.task_id);
  const threadId = str(data.thread_id);
  const postId = str(data.post_id);
  const title = str(data.task_title);
  const reason = str(data.reason);
  return {
    where,
    inPlace: where ? ` in ${where}` : '',
    /** " (outside 3 Mill Lane)": where the issue is, when the notice says. */
    at: str(data.place) ? ` (${str(data.place)})` : '',
    reason,
    neighbourhood: neighbourhoodId ? `/neighbourhoods/${neighbourhoodId}` : null,
    issue: issueId ? `/issues/${issueId}` : null,
    task: taskId ? `/tasks/${taskId}` : null,
    thread: threadId ? (postId ? `/threads/${threadId}#post-${postId}` : `/threads/${threadId}`) : null,
    /** “Litter pick”, or “a task in Mill Lane” when the title is missing. */
    aTask: title ? `“${title}”` : `a task${where ? ` in ${where}` : ''}`,
    title,
    by: str(data.by) ?? 'A neighbour',
  };
}

type Context = ReturnType<typeof context>;

/** The links of each family: where its notifications lead, and what the banner's link says. */
const about = {
  issue: (c: Context, text: string, href = c.issue): Notice => ({ text, href, linkText: 'See the issue' }),
  task: (c: Context, text: string): Notice => ({ text, href: c.task, linkText: 'See the task' }),
  thread: (c: Context, text: string): Notice => ({
    text,
    href: c.thread ?? c.neighbourhood,
    linkText: c.thread ? 'Open the thread' : 'See the neighbourhood',
  }),
  neighbourhood: (c: Context, text: string): Notice => ({
    text,
    href: c.neighbourhood,
    linkText: 'See the neighbourhood',
  }),
};

/** The sentence and link of each kind. */
export function noticeFor(kind: NotificationKind, data: NoticeData, now = Date.now()): Notice {
  const c = context(data);
  const place = c.where ?? 'a neighbourhood';
  switch (kind) {
    case 'issue_status_changed':
      return about.issue(
        c,
        statusChangeSentence(str(data.status) ?? 'updated', {
          where: c.where,
          title: str(data.issue_title),
          note: str(data.note),
        }),
      );
    case 'assisted_issue_status_changed': {
      const names = Array.isArray(data.neighbours) ? data.neighbours.flatMap((n) => str(n) ?? []) : [];
      const who = names.length > 0 ? names.join(' and ') : 'the neighbour you reported it for';
      return about.issue(
        c,
        `${statusChangeSentence(str(data.status) ?? 'updated', {
          where: c.where,
          title: str(data.issue_title),
          note: str(data.note),
        })} Please pass this on to ${who}: they have no account, so they hear it from you.`,
      );
    }
    case 'issue_merged':
      return about.issue(
        c,
        `An issue you support${c.at}${c.inPlace} was merged into another report of the same problem; your support moved with it.`,
        str(data.into) ? `/issues/${String(data.into)}` : c.issue,
      );
    case 'issue_reopened':
      return about.issue(
        c,
        `Neighbours say a resolved issue${c.at}${c.inPlace} is still a problem; it is open again.`,
      );
    case 'invitation_received':
      return {
        text: `You are invited to join ${place}. Accept or decline it.`,
        href: '/invitations',
        linkText: 'See your invitations',
      };
    case 'membership_added':
      return about.neighbourhood(c, `You were added to ${place}.`);
    case 'membership_approved':
      return about.neighbourhood(c, `Your request to join ${place} was approved. Welcome!`);
    case 'membership_rejected':
      return about.neighbourhood(c, `Your request to join ${place} was declined.`);
    case 'role_changed':
      return about.neighbourhood(c, `You are now ${str(data.role) ?? 'a member'}${c.inPlace}.`);
    case 'suspended':
      return about.neighbourhood(
        c,
        `Your membership${c.inPlace} is suspended${c.reason ? `: ${c.reason}` : '.'}`,
      );
    case 'reinstated':
      return about.neighbourhood(c, `Your membership${c.inPlace} is active again.`);
    case 'removed':
      // A removed member can no longer open a private neighbourhood: no link.
      return { text: `You were removed from ${place}.`, href: null, linkText: '' };
    case 'task_lease_expiring': {
      const left = typeof data.expires_at === 'string' ? countdownText(data.expires_at, now, true) : '';
      return about.task(
        c,
        `Your place on ${c.aTask} ${left || 'expires soon'}. Extend it, or it will be released.`,
      );
    }
    case 'task_lease_expired':
      return about.task(c, `Your hold on ${c.aTask} ran out, so the place was released.`);
    case 'task_cancelled':
      return about.task(
        c,
        `${c.title ? `“${c.title}”, a task you signed up for,` : `A task you signed up for${c.inPlace}`} was cancelled${c.reason ? `: ${c.reason}` : '.'}`,
      );
    case 'task_work_verified':
      return about.task(c, `Your hours on ${c.aTask} were verified. Thank you.`);
    case 'task_work_rejected':
      return about.task(
        c,
        `Your work on ${c.aTask} was sent back${c.reason ? `: ${c.reason}` : '.'} Put it right and mark it done again.`,
      );
    case 'mentioned':
      return about.thread(c, `${c.by} mentioned you${c.inPlace}.`);
    case 'reply':
      return about.thread(c, `${c.by} replied to your post${c.inPlace}.`);
    case 'post_hidden':
      return about.thread(c, `A post of yours${c.inPlace} was hidden${c.reason ? `: ${c.reason}` : '.'}`);
    case 'post_restored':
      return about.thread(c, `A post of yours${c.inPlace} was restored.`);
    case 'post_flagged':
      return {
        text: `A post${c.inPlace} was flagged for review${c.reason ? `: ${c.reason}` : '.'}`,
        href: c.neighbourhood ? `${c.neighbourhood}/moderation` : c.thread,
        linkText: c.neighbourhood ? 'Open the moderation queue' : 'Open the thread',
      };
    default:
      return assertNever(kind, {
        text: `${labelOfKind(kind)}${c.inPlace}.`,
        href: c.neighbourhood,
        linkText: '',
      });
  }
}

/** A sentence for any notification, and the page it is about (kinds this version does not know get their name). */
export function describeNotification(what: string, data: NoticeData, now = Date.now()): Described {
  if (isNotificationKind(what)) {
    const { text, href } = noticeFor(what, data, now);
    return { text, href };
  }
  const c = context(data);
  return { text: `${labelOfKind(what)}${c.inPlace}.`, href: c.thread ?? c.neighbourhood };
}

/**
 * The words the preferences page offers for muting each kind; null for kinds it does not offer
 * (decisions about one's membership are always told). A kind muted earlier stays listed there
 * whatever this says, so it can be unmuted.
 */
const MUTE_LABELS: Record<NotificationKind, string | null> = {
  issue_status_changed: 'Status changes of issues I support',
  assisted_issue_status_changed: 'Status changes of issues I reported for a neighbour',
  issue_merged: 'Issues I support merged into another',
  issue_reopened: 'Issues reopened (coordinators and service managers)',
  task_lease_expiring: 'My task places about to run out',
  task_lease_expired: 'My task places released',
  task_cancelled: 'Tasks I signed up for cancelled',
  task_work_verified: 'My volunteer hours verified',
  task_work_rejected: 'My volunteer work sent back',
  mentioned: 'Mentions of me in discussions',
  reply: 'Replies to my posts',
  role_changed: 'Changes to my role in a neighbourhood',
  invitation_received: null,
  membership_added: null,
  membership_approved: null,
  membership_rejected: null,
  suspended: null,
  reinstated: null,
  removed: null,
  post_hidden: null,
  post_restored: null,
  post_flagged: 'Posts flagged for review (coordinators)',
};

/** The kinds a person can mute, with the words the preferences page shows (the server's names). */
export const MUTABLE_KINDS: { what: NotificationKind; label: string }[] = NOTIFICATION_KINDS.flatMap(
  (what) => {
    const label = MUTE_LABELS[what];
    return label ? [{ what, label }] : [];
  },
);

/** `issue_status_changed` -> `Issue status changed`. */
export function labelOfKind(what: string): string {
  const words = what.replace(/_/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Notification';
}

/** `issue:0192...` -> a readable name and a link. */
export function describeSubject(subject: string): { text: string; href: string | null } {
  const [kind, id] = subject.split(':', 2);
  switch (kind) {
    case 'issue':
      return { text: 'An issue', href: `/issues/${id}` };
    case 'task':
      return { text: 'A task', href: `/tasks/${id}` };
    case 'thread':
      return { text: 'A discussion', href: `/threads/${id}` };
    default:
      return { text: subject, href: null };
  }
}

/**
 * The unread count after a live message on the person's own channel: a `notification` adds one
 * (muted ones are never pushed); `notifications.read` says the new count. Null: reload it.
 */
export function nextUnread(current: number | null, message: LiveMessage): number | null | 'same' {
  if (message.type === 'reset') return null;
  if (message.type !== 'event') return 'same';
  if (message.kind === 'notification') return current === null ? null : current + 1;
  if (message.kind === 'notifications.read') {
    const unread: unknown = message.data.unread;
    return typeof unread === 'number' ? unread : null;
  }
  return 'same';
}
