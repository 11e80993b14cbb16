import { useState } from 'preact/hooks';
import { api, type IssueReport } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { formatDateTime } from '../../lib/format';

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
  if (!n) return <p class="meta">Reported on behalf of a neighbour</p>;
  if (n.erased_at) {
    return (
      <p class="meta">
        Reported on behalf of a neighbour. Their details were removed on request on{' '}
        {formatDateTime(n.erased_at)}.
      </p>
    );
  }
  const name = n.display_name ?? 'a neighbour';
  return (
    <div class="assisted-neighbour">
      <p>
        Reported on behalf of <strong>{name}</strong>
      </p>
      <dl class="answers">
        {n.email && (
          <div>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${n.email}`}>{n.email}</a>
            </dd>
          </div>
        )}
        {n.phone && (
          <div>
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${n.phone.replace(/[^0-9+]/g, '')}`}>{n.phone}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>Agreed</dt>
          <dd>
            {n.consent_by_name ? `Recorded by ${n.consent_by_name}, ` : 'Recorded '}
            {formatDateTime(n.consent_at)}
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
    onSuccess: () => onErased(`${name}’s details were removed. The report and its support stay.`),
  });
  if (!asking) {
    return (
      <button type="button" class="button--small button--quiet" onClick={() => setAsking(true)}>
        Remove their details
      </button>
    );
  }
  return (
    <div class="notice" role="group" aria-label="Remove their details">
      <p>
        Remove {name}’s name and contact from this report? The report and its support stay. This cannot be
        undone.
      </p>
      <ErrorAlert error={erase.error} />
      <div class="actions">
        <button type="button" class="button--small" disabled={erase.busy} onClick={() => void erase.run()}>
          {erase.busy ? 'Removing…' : 'Remove'}
        </button>
        <button type="button" class="button--small button--quiet" onClick={() => setAsking(false)}>
          Keep them
        </button>
      </div>
    </div>
  );
}
