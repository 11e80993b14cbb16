import { useState } from 'preact/hooks';
import { api, type IssueReport } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { formatDateTime } from '../../lib/format';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/**
 * Who a report was made for, when a member reported for a neighbour without an account. The
 * server decides what the caller sees: coordinators and the council's staff get the neighbour's
 * name, contact and consent record; the member who reported gets the name; everyone else only
 * that it was made for a neighbour. Coordinators can remove the details when the neighbour asks.
 */
export function ReportNeighbour({
  report,
  canErase,
  onErased,
}: {
  report: IssueReport;
  /** The neighbourhood's coordinators (the server checks it again). */
  canErase: boolean;
  onErased: (message: string) => void;
}) {
  if (!report.on_behalf_of_neighbour) return null;
  const n = report.neighbour;
  if (!n) return <p class="meta">{t('report-neighbour-for-a-neighbour')}</p>;
  if (n.erased_at) {
    return <p class="meta">{t('report-neighbour-erased', { when: formatDateTime(n.erased_at) })}</p>;
  }
  const name = n.display_name ?? t('report-neighbour-a-neighbour');
  return (
    <div class="assisted-neighbour">
      <p>
        <Markup id="report-neighbour-for-named" args={{ name }} elements={{ name: <strong dir="auto" /> }} />
      </p>
      <dl class="answers">
        {n.email && (
          <div>
            <dt>{t('report-neighbour-email')}</dt>
            <dd>
              <a href={`mailto:${n.email}`}>{n.email}</a>
            </dd>
          </div>
        )}
        {n.phone && (
          <div>
            <dt>{t('report-neighbour-phone')}</dt>
            <dd>
              <a href={`tel:${n.phone.replace(/[^0-9+]/g, '')}`}>{n.phone}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('report-neighbour-agreed')}</dt>
          <dd>
            {n.consent_by_name
              ? t('report-neighbour-recorded-by', {
                  who: n.consent_by_name,
                  when: formatDateTime(n.consent_at),
                })
              : t('report-neighbour-recorded', { when: formatDateTime(n.consent_at) })}
          </dd>
        </div>
      </dl>
      {canErase && <RemoveDetails reportId={report.id} name={name} onErased={onErased} />}
    </div>
  );
}

/** "Remove their details", asked once more before it happens: it cannot be undone. */
function RemoveDetails({
  reportId,
  name,
  onErased,
}: {
  reportId: string;
  name: string;
  onErased: (message: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const erase = useAction(() => api.issues.eraseNeighbour(reportId), {
    onSuccess: () => onErased(t('report-neighbour-removed', { name })),
  });
  if (!asking) {
    return (
      <button type="button" class="button--small button--quiet" onClick={() => setAsking(true)}>
        {t('report-neighbour-remove')}
      </button>
    );
  }
  return (
    <div class="notice" role="group" aria-label={t('report-neighbour-remove')}>
      <p>{t('report-neighbour-remove-question', { name })}</p>
      <ErrorAlert error={erase.error} />
      <div class="actions">
        <button type="button" class="button--small" disabled={erase.busy} onClick={() => void erase.run()}>
          {erase.busy ? t('report-neighbour-removing') : t('report-neighbour-remove-confirm')}
        </button>
        <button type="button" class="button--small button--quiet" onClick={() => setAsking(false)}>
          {t('report-neighbour-keep')}
        </button>
      </div>
    </div>
  );
}
