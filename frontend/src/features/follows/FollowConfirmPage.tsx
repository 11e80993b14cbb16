import { useState } from 'preact/hooks';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { Page } from '../../components/Page';
import { useAction } from '../../hooks/useAction';
import { followsApi, tokenFromHash, type FollowConfirmed } from './api';
import { IncompleteLink } from './IncompleteLink';
import { t } from '../../i18n';

/**
 * Where a confirmation e-mail's link leads. Opening the link changes nothing (mail scanners open
 * links too); pressing "Confirm" does.
 */
export function FollowConfirmPage() {
  const [token] = useState(() => tokenFromHash(globalThis.location?.hash ?? ''));
  const [done, setDone] = useState<FollowConfirmed | null>(null);
  const confirming = useAction((link: string) => followsApi.confirm(link), {
    success: () => t('follow-confirmed'),
    onSuccess: setDone,
  });

  return (
    <Page title={t('follow-confirm-title')}>
      {!token ? (
        <IncompleteLink />
      ) : done ? (
        <p>
          <a href={`/issues/${done.issue_id}`}>{t('follow-see-issue')}</a>
        </p>
      ) : (
        <>
          <p>{t('follow-confirm-intro')}</p>
          <button type="button" onClick={() => void confirming.run(token)} disabled={confirming.busy}>
            {confirming.busy ? t('follow-confirming') : t('follow-confirm-button')}
          </button>
        </>
      )}
      <ErrorAlert error={confirming.error} />
      <StatusMessage message={confirming.success} />
    </Page>
  );
}
