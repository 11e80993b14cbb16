import { useEffect, useState } from 'preact/hooks';
import { notificationsApi } from './api';
import { useLiveChannel, userChannel } from '../../live/live';
import { BellIcon } from '../../components/icons';
import { nextUnread } from './notices';
import { t } from '../../i18n';

/**
 * The header's link to the inbox with the live unread count: read once over HTTP, then kept in
 * step by the person's own channel (a `notification` adds one; `notifications.read`, from any of
 * their tabs, says the new count; a `reset` reloads it).
 */
export function NotificationBell({ userId }: { userId: string }) {
  const [unread, setUnread] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    notificationsApi.unreadCount(controller.signal).then(
      (answer) => setUnread(answer.unread),
      () => {
        /* the bell stays without a number; the inbox still works */
      },
    );
    return () => controller.abort();
  }, [userId, version]);

  useLiveChannel(userChannel(userId), (message) => {
    setUnread((current) => {
      const next = nextUnread(current, message);
      if (next === 'same') return current;
      if (next === null) {
        setVersion((v) => v + 1);
        return current;
      }
      return next;
    });
  });

  const count = unread ?? 0;
  const label = count === 0 ? t('notif-bell') : t('notif-bell-unread', { count });
  return (
    <a href="/notifications" class="bell" aria-label={label}>
      <BellIcon class="bell__icon" />
      {count > 0 && (
        <span class="bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </a>
  );
}
