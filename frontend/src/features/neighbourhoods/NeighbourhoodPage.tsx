import { useCallback, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Member, Neighbourhood } from '../../api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { MembershipPanel } from './MembershipPanel';
import { MemberList, PendingRequests } from './MemberList';
import { InvitationManager } from '../invitations/InvitationManager';
import { IssueList } from '../issues/IssueList';
import { useSession } from '../../session/session';
import { formatDate, formatTime, joinPolicyLabel, visibilityLabel } from '../../lib/format';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
import { useNeighbourhoodLive, type FeedItem } from './live';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from './viewed';

function About({ neighbourhood: n, memberCount }: { neighbourhood: Neighbourhood; memberCount: number }) {
  // Coordinates stay as they are written on maps (a point and five decimals) in every language.
  const center = `${n.center.lat.toFixed(5)}, ${n.center.lon.toFixed(5)}`;
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('nbh-about-heading')}</h2>
      {n.description ? (
        <p class="prose" dir="auto">
          {n.description}
        </p>
      ) : (
        <p class="meta">{t('nbh-no-description')}</p>
      )}
      <dl class="facts">
        <dt>{t('nbh-fact-members')}</dt>
        <dd>{t('nbh-member-count', { count: memberCount })}</dd>
        <dt>{t('nbh-fact-visibility')}</dt>
        <dd>{visibilityLabel[n.visibility]}</dd>
        <dt>{t('nbh-fact-joining')}</dt>
        <dd>{joinPolicyLabel[n.join_policy]}</dd>
        <dt>{t('nbh-fact-area')}</dt>
        <dd>
          {n.radius_m != null
            ? t('nbh-area-radius', { count: n.radius_m, center })
            : t('nbh-area-boundary', { center })}
        </dd>
        <dt>{t('nbh-fact-started')}</dt>
        <dd>{formatDate(n.created_at)}</dd>
      </dl>
    </section>
  );
}

function ServingOrganisations({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading">{t('nbh-orgs-heading')}</h2>
      {n.serving_organisations.length === 0 ? (
        <p>{t('nbh-orgs-none')}</p>
      ) : (
        <ul class="plain-list">
          {n.serving_organisations.map((org) => (
            <li key={org.id}>
              <bdi>{org.name}</bdi>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The latest changes, as they happen. Not a live region: the lists and count say it already. */
function ActivityFeed({ items }: { items: FeedItem[] }) {
  return (
    <section class="panel" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t('nbh-activity-heading')}</h2>
      {items.length === 0 ? (
        <p class="meta">{t('nbh-activity-empty')}</p>
      ) : (
        <ol class="activity-feed">
          {items.map((item) => (
            <li key={item.key}>
              {item.text}{' '}
              {item.at && (
                <time class="activity-feed__time" dateTime={item.at}>
                  {formatTime(item.at)}
                </time>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function canSeeMembers(n: Neighbourhood): boolean {
  return n.viewer.membership?.status === 'active' || n.viewer.is_service_manager || n.viewer.can_manage;
}

export function NeighbourhoodPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const { me } = useSession();
  // Bumped after every change on this page: the neighbourhood and its lists reload together.
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const { neighbourhood: n, data, error } = useViewedNeighbourhood(id, version);

  const onChange = (message: string) => {
    setAnnouncement(message);
    setVersion((v) => v + 1);
  };

  // Names seen in the lists, for feed lines about people the event does not name.
  const names = useRef(new Map<string, string>());
  const learnNames = useCallback((members: Member[]) => {
    for (const m of members) names.current.set(m.user_id, m.display_name);
  }, []);
  const live = useNeighbourhoodLive(id || null, {
    userId: me?.id ?? null,
    reload: () => setVersion((v) => v + 1),
    names: { me: me?.id ?? null, nameOf: (userId) => names.current.get(userId) },
    basis: data,
  });

  if (!n) {
    return (
      <NeighbourhoodUnavailable
        error={error}
        title={t('nbh-page-title')}
        loadingTitle={t('nbh-page-loading')}
        browseLink
      />
    );
  }

  const memberCount = live.memberCount ?? n.member_count;
  return (
    <Page title={n.name}>
      <p class="lede meta">
        {t('nbh-member-count', { count: memberCount })} · {visibilityLabel[n.visibility]} ·{' '}
        {n.join_policy === 'open' ? t('nbh-open-to-join') : t('nbh-join-by-request')}
      </p>
      {live.enabled && (
        // Polite and atomic: a change is read out whole, when the reader is idle.
        <p class="live-presence" aria-live="polite" aria-atomic="true">
          {live.online !== null && t('nbh-online-count', { count: live.online })}
        </p>
      )}
      <StatusMessage message={announcement} />
      <ErrorAlert error={error} />
      <div class="columns">
        {/* First in reading order (and on small screens); beside the details on wide ones. */}
        <div class="columns__side">
          <MembershipPanel neighbourhood={n} onChange={onChange} />
          {n.viewer.can_manage && (
            <PendingRequests neighbourhood={n} version={version} onChange={onChange} onLoaded={learnNames} />
          )}
          {n.viewer.can_manage && <InvitationManager neighbourhood={n} version={version} />}
          {n.viewer.can_manage && (
            <section class="panel" aria-labelledby="leaflet-heading">
              <h2 id="leaflet-heading">{t('nbh-leaflet-heading')}</h2>
              <p>
                <Markup
                  id="nbh-leaflet-invite"
                  elements={{ print: <a href={`/neighbourhoods/${n.id}/leaflet`} /> }}
                />
              </p>
            </section>
          )}
          {live.enabled && <ActivityFeed items={live.feed} />}
        </div>
        <div class="columns__main">
          <About neighbourhood={n} memberCount={memberCount} />
          <ServingOrganisations neighbourhood={n} />
        </div>
      </div>
      <IssueList neighbourhood={n} />
      <section aria-labelledby="discussions-heading">
        <h2 id="discussions-heading">{t('nbh-discussions-heading')}</h2>
        <p class="actions">
          <a href={`/neighbourhoods/${n.id}/threads`}>{t('nbh-threads-link')}</a>
          {n.viewer.can_manage && (
            <a href={`/neighbourhoods/${n.id}/moderation`}>{t('nbh-moderation-link')}</a>
          )}
        </p>
      </section>
      <section aria-labelledby="volunteering-heading">
        <h2 id="volunteering-heading">{t('nbh-volunteering-heading')}</h2>
        <p class="actions">
          <a href={`/neighbourhoods/${n.id}/tasks`}>{t('nbh-tasks-link')}</a>
          <a href={`/neighbourhoods/${n.id}/hours`}>{t('nbh-hours-link')}</a>
        </p>
      </section>
      {canSeeMembers(n) ? (
        <MemberList neighbourhood={n} version={version} onChange={onChange} onLoaded={learnNames} />
      ) : (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t('member-list-heading')}</h2>
          <p>{t('member-list-members-only')}</p>
        </section>
      )}
    </Page>
  );
}
