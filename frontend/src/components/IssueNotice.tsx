import { useState } from 'preact/hooks';
import { useLiveChannel, userChannel } from '../live/live';
import { useSession } from '../session/session';
import { statusChangeSentence } from '../lib/issues';

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
    const data = message.data ?? {};
    if (data.what !== 'issue_status_changed' || typeof data.issue_id !== 'string') return;
    const status = typeof data.status === 'string' ? data.status : 'updated';
    const where = typeof data.neighbourhood_name === 'string' ? data.neighbourhood_name : undefined;
    setNotice({
      key: `${message.channel}:${message.seq}`,
      issueId: data.issue_id,
      text: statusChangeSentence(status, where),
    });
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
