/**
 * What a notification says and where it leads, for the banner, the bell, the inbox and the
 * preferences page: one rendering per kind in a table the compiler checks against
 * `NotificationKind` (`api/kinds.ts`), so a kind the server adds cannot go unsaid here.
 */
import { assertNever, isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from '../../api/kinds';
import { formatDuration } from '../tasks/logic';
import type { LiveMessage } from '../../live/client';
import { intlLocale, t } from '../../i18n';

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

/** A flag a message selects its words by: `{ $inPlace -> [yes] … *[no] … }`. */
const yes = (value: unknown): 'yes' | 'no' => (value ? 'yes' : 'no');

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
  const place = str(data.place);
  return {
    where,
    /**
     * The message arguments: the neighbourhood's name (`inPlace` says whether it is known), where
     * the issue is ("outside 3 Mill Lane", `atPlace`), the task's title (`task`: `titled`, or a task
     * `where`, or `none`), the reason given (`hasReason`), and who wrote ("A neighbour" if unsaid).
     */
    words: {
      where: where ?? '',
      inPlace: yes(where),
      place: place ?? '',
      atPlace: yes(place),
      title: title ?? '',
      task: title ? 'titled' : where ? 'where' : 'none',
      reason: reason ?? '',
      hasReason: yes(reason),
      by: str(data.by) ?? t('notif-a-neighbour'),
    },
    neighbourhood: neighbourhoodId ? `/neighbourhoods/${neighbourhoodId}` : null,
    issue: issueId ? `/issues/${issueId}` : null,
    task: taskId ? `/tasks/${taskId}` : null,
    thread: threadId ? (postId ? `/threads/${threadId}#post-${postId}` : `/threads/${threadId}`) : null,
  };
}

type Context = ReturnType<typeof context>;

/** The links of each family: where its notifications lead, and what the banner's link says. */
const about = {
  issue: (c: Context, text: string, href = c.issue): Notice => ({
    text,
    href,
    linkText: t('notif-link-issue'),
  }),
  task: (c: Context, text: string): Notice => ({ text, href: c.task, linkText: t('notif-link-task') }),
  thread: (c: Context, text: string): Notice => ({
    text,
    href: c.thread ?? c.neighbourhood,
    linkText: c.thread ? t('notif-link-thread') : t('notif-link-neighbourhood'),
  }),
  neighbourhood: (c: Context, text: string): Notice => ({
    text,
    href: c.neighbourhood,
    linkText: t('notif-link-neighbourhood'),
  }),
};

/**
 * Which issue changed and how: its title (`titled`), its new status (an `IssueStatus`, selected
 * on in the message; anything else reads "updated") and the council's public note (`hasNote`).
 */
function issueWords(data: NoticeData) {
  const title = str(data.issue_title);
  const note = str(data.note);
  return {
    issueTitle: title ?? '',
    titled: yes(title),
    status: str(data.status) ?? 'updated',
    note: note ?? '',
    hasNote: yes(note),
  };
}

/** How long a task place has left: `expired`, `in` (with `left` in words) or `soon` (no time sent). */
function leaseLeft(expiresAt: unknown, now: number): { state: 'expired' | 'in' | 'soon'; left: string } {
  const left = typeof expiresAt === 'string' ? Date.parse(expiresAt) - now : Number.NaN;
  if (Number.isNaN(left)) return { state: 'soon', left: '' };
  return left <= 0 ? { state: 'expired', left: '' } : { state: 'in', left: formatDuration(left, true) };
}

/** The sentence and link of each kind. */
export function noticeFor(kind: NotificationKind, data: NoticeData, now = Date.now()): Notice {
  const c = context(data);
  const w = c.words;
  switch (kind) {
    case 'issue_status_changed':
      return about.issue(c, t('notif-issue-status-changed', { ...w, ...issueWords(data) }));
    case 'assisted_issue_status_changed': {
      const names = Array.isArray(data.neighbours) ? data.neighbours.flatMap((n) => str(n) ?? []) : [];
      return about.issue(
        c,
        t('notif-assisted-issue-status-changed', {
          ...w,
          ...issueWords(data),
          neighbours: new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(names),
          named: yes(names.join('')),
        }),
      );
    }
    case 'issue_merged':
      return about.issue(
        c,
        t('notif-issue-merged', w),
        str(data.into) ? `/issues/${String(data.into)}` : c.issue,
      );
    case 'issue_reopened':
      return about.issue(c, t('notif-issue-reopened', w));
    case 'invitation_received':
      return {
        text: t('notif-invitation-received', w),
        href: '/invitations',
        linkText: t('notif-link-invitations'),
      };
    case 'membership_added':
      return about.neighbourhood(c, t('notif-membership-added', w));
    case 'membership_approved':
      return about.neighbourhood(c, t('notif-membership-approved', w));
    case 'membership_rejected':
      return about.neighbourhood(c, t('notif-membership-rejected', w));
    case 'role_changed':
      return about.neighbourhood(c, t('notif-role-changed', { ...w, role: str(data.role) ?? 'member' }));
    case 'suspended':
      return about.neighbourhood(c, t('notif-suspended', w));
    case 'reinstated':
      return about.neighbourhood(c, t('notif-reinstated', w));
    case 'removed':
      // A removed member can no longer open a private neighbourhood: no link.
      return { text: t('notif-removed', w), href: null, linkText: '' };
    case 'task_lease_expiring':
      return about.task(c, t('notif-task-lease-expiring', { ...w, ...leaseLeft(data.expires_at, now) }));
    case 'task_lease_expired':
      return about.task(c, t('notif-task-lease-expired', w));
    case 'task_cancelled':
      return about.task(c, t('notif-task-cancelled', w));
    case 'task_work_verified':
      return about.task(c, t('notif-task-work-verified', w));
    case 'task_work_rejected':
      return about.task(c, t('notif-task-work-rejected', w));
    case 'mentioned':
      return about.thread(c, t('notif-mentioned', w));
    case 'reply':
      return about.thread(c, t('notif-reply', w));
    case 'post_hidden':
      return about.thread(c, t('notif-post-hidden', w));
    case 'post_restored':
      return about.thread(c, t('notif-post-restored', w));
    case 'post_flagged':
      return {
        text: t('notif-post-flagged', w),
        href: c.neighbourhood ? `${c.neighbourhood}/moderation` : c.thread,
        linkText: c.neighbourhood ? t('notif-link-moderation') : t('notif-link-thread'),
      };
    default:
      return assertNever(kind, {
        text: t('notif-other-kind', { ...w, kind: labelOfKind(kind) }),
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
  return {
    text: t('notif-other-kind', { ...c.words, kind: labelOfKind(what) }),
    href: c.thread ?? c.neighbourhood,
  };
}

/**
 * The words the preferences page offers for muting each kind; null for kinds it does not offer
 * (decisions about one's membership are always told). A kind muted earlier stays listed there
 * whatever this says, so it can be unmuted.
 */
const MUTE_LABELS: Record<NotificationKind, (() => string) | null> = {
  issue_status_changed: () => t('notif-mute-kind-issue-status-changed'),
  assisted_issue_status_changed: () => t('notif-mute-kind-assisted-issue-status-changed'),
  issue_merged: () => t('notif-mute-kind-issue-merged'),
  issue_reopened: () => t('notif-mute-kind-issue-reopened'),
  task_lease_expiring: () => t('notif-mute-kind-task-lease-expiring'),
  task_lease_expired: () => t('notif-mute-kind-task-lease-expired'),
  task_cancelled: () => t('notif-mute-kind-task-cancelled'),
  task_work_verified: () => t('notif-mute-kind-task-work-verified'),
  task_work_rejected: () => t('notif-mute-kind-task-work-rejected'),
  mentioned: () => t('notif-mute-kind-mentioned'),
  reply: () => t('notif-mute-kind-reply'),
  role_changed: () => t('notif-mute-kind-role-changed'),
  invitation_received: null,
  membership_added: null,
  membership_approved: null,
  membership_rejected: null,
  suspended: null,
  reinstated: null,
  removed: null,
  post_hidden: null,
  post_restored: null,
  post_flagged: () => t('notif-mute-kind-post-flagged'),
};

/**
 * The kinds a person can mute, with the words the preferences page shows (the server's names).
 * `label` is read when shown, so it is in the language of that moment.
 */
export const MUTABLE_KINDS: { what: NotificationKind; readonly label: string }[] = NOTIFICATION_KINDS.flatMap(
  (what) => {
    const label = MUTE_LABELS[what];
    return label
      ? [
          {
            what,
            get label() {
              return label();
            },
          },
        ]
      : [];
  },
);

/**
 * `issue_status_changed` -> `Issue status changed`: the server's name of a kind this version has
 * no words for (so it stays in English, as the server spells it).
 */
export function labelOfKind(what: string): string {
  const words = what.replace(/_/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : t('notif-kind-unnamed');
}

/** What a muted subject is: an issue, a task, a discussion, or one this version does not know. */
export type SubjectKind = 'issue' | 'task' | 'thread' | 'other';

/**
 * `issue:0192...` -> a readable name, a link, and its kind (messages about a subject select
 * their words by it: `{ $kind -> [issue] … }`, with `subject` for an unknown one).
 */
export function describeSubject(subject: string): {
  text: string;
  href: string | null;
  kind: SubjectKind;
  words: { kind: SubjectKind; subject: string };
} {
  const [kind, id] = subject.split(':', 2);
  const known: SubjectKind = kind === 'issue' || kind === 'task' || kind === 'thread' ? kind : 'other';
  const words = { kind: known, subject };
  const href = known === 'other' ? null : `/${known === 'thread' ? 'threads' : `${known}s`}/${id}`;
  return { text: t('notif-subject', words), href, kind: known, words };
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
