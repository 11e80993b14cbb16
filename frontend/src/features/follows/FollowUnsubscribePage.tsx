import { useState } from 'preact/hooks';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { Page } from '../../components/Page';
import { useAction } from '../../hooks/useAction';
import { followsApi, tokenFromHash } from './api';
import { IncompleteLink } from './IncompleteLink';

/**
 * Where the unsubscribe link in the body of an update leads: a button, so that a mail scanner
 * opening the link unsubscribes nobody. (Mail programs use the one-click address in the
 * message's `List-Unsubscribe` header instead.)
 */
export function FollowUnsubscribePage() {
  const [token] = useState(() => tokenFromHash(globalThis.location?.hash ?? ''));
  const [done, setDone] = useState(false);
  const leaving = useAction((t: string) => followsApi.unsubscribe(t), {
    success: 'You are unsubscribed. We will not e-mail you about this issue again.',
    onSuccess: () => setDone(true),
  });

  return (
    <Page title="Stop e-mails about an issue">
      {!token ? (
        <IncompleteLink />
      ) : (
        !done && (
          <>
            <p>Press the button and we stop e-mailing you about this issue and forget your address.</p>
            <button type="button" onClick={() => void leaving.run(token)} disabled={leaving.busy}>
              {leaving.busy ? 'Unsubscribing…' : 'Unsubscribe'}
            </button>
          </>
        )
      )}
      <ErrorAlert error={leaving.error} />
      <StatusMessage message={leaving.success} />
    </Page>
  );
}
