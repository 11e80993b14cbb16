import { useRef, useState } from 'preact/hooks';
import { tasksApi } from './api';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { t } from '../../i18n';

/** The link as an absolute address (the server may answer a path). */
const absolute = (url: string) => {
  try {
    return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
  } catch {
    return url;
  }
};

/**
 * "My calendar": a secret iCalendar link to the tasks one has a place on, for a phone or computer
 * calendar. The server keeps no readable copy of the link, so it is shown once, when made; making
 * a new one stops the old one working, and "Turn off" stops it altogether.
 */
export function CalendarPanel() {
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Making a link (again) or turning it off: answers the link, or null once it is off.
  const change = useAction(
    async (what: 'new' | 'again' | 'off'): Promise<string | null> => {
      if (what === 'off') {
        await tasksApi.calendar.remove();
        return null;
      }
      return absolute((await tasksApi.calendar.create()).url);
    },
    {
      onSuccess: (link, what) => {
        setUrl(link);
        setMessage(
          what === 'off'
            ? t('calendar-turned-off')
            : what === 'again'
              ? t('calendar-renewed')
              : t('calendar-ready'),
        );
      },
    },
  );
  const { busy, error } = change;
  const create = (again: boolean) => void change.run(again ? 'again' : 'new');
  const turnOff = () => void change.run('off');

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('calendar-copied'));
    } catch {
      // No clipboard access (an older browser, or permission refused): select it for copying by hand.
      input.current?.focus();
      input.current?.select();
      setMessage(t('calendar-selected'));
    }
  };

  return (
    <section class="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar-heading')}</h2>
      <p>{t('calendar-intro')}</p>
      <ErrorAlert error={error} />
      <StatusMessage message={message} />
      {url ? (
        <>
          <div class="field">
            <label for="calendar-url">{t('calendar-link')}</label>
            <div class="copy-row">
              <input
                id="calendar-url"
                ref={input}
                type="url"
                readOnly
                value={url}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button
                type="button"
                class="button--small"
                aria-label={t('calendar-copy-label')}
                onClick={copy}
              >
                {t('calendar-copy')}
              </button>
            </div>
          </div>
          <p class="actions">
            <button
              type="button"
              class="button--quiet button--small"
              disabled={busy}
              onClick={() => create(true)}
            >
              {t('calendar-new-link')}
            </button>
            <button type="button" class="button--quiet button--small" disabled={busy} onClick={turnOff}>
              {t('calendar-turn-off')}
            </button>
          </p>
        </>
      ) : (
        <p class="actions">
          <button type="button" class="button--quiet" disabled={busy} onClick={() => create(false)}>
            {busy ? t('calendar-working') : t('calendar-get')}
          </button>
          <button type="button" class="button--quiet button--small" disabled={busy} onClick={turnOff}>
            {t('calendar-turn-off-earlier')}
          </button>
        </p>
      )}
    </section>
  );
}
