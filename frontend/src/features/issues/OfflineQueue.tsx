import { useEffect, useState } from 'preact/hooks';
import { api, describeError } from '../../api';
import { beforeSignOut, useSession } from '../../session/session';
import { flushQueue, forgetPerson, loadDraft, newReportKey, saveDraft, type Delivered } from './offline';
import { issueHrefAfterReport } from './ReportPage';
import { rememberPhotoFailures } from './photos';
import { t } from '../../i18n';

// Signing out removes the person's drafts and unsent reports from the device.
beforeSignOut.add((userId) => forgetPerson(userId));

interface Told {
  key: string;
  text: string;
  href: string;
  linkText: string;
}

/** What the resident is told about one report that left the queue. */
export function toldAbout({ item, delivery }: Delivered): Told {
  if (delivery.status === 'sent') {
    const failed = delivery.photoFailures.length;
    return {
      key: item.key,
      text: failed > 0 ? t('report-offline-sent-photos-failed', { count: failed }) : t('report-offline-sent'),
      href: issueHrefAfterReport(delivery.issueId, delivery.pooled, failed, delivery.placeNotFound),
      linkText: t('report-offline-see-issue'),
    };
  }
  return {
    key: item.key,
    text: t('report-offline-refused', { problem: describeError(delivery.error) }),
    href: `/neighbourhoods/${item.neighbourhoodId}/report`,
    linkText: t('report-offline-open-form'),
  };
}

/** A refused report goes back into its form (unless a newer draft is there), to be put right. */
async function backToForm({ item }: Delivered): Promise<void> {
  if (await loadDraft(item.userId, item.neighbourhoodId)) return;
  const { location, address, description, category_id, show_name } = item.request;
  await saveDraft(item.userId, item.neighbourhoodId, {
    key: newReportKey(),
    values: {
      category_id,
      lat: location ? String(location.lat) : '',
      lon: location ? String(location.lon) : '',
      address: address ?? '',
      description,
    },
    answers: Object.fromEntries(
      Object.entries(item.request.answers ?? {}).map(([code, value]) => [
        code,
        Array.isArray(value) ? value.map(String) : String(value),
      ]),
    ),
    showName: show_name ?? false,
    photos: item.photos,
    savedAt: Date.now(),
  });
}

/**
 * Sends the reports queued while offline: when the app starts signed in and whenever the
 * browser says it is back online; then tells the resident where each one went.
 */
export function OfflineQueue() {
  const { me } = useSession();
  const [told, setTold] = useState<Told[]>([]);
  const userId = me?.id;

  useEffect(() => {
    if (!userId) return;
    let live = true;
    const flush = () =>
      void flushQueue(api, userId)
        .then(async (done) => {
          for (const entry of done) {
            if (entry.delivery.status === 'sent' && entry.delivery.photoFailures.length > 0) {
              rememberPhotoFailures(entry.delivery.issueId, entry.delivery.photoFailures);
            }
            if (entry.delivery.status === 'refused') await backToForm(entry);
          }
          if (live && done.length > 0) setTold((now) => [...now, ...done.map(toldAbout)]);
        })
        // No IndexedDB (private browsing): nothing can have been queued.
        .catch(() => undefined);
    flush();
    window.addEventListener('online', flush);
    return () => {
      live = false;
      window.removeEventListener('online', flush);
    };
  }, [userId]);

  return (
    <div class="wrap">
      <div class={told.length > 0 ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {told.map((entry) => (
          <p key={entry.key}>
            {entry.text} <a href={entry.href}>{entry.linkText}</a>
          </p>
        ))}
        {told.length > 0 && (
          <button type="button" class="button--small button--quiet" onClick={() => setTold([])}>
            {t('report-offline-dismiss')}
            <span class="visually-hidden"> {t('report-offline-dismiss-which')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
