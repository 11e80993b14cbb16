import { useState } from 'preact/hooks';
import { isNotificationKind } from '../../api/kinds';
import { useLiveChannel, userChannel } from '../../live/live';
import { noticeFor, type Notice } from './notices';
import { useSession } from '../../session/session';
import { t } from '../../i18n';

/**
 * A calm banner for each notification that arrives on the viewer's own channel (an issue they
 * support changed, a task place running out, a mention, a membership decision...), with a link to
 * what it is about. What it says comes from `noticeFor`, which has a rendering for every kind.
 * The region is always in the page and polite, so the sentence is read out when the reader is
 * idle; it stays until dismissed (no timeout to race), or until the next notification replaces it.
 */
export function NotificationBanner() {
  const { me } = useSession();
  const [notice, setNotice] = useState<(Notice & { key: string }) | null>(null);

  useLiveChannel(me ? userChannel(me.id) : null, (message) => {
    if (message.type !== 'event' || message.kind !== 'notification') return;
    const data = message.data;
    // The contract types `what`, but a newer server may send a kind this page does not know: the
    // bell and the inbox still show it.
    if (!isNotificationKind(data.what)) return;
    setNotice({ key: `${message.channel}:${message.seq}`, ...noticeFor(data.what, data) });
  });

  return (
    <div class="wrap">
      <div class={notice ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {notice && (
          <>
            <p key={notice.key}>
              {notice.text}
              {notice.href && (
                <>
                  {' '}
                  <a href={notice.href}>{notice.linkText}</a>
                </>
              )}
            </p>
            <button type="button" class="button--small button--quiet" onClick={() => setNotice(null)}>
              {t('notif-dismiss')}
              <span class="visually-hidden"> {t('notif-dismiss-hidden')}</span>
            </button>
          </>
        )}
      </div>
    </div>
  );
}
