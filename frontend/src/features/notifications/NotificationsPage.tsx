import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { notificationsApi, type Notification } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { usePagedList } from '../../hooks/usePagedList';
import { useLiveChannel, userChannel } from '../../live/live';
import { useSession } from '../../session/session';
import { formatAge } from '../issues/logic';
import { describeNotification, describeSubject } from './notices';
import { signInHref } from '../../lib/nextPath';
import { LoadMore } from '../../components/LoadMore';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

function Item({ item, onChanged }: { item: Notification; onChanged: (message: string | null) => void }) {
  const { text, href } = describeNotification(item.what, item.data);
  const unread = item.read_at === null;
  // Each step answers what to announce.
  const {
    busy,
    error,
    run: act,
  } = useAction((step: () => Promise<string | null>) => step(), {
    onSuccess: onChanged,
  });
  const subject = item.subject ? describeSubject(item.subject) : null;
  return (
    <li class={`notification${unread ? ' notification--unread' : ''}`}>
      <p>
        {unread && <span class="visually-hidden">{t('notif-unread-prefix')}</span>}
        {href ? (
          <a
            href={href}
            onClick={() => {
              if (unread) void notificationsApi.markRead(item.id).catch(() => undefined);
            }}
          >
            {text}
          </a>
        ) : (
          text
        )}
      </p>
      <p class="meta">
        <time dateTime={item.created_at}>{formatAge(item.created_at)}</time>
        {item.muted && <span>{t('notif-muted')}</span>}
      </p>
      <ErrorAlert error={error} />
      <p class="actions">
        {unread && (
          <button
            type="button"
            class="button--small"
            disabled={busy}
            onClick={() =>
              act(async () => {
                await notificationsApi.markRead(item.id);
                return t('notif-marked-read');
              })
            }
          >
            {t('notif-mark-read')}
            <span class="visually-hidden">{t('notif-about-hidden', { text })}</span>
          </button>
        )}
        {subject && item.subject && !item.muted && (
          <button
            type="button"
            class="button--small button--quiet"
            disabled={busy}
            onClick={() =>
              act(async () => {
                await notificationsApi.mute(item.subject!);
                return t('notif-muted-done', subject.words);
              })
            }
          >
            {t('notif-mute-subject', subject.words)}
            <span class="visually-hidden">{t('notif-about-hidden', { text })}</span>
          </button>
        )}
      </p>
    </li>
  );
}

/** The signed-in person's inbox: newest first, unread ones marked, live. */
export function NotificationsPage() {
  const { me, state } = useSession();
  const { path, query } = useLocation();
  const unreadOnly = query.unread === 'true';
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const changed = (message: string | null) => {
    setAnnouncement(message);
    setVersion((v) => v + 1);
  };
  const markingAll = useAction(() => notificationsApi.markAllRead(), {
    onSuccess: (done) =>
      changed(done.marked === 0 ? t('notif-nothing-unread') : t('notif-marked-all', { count: done.marked })),
  });
  const { busy, error } = markingAll;
  const list = usePagedList<Notification>(me ? `${me.id}:${unreadOnly}:${version}` : null, (cursor, signal) =>
    notificationsApi.list({ unread: unreadOnly, cursor }, signal),
  );
  // New notifications and reads in other tabs change the list.
  useLiveChannel(me ? userChannel(me.id) : null, (message) => {
    if (
      message.type === 'reset' ||
      (message.type === 'event' && (message.kind === 'notification' || message.kind === 'notifications.read'))
    ) {
      setVersion((v) => v + 1);
    }
  });

  if (state.status === 'loading')
    return (
      <Page title={t('notif-title')}>
        <p>{t('notif-loading')}</p>
      </Page>
    );
  if (!me) {
    return (
      <Page title={t('notif-title')}>
        <p>
          <Markup id="notif-sign-in" elements={{ link: <a href={signInHref(path)} /> }} />
        </p>
      </Page>
    );
  }

  const markAll = () => void markingAll.run();
  return (
    <Page title={t('notif-title')}>
      <nav aria-label={t('notif-tabs')} class="tabs">
        <a href="/notifications" aria-current={!unreadOnly ? 'page' : undefined}>
          {t('notif-tab-all')}
        </a>
        <a href="/notifications?unread=true" aria-current={unreadOnly ? 'page' : undefined}>
          {t('notif-tab-unread')}
        </a>
        <a href="/notifications/preferences">{t('notif-tab-settings')}</a>
      </nav>
      <StatusMessage message={announcement} />
      <ErrorAlert error={error ?? list.error} />
      <p class="actions">
        <button type="button" onClick={markAll} disabled={busy}>
          {t('notif-mark-all-read')}
        </button>
      </p>
      <section aria-busy={list.loading} aria-label={t('notif-list-label')}>
        {list.loading && list.items.length === 0 && <p>{t('notif-loading')}</p>}
        {!list.loading && !list.error && list.items.length === 0 && (
          <p>{unreadOnly ? t('notif-all-caught-up') : t('notif-none-yet')}</p>
        )}
        <ul class="notification-list">
          {list.items.map((item) => (
            <Item key={item.id} item={item} onChanged={changed} />
          ))}
        </ul>
        <LoadMore list={list} />
      </section>
    </Page>
  );
}
