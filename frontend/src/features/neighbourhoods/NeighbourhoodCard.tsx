import type { Neighbourhood } from '../../api';
import { formatDistance, visibilityLabel } from '../../lib/format';
import { t } from '../../i18n';

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
        <a href={`/neighbourhoods/${n.id}`} dir="auto">
          {n.name}
        </a>
      </h3>
      {covers && <p class="card__covers">{t('nbh-card-covers', { place: covers })}</p>}
      {n.description && <p dir="auto">{excerpt(n.description)}</p>}
      <p class="meta">
        <span>{t('nbh-member-count', { count: n.member_count })}</span>
        <span>{n.join_policy === 'open' ? t('nbh-open-to-join') : t('nbh-join-by-request')}</span>
        {n.visibility === 'private' && <span>{visibilityLabel.private}</span>}
        {n.distance_m != null && <span>{formatDistance(n.distance_m)}</span>}
        {n.viewer.membership && (
          <span class="badge">
            {n.viewer.membership.status === 'pending'
              ? t('nbh-card-request-pending')
              : t('nbh-card-you-are-member')}
          </span>
        )}
      </p>
    </li>
  );
}
