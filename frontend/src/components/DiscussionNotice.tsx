import { useState } from 'preact/hooks';
import { useLiveChannel, userChannel } from '../live/live';
import { useSession } from '../session/session';
import { discussionNoticeOf } from '../lib/discussions';

interface Notice {
  key: string;
  href: string;
  text: string;
}

/**
 * A calm banner for the viewer's discussion notifications on their own channel (a mention, a
 * reply, a post hidden or restored), with a link to the post. Polite and always in the page, so
 * the sentence is read out when the reader is idle; it stays until dismissed.
 */
export function DiscussionNotice() {
  const { me } = useSession();
  const [notice, setNotice] = useState<Notice | null>(null);

  useLiveChannel(me ? userChannel(me.id) : null, (message) => {
    if (message.type !== 'event' || message.kind !== 'notification') return;
    const found = discussionNoticeOf(message.data ?? {});
    if (found) setNotice({ key: `${message.channel}:${message.seq}`, ...found });
  });

  return (
    <div class="wrap">
      <div class={notice ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {notice && (
          <>
            <p key={notice.key}>
              {notice.text} <a href={notice.href}>Open the thread</a>
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
