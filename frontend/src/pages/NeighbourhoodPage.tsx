import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, isApiError, type Neighbourhood } from '../api';
import { Page } from '../components/Page';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { MembershipPanel } from '../components/MembershipPanel';
import { MemberList, PendingRequests } from '../components/MemberList';
import { useResource } from '../hooks/useResource';
import { useSession } from '../session/session';
import { formatCount, formatDate, joinPolicyLabel, visibilityLabel } from '../lib/format';

function About({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      {n.description ? <p class="prose">{n.description}</p> : <p class="meta">No description yet.</p>}
      <dl class="facts">
        <dt>Members</dt>
        <dd>{formatCount(n.member_count, 'member')}</dd>
        <dt>Visibility</dt>
        <dd>{visibilityLabel[n.visibility]}</dd>
        <dt>Joining</dt>
        <dd>{joinPolicyLabel[n.join_policy]}</dd>
        <dt>Area</dt>
        <dd>
          {n.radius_m !== null ? `${formatCount(n.radius_m, 'metre')} around ` : 'Boundary centred on '}
          {n.center.lat.toFixed(5)}, {n.center.lon.toFixed(5)}
        </dd>
        <dt>Started</dt>
        <dd>{formatDate(n.created_at)}</dd>
      </dl>
    </section>
  );
}

function ServingOrganisations({ neighbourhood: n }: { neighbourhood: Neighbourhood }) {
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading">Public services working here</h2>
      {n.serving_organisations.length === 0 ? (
        <p>No public-service body serves this neighbourhood on Commonground yet.</p>
      ) : (
        <ul class="plain-list">
          {n.serving_organisations.map((org) => (
            <li key={org.id}>{org.name}</li>
          ))}
        </ul>
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
  const { state, me } = useSession();
  // Bumped after every change on this page: the neighbourhood and its lists reload together.
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  // Who is looking matters (viewer, private neighbourhoods): wait for the session, and reload
  // when the viewer changes.
  const key = state.status === 'loading' ? null : `${id}:${me?.id ?? ''}:${version}`;
  const { data, error } = useResource(key, (signal) => api.neighbourhoods.get(id, signal));
  // While another neighbourhood loads, do not show the previous one.
  const n = data?.id === id ? data : undefined;

  const onChange = (message: string) => {
    setAnnouncement(message);
    setVersion((v) => v + 1);
  };

  if (!n) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <Page title={notFound ? 'Neighbourhood not found' : error ? 'Neighbourhood' : 'Loading neighbourhood…'}>
        {notFound ? (
          <p>
            This neighbourhood does not exist, or it is private and you are not a member.{' '}
            <a href="/neighbourhoods">Browse neighbourhoods</a>.
          </p>
        ) : (
          <ErrorAlert error={error} />
        )}
      </Page>
    );
  }

  return (
    <Page title={n.name}>
      <p class="lede meta">
        {formatCount(n.member_count, 'member')} · {visibilityLabel[n.visibility]} ·{' '}
        {n.join_policy === 'open' ? 'Open to join' : 'Join by request'}
      </p>
      <StatusMessage message={announcement} />
      <ErrorAlert error={error} />
      <div class="columns">
        {/* First in reading order (and on small screens); beside the details on wide ones. */}
        <div class="columns__side">
          <MembershipPanel neighbourhood={n} onChange={onChange} />
          {n.viewer.can_manage && <PendingRequests neighbourhood={n} version={version} onChange={onChange} />}
        </div>
        <div class="columns__main">
          <About neighbourhood={n} />
          <ServingOrganisations neighbourhood={n} />
        </div>
      </div>
      {canSeeMembers(n) ? (
        <MemberList neighbourhood={n} version={version} onChange={onChange} />
      ) : (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">Members</h2>
          <p>The member list is visible to members of this neighbourhood.</p>
        </section>
      )}
    </Page>
  );
}
