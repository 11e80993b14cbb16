import { useState } from 'preact/hooks';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { Page } from '../../components/Page';
import { useAction } from '../../hooks/useAction';
import { followsApi, tokenFromHash } from './api';
import { IncompleteLink } from './IncompleteLink';
import { t } from '../../i18n';

/**
 * Where the unsubscribe link in the body of an update leads: a button, so that a mail scanner
 * opening the link unsubscribes nobody. (Mail programs use the one-click address in the
 * message's `List-Unsubscribe` header instead.)
 */
export function FollowUnsubscribePage() {
  const [token] = useState(() => tokenFromHash(globalThis.location?.hash ?? ''));
  const [done, setDone] = useState(false);
  const leaving = useAction((t: string) => followsApi.unsubscribe(t), {
    success: () => t('follow-unsubscribed'),
    onSuccess: () => setDone(true),
  });

  return (
    <Page title={t('follow-unsubscribe-title')}>
      {!token ? (
        <IncompleteLink />
      ) : (
        !done && (
          <>
            <p>{t('follow-unsubscribe-intro')}</p>
            <button type="button" onClick={() => void leaving.run(token)} disabled={leaving.busy}>
              {leaving.busy ? t('follow-unsubscribing') : t('follow-unsubscribe-button')}
            </button>
          </>
        )
      )}
      <ErrorAlert error={leaving.error} />
      <StatusMessage message={leaving.success} />
    </Page>
  );
}
