import { useState } from 'preact/hooks';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { Page } from '../../components/Page';
import { useAction } from '../../hooks/useAction';
import { followsApi, tokenFromHash, type FollowConfirmed } from './api';
import { IncompleteLink } from './IncompleteLink';

/**
 * Where a confirmation e-mail's link leads. Opening the link changes nothing (mail scanners open
 * links too); pressing "Confirm" does.
 */
export function FollowConfirmPage() {
  const [token] = useState(() => tokenFromHash(globalThis.location?.hash ?? ''));
  const [done, setDone] = useState<FollowConfirmed | null>(null);
  const confirming = useAction((t: string) => followsApi.confirm(t), {
    success: 'Done. We will e-mail you when this issue changes.',
    onSuccess: setDone,
  });

  return (
    <Page title="Confirm following an issue">
      {!token ? (
        <IncompleteLink />
      ) : done ? (
        <p>
          <a href={`/issues/${done.issue_id}`}>See the issue</a>
        </p>
      ) : (
        <>
          <p>Press the button to get an e-mail each time this issue changes.</p>
          <button type="button" onClick={() => void confirming.run(token)} disabled={confirming.busy}>
            {confirming.busy ? 'Confirming…' : 'Confirm'}
          </button>
        </>
      )}
      <ErrorAlert error={confirming.error} />
      <StatusMessage message={confirming.success} />
    </Page>
  );
}
