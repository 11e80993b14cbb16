import { useState } from 'preact/hooks';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { Page } from '../../components/Page';
import { RadioGroup } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { followsApi, tokenFromHash, type FollowFrequency } from './api';
import { frequencyOptions } from './frequency';
import { IncompleteLink } from './IncompleteLink';
import { t } from '../../i18n';

/**
 * Where the unsubscribe link in the body of an update leads: a button, so that a mail scanner
 * opening the link unsubscribes nobody. (Mail programs use the one-click address in the
 * message's `List-Unsubscribe` header instead.) Someone who only wants fewer e-mails can choose
 * one a day here instead of leaving.
 */
export function FollowUnsubscribePage() {
  const [token] = useState(() => tokenFromHash(globalThis.location?.hash ?? ''));
  const [done, setDone] = useState(false);
  const leaving = useAction((link: string) => followsApi.unsubscribe(link), {
    success: () => t('follow-unsubscribed'),
    onSuccess: () => setDone(true),
  });
  // Whoever lands here most likely gets too many: one a day is the choice offered first.
  const [frequency, setFrequency] = useState<FollowFrequency>('daily');
  const spacing = useAction(
    (link: string, chosen: FollowFrequency) => followsApi.changeFrequency(link, chosen),
    {
      success: (changed) =>
        changed.frequency === 'daily'
          ? t('follow-frequency-saved-daily')
          : t('follow-frequency-saved-immediate'),
    },
  );

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
            <ErrorAlert error={leaving.error} />
            <section aria-labelledby="follow-frequency-heading">
              <h2 id="follow-frequency-heading">{t('follow-frequency-title')}</h2>
              <form
                class="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void spacing.run(token, frequency);
                }}
              >
                <RadioGroup
                  name="frequency"
                  legend={t('follow-frequency-legend')}
                  options={frequencyOptions()}
                  value={frequency}
                  onValue={setFrequency}
                />
                <button type="submit" disabled={spacing.busy}>
                  {spacing.busy ? t('follow-frequency-saving') : t('follow-frequency-save')}
                </button>
              </form>
              <ErrorAlert error={spacing.error} />
              <StatusMessage message={spacing.success} />
            </section>
          </>
        )
      )}
      <StatusMessage message={leaving.success} />
    </Page>
  );
}
