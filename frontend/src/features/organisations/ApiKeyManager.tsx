import { useEffect, useRef, useState } from 'preact/hooks';
import { isApiError, type ApiError } from '../../api';
import { organisationsApi, type ApiKey, type IssuedApiKey, type Organisation } from './api';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { TextField, fieldId } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

interface Props {
  organisation: Organisation;
  /** Changes when the viewer does: the list reloads. */
  viewerKey: string;
  /** The server refused (403); `moveFocus` is false when no action of the viewer's caused it. */
  onForbidden: (error: ApiError, moveFocus?: boolean) => void;
}

const NAME_FIELD = 'api-key-name';
const NAME_MIN = 2;
const NAME_MAX = 80;
const keyItemId = (k: ApiKey) => `api-key-${k.id}`;

/**
 * The key just issued, shown this once. It lives only in this component's state: never in
 * storage, never in the list, so it is gone after navigating away or reloading.
 */
function NewKey({ issued, onDone }: { issued: IssuedApiKey; onDone: () => void }) {
  const box = useRef<HTMLElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);

  useEffect(() => box.current?.focus(), []);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(issued.api_key);
      setCopyMessage(t('apikey-copied'));
    } catch {
      // No clipboard access (older browser, permission refused): select it for copying by hand.
      input.current?.focus();
      input.current?.select();
      setCopyMessage(t('apikey-copy-failed'));
    }
  };

  return (
    <section class="new-key" aria-labelledby="new-key-heading" tabIndex={-1} ref={box}>
      <h3 id="new-key-heading">{t('apikey-new-heading', { name: issued.name })}</h3>
      <p class="new-key__warning" id="new-key-warning">
        <Markup id="apikey-new-warning" elements={{ strong: <strong /> }} />
      </p>
      <label for="new-key-value">{t('apikey-new-label', { name: issued.name })}</label>
      <div class="new-key__row">
        {/* A textarea so that the whole key shows, wrapped, even on a narrow screen. */}
        <textarea
          id="new-key-value"
          ref={input}
          class="new-key__value"
          readOnly
          rows={2}
          value={issued.api_key}
          autoComplete="off"
          spellcheck={false}
          aria-describedby="new-key-warning"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          {t('apikey-copy')}
        </button>
      </div>
      <StatusMessage message={copyMessage} />
      <button type="button" class="button--quiet" onClick={onDone}>
        {t('apikey-hide')}
      </button>
    </section>
  );
}

function KeyItem({
  apiKey: k,
  confirming,
  busy,
  onRevoke,
  onConfirm,
  onCancel,
}: {
  apiKey: ApiKey;
  confirming: boolean;
  busy: boolean;
  onRevoke: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <li class="member api-key" id={keyItemId(k)} tabIndex={-1}>
      <div>
        <span class="member__name" dir="auto">
          {k.name}
        </span>{' '}
        {k.revoked_at ? (
          <span class="badge badge--revoked">{t('apikey-status-revoked')}</span>
        ) : (
          <span class="badge">{t('apikey-status-active')}</span>
        )}
        <dl class="facts api-key__facts">
          <dt>{t('apikey-starts-with')}</dt>
          <dd>
            <code>{k.prefix}…</code>
          </dd>
          <dt>{t('apikey-created')}</dt>
          <dd>{formatDate(k.created_at)}</dd>
          <dt>{t('apikey-last-used')}</dt>
          <dd>{k.last_used_at ? formatDate(k.last_used_at) : t('apikey-never-used')}</dd>
          {k.revoked_at && (
            <>
              <dt>{t('apikey-revoked-on')}</dt>
              <dd>{formatDate(k.revoked_at)}</dd>
            </>
          )}
        </dl>
      </div>
      {!k.revoked_at &&
        (confirming ? (
          <div
            class="confirm"
            role="group"
            aria-labelledby={`${keyItemId(k)}-confirm`}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onCancel();
            }}
          >
            <p id={`${keyItemId(k)}-confirm`}>{t('apikey-revoke-confirm', { name: k.name })}</p>
            <div class="member__actions">
              <button
                type="button"
                class="button--small button--danger"
                ref={confirmButton}
                onClick={onConfirm}
                disabled={busy}
                aria-label={
                  busy
                    ? t('apikey-revoking-named', { name: k.name })
                    : t('apikey-revoke-yes-named', { name: k.name })
                }
              >
                {busy ? t('apikey-revoking') : t('apikey-revoke-yes')}
              </button>
              <button
                type="button"
                class="button--small button--quiet"
                onClick={onCancel}
                disabled={busy}
                aria-label={t('apikey-keep-named', { name: k.name })}
              >
                {t('apikey-keep')}
              </button>
            </div>
          </div>
        ) : (
          <div class="member__actions">
            <button
              type="button"
              id={`${keyItemId(k)}-revoke`}
              class="button--small button--quiet"
              onClick={onRevoke}
              aria-label={t('apikey-revoke-named', { name: k.name })}
            >
              {t('apikey-revoke')}
            </button>
          </div>
        ))}
    </li>
  );
}

/** Open311 API keys: issue one (shown once), see them all, revoke one (after confirming). */
export function ApiKeyManager({ organisation, viewerKey, onForbidden }: Props) {
  const [version, setVersion] = useState(0);
  const list = useResource(`${organisation.id}:${viewerKey}:${version}`, (signal) =>
    organisationsApi.apiKeys(organisation.id, signal),
  );
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const focusLater = useFocusAfterRender();

  // The list's own 403 is the server saying this viewer may not manage the organisation.
  useEffect(() => {
    if (isApiError(list.error) && list.error.status === 403) onForbidden(list.error, false);
  }, [list.error]);

  // The server refusing (403) means this viewer may not manage the organisation: the page says so.
  const refused = (error: unknown) => {
    if (isApiError(error) && error.status === 403) onForbidden(error);
  };

  const issuing = useAction((keyName: string) => organisationsApi.issueApiKey(organisation.id, keyName), {
    fields: [NAME_FIELD],
    aliases: { name: NAME_FIELD },
    onError: refused,
    onSuccess: (key) => {
      setIssued(key);
      setName('');
      setVersion((v) => v + 1);
    },
  });
  const { feedback } = issuing;

  const onIssue = (event: Event) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < NAME_MIN || trimmed.length > NAME_MAX) {
      return issuing.invalid({
        [NAME_FIELD]: t('apikey-error-name-length', { min: NAME_MIN, count: NAME_MAX }),
      });
    }
    setAnnouncement(null);
    void issuing.run(trimmed);
  };

  const revoking = useAction((k: ApiKey) => organisationsApi.revokeApiKey(organisation.id, k.id), {
    key: (k) => k.id,
    onError: refused,
    onSuccess: (_, k) => {
      setConfirming(null);
      setAnnouncement(t('apikey-revoked', { name: k.name }));
      setVersion((v) => v + 1);
      focusLater(keyItemId(k));
    },
  });
  const revoke = (k: ApiKey) => void revoking.run(k);

  const cancel = (k: ApiKey) => {
    setConfirming(null);
    focusLater(`${keyItemId(k)}-revoke`);
  };

  const keys = list.data ?? [];
  return (
    <section aria-labelledby="api-keys-heading" aria-busy={list.loading}>
      <h2 id="api-keys-heading">{t('apikey-heading')}</h2>
      <p>{t('apikey-intro', { name: organisation.name })}</p>
      <StatusMessage message={announcement} />
      {issued && (
        <NewKey
          issued={issued}
          onDone={() => {
            setIssued(null);
            focusLater(fieldId(NAME_FIELD));
          }}
        />
      )}
      <form
        class="form narrow issue-key-form"
        aria-labelledby="issue-key-heading"
        onSubmit={onIssue}
        noValidate
      >
        <h3 id="issue-key-heading">{t('apikey-issue-heading')}</h3>
        <FormAlert feedback={feedback} labels={{ [NAME_FIELD]: t('apikey-name-label') }} />
        <TextField
          name={NAME_FIELD}
          label={t('apikey-name-label')}
          hint={t('apikey-name-hint', { min: NAME_MIN, count: NAME_MAX })}
          maxLength={NAME_MAX}
          autoComplete="off"
          value={name}
          onValue={setName}
          error={feedback.fields[NAME_FIELD]}
        />
        <button type="submit" disabled={issuing.busy}>
          {issuing.busy ? t('apikey-issuing') : t('apikey-issue')}
        </button>
      </form>
      <h3 id="keys-heading">{t('apikey-list-heading')}</h3>
      <ErrorAlert error={list.error ?? revoking.error} />
      {list.loading && !list.data && <p>{t('apikey-loading')}</p>}
      {list.data && keys.length === 0 && <p>{t('apikey-empty')}</p>}
      {keys.length > 0 && (
        <ul class="member-list" aria-labelledby="keys-heading">
          {keys.map((k) => (
            <KeyItem
              key={k.id}
              apiKey={k}
              confirming={confirming === k.id}
              busy={revoking.busyWith(k.id)}
              onRevoke={() => {
                setAnnouncement(null);
                revoking.reset();
                setConfirming(k.id);
              }}
              onConfirm={() => revoke(k)}
              onCancel={() => cancel(k)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
