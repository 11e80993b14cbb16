import { useRef, useState } from 'preact/hooks';
import { tasksApi } from './api';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';

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
            ? 'The calendar link is turned off. Calendars that used it no longer update.'
            : what === 'again'
              ? 'A new calendar link is ready. The old one no longer works: update your calendar app.'
              : 'Your calendar link is ready. Add it to your calendar app as a subscription.',
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
      setMessage('The link is copied.');
    } catch {
      // No clipboard access (an older browser, or permission refused): select it for copying by hand.
      input.current?.focus();
      input.current?.select();
      setMessage('The link is selected: copy it with your keyboard or menu.');
    }
  };

  return (
    <section class="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">My calendar</h2>
      <p>
        See the tasks you have a place on in your own calendar. The link is private: anyone who has it can see
        those tasks.
      </p>
      <ErrorAlert error={error} />
      <StatusMessage message={message} />
      {url ? (
        <>
          <div class="field">
            <label for="calendar-url">Your calendar link</label>
            <div class="copy-row">
              <input
                id="calendar-url"
                ref={input}
                type="url"
                readOnly
                value={url}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" class="button--small" onClick={copy}>
                Copy<span class="visually-hidden"> the calendar link</span>
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
              New link
            </button>
            <button type="button" class="button--quiet button--small" disabled={busy} onClick={turnOff}>
              Turn off
            </button>
          </p>
        </>
      ) : (
        <p class="actions">
          <button type="button" class="button--quiet" disabled={busy} onClick={() => create(false)}>
            {busy ? 'Working…' : 'Get my calendar link'}
          </button>
          <button type="button" class="button--quiet button--small" disabled={busy} onClick={turnOff}>
            Turn off any earlier link
          </button>
        </p>
      )}
    </section>
  );
}
