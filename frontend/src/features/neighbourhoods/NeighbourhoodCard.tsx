import type { Neighbourhood } from '../../api';
import { formatCount, formatDistance, visibilityLabel } from '../../lib/format';

const EXCERPT = 180;

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT).trimEnd()}…`;
}

/** `covers`: the place it was found by ("Lock Road"), said on the card. */
export function NeighbourhoodCard({
  neighbourhood: n,
  covers,
}: {
  neighbourhood: Neighbourhood;
  covers?: string;
}) {
  return (
    <li class="card">
      <h3 class="card__title">
        <a href={`/neighbourhoods/${n.id}`}>{n.name}</a>
      </h3>
      {covers && <p class="card__covers">Covers {covers}</p>}
      {n.description && <p>{excerpt(n.description)}</p>}
      <p class="meta">
        <span>{formatCount(n.member_count, 'member')}</span>
        <span>{n.join_policy === 'open' ? 'Open to join' : 'Join by request'}</span>
        {n.visibility === 'private' && <span>{visibilityLabel.private}</span>}
        {n.distance_m != null && <span>{formatDistance(n.distance_m)}</span>}
        {n.viewer.membership && (
          <span class="badge">
            {n.viewer.membership.status === 'pending' ? 'Request pending' : 'You are a member'}
          </span>
        )}
      </p>
    </li>
  );
}
