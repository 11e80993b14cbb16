import { useState } from 'preact/hooks';
import { useLiveChannel, userChannel } from '../live/live';
import { useSession } from '../session/session';
import { statusChangeSentence } from '../lib/issues';

/** The sentence and the issue to link to for a notification about issues; null for other kinds. */
export function noticeOf(data: Record<string, unknown>): Omit<Notice, 'key'> | null {
  const issueId = typeof data.issue_id === 'string' ? data.issue_id : null;
  if (!issueId) return null;
  const where = typeof data.neighbourhood_name === 'string' ? data.neighbourhood_name : undefined;
  switch (data.what) {
    case 'issue_status_changed':
      return {
        issueId,
        text: statusChangeSentence(typeof data.status === 'string' ? data.status : 'updated', where),
      };
    case 'issue_merged':
      return {
        issueId: typeof data.into === 'string' ? data.into : issueId,
        text: `An issue you support${where ? ` in ${where}` : ''} was merged into another report of the same problem; your support moved with it.`,
      };
    case 'issue_reopened':
      return {
        issueId,
        text: `Neighbours say a resolved issue${where ? ` in ${where}` : ''} is still a problem; it is open again.`,
      };
    default:
      return null;
  }
}

interface Notice {
  key: string;
  issueId: string;
  text: string;
}

/**
 * A calm banner when an issue the viewer supports changes status (a `notification` with
 * `what: issue_status_changed` on their own channel), linking to the issue. The region is always
 * in the page and polite, so the sentence is read out when the reader is idle; it stays until
 * dismissed (no timeout to race).
 */
export function IssueNotice() {
  const { me } = useSession();
  const [notice, setNotice] = useState<Notice | null>(null);

  useLiveChannel(me ? userChannel(me.id) : null, (message) => {
    if (message.type !== 'event' || message.kind !== 'notification') return;
    const found = noticeOf(message.data ?? {});
    if (found) setNotice({ key: `${message.channel}:${message.seq}`, ...found });
  });

  return (
    <div class="wrap">
      <div class={notice ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {notice && (
          <>
            <p key={notice.key}>
              {notice.text} <a href={`/issues/${notice.issueId}`}>See the issue</a>
            </p>
            <button type="button" class="button--small button--quiet" onClick={() => setNotice(null)}>
              Dismiss<span class="visually-hidden"> this notice</span>
            </button>
          </>
        )}
      </div>
    </div>
  );
}
