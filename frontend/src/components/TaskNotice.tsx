import { useState } from 'preact/hooks';
import { useLiveChannel, userChannel } from '../live/live';
import { useSession } from '../session/session';
import { taskNoticeOf } from '../lib/tasks';

interface Notice {
  key: string;
  taskId: string;
  text: string;
}

/**
 * A calm banner for the viewer's task notifications on their own channel: a hold about to run out
 * or gone, a task cancelled, work verified or sent back. Polite and always in the page, so the
 * sentence is read out when the reader is idle; it stays until dismissed.
 */
export function TaskNotice() {
  const { me } = useSession();
  const [notice, setNotice] = useState<Notice | null>(null);

  useLiveChannel(me ? userChannel(me.id) : null, (message) => {
    if (message.type !== 'event' || message.kind !== 'notification') return;
    const found = taskNoticeOf(message.data ?? {});
    if (found) setNotice({ key: `${message.channel}:${message.seq}`, ...found });
  });

  return (
    <div class="wrap">
      <div class={notice ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {notice && (
          <>
            <p key={notice.key}>
              {notice.text} <a href={`/tasks/${notice.taskId}`}>See the task</a>
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
