import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { notificationsApi, type EmailMode, type NotificationPreferences } from './api';
import type { NotificationKind } from '../../api/kinds';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../session/session';
import { MUTABLE_KINDS, describeSubject, labelOfKind } from './notices';
import { signInHref } from '../../lib/nextPath';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

const EMAIL_MODES: { mode: EmailMode; label: () => string }[] = [
  { mode: 'off', label: () => t('notif-email-off') },
  { mode: 'immediate', label: () => t('notif-email-immediate') },
  { mode: 'daily_digest', label: () => t('notif-email-daily') },
];

function Form({ initial }: { initial: NotificationPreferences }) {
  const [prefs, setPrefs] = useState(initial);
  const [muted, setMuted] = useState<Set<NotificationKind>>(new Set(initial.muted_kinds));
  const [mode, setMode] = useState<EmailMode>(initial.email_mode);

  // Kinds muted earlier that this page has no words for stay listed, so they can be unmuted.
  const kinds = [
    ...MUTABLE_KINDS,
    ...prefs.muted_kinds
      .filter((what) => !MUTABLE_KINDS.some((k) => k.what === what))
      .map((what) => ({ what, label: labelOfKind(what) })),
  ];
  const toggle = (what: NotificationKind, on: boolean) =>
    setMuted((current) => {
      const next = new Set(current);
      if (on) next.add(what);
      else next.delete(what);
      return next;
    });
  // Saving the form and unmuting a subject: one error and one announcement for the page.
  const change = useAction(
    async (what: { save: true } | { unmute: string }): Promise<NotificationPreferences | null> => {
      if ('unmute' in what) {
        await notificationsApi.unmute(what.unmute);
        return null;
      }
      return notificationsApi.updatePreferences({ muted_kinds: [...muted].sort(), email_mode: mode });
    },
    {
      key: (what) => ('unmute' in what ? `unmute:${what.unmute}` : 'save'),
      success: (_, what) =>
        'unmute' in what ? t('notif-unmuted-done', describeSubject(what.unmute).words) : t('notif-saved'),
      onSuccess: (saved, what) => {
        if (saved) {
          setPrefs(saved);
          setMuted(new Set(saved.muted_kinds));
        } else if ('unmute' in what) {
          setPrefs((current) => ({
            ...current,
            muted_subjects: current.muted_subjects.filter((s) => s !== what.unmute),
          }));
        }
      },
    },
  );
  const { error, success: announcement } = change;
  const busy = change.busyWith('save');
  const save = (event: Event) => {
    event.preventDefault();
    void change.run({ save: true });
  };
  const unmute = (subject: string) => void change.run({ unmute: subject });

  return (
    <>
      <StatusMessage message={announcement} />
      <ErrorAlert error={error} />
      <form class="form" onSubmit={save} noValidate>
        <fieldset>
          <legend>{t('notif-prefs-mute-legend')}</legend>
          <p class="hint">{t('notif-prefs-mute-hint')}</p>
          {kinds.map(({ what, label }) => (
            <label key={what} class="checkbox">
              <input
                type="checkbox"
                name="muted_kinds"
                value={what}
                checked={muted.has(what)}
                onChange={(e) => toggle(what, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('notif-prefs-email-legend')}</legend>
          {!prefs.email_available && <p class="hint">{t('notif-prefs-email-unavailable')}</p>}
          {EMAIL_MODES.map(({ mode: value, label }) => (
            <label key={value} class="radio">
              <input
                type="radio"
                name="email_mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />{' '}
              {label()}
            </label>
          ))}
        </fieldset>
        <p class="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('notif-saving') : t('notif-save')}
          </button>
        </p>
      </form>
      <section aria-labelledby="muted-subjects">
        <h2 id="muted-subjects">{t('notif-prefs-muted-heading')}</h2>
        {prefs.muted_subjects.length === 0 ? (
          <p>{t('notif-prefs-muted-none')}</p>
        ) : (
          <ul>
            {prefs.muted_subjects.map((subject) => {
              const { text, href, words } = describeSubject(subject);
              return (
                <li key={subject}>
                  {href ? <a href={href}>{text}</a> : text}{' '}
                  <button type="button" class="button--small button--quiet" onClick={() => unmute(subject)}>
                    {t('notif-unmute')}
                    <span class="visually-hidden"> {t('notif-unmute-hidden', words)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

/** What the signed-in person is notified about, and how. */
export function NotificationPreferencesPage() {
  const { me, state } = useSession();
  const { path } = useLocation();
  const { data, error } = useResource(me ? `prefs:${me.id}` : null, (signal) =>
    notificationsApi.preferences(signal),
  );
  if (state.status !== 'loading' && !me) {
    return (
      <Page title={t('notif-prefs-title')}>
        <p>
          <Markup id="notif-prefs-sign-in" elements={{ link: <a href={signInHref(path)} /> }} />
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('notif-prefs-title')}>
      <p class="actions">
        <a href="/notifications">{t('notif-prefs-back')}</a>
      </p>
      <ErrorAlert error={error} />
      {data ? <Form initial={data} /> : !error && <p>{t('notif-loading')}</p>}
    </Page>
  );
}
