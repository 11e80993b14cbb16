import { Page } from '../components/Page';
import { useSession } from '../session/session';
import { roleLabel, statusLabel } from '../lib/format';
import type { MyMembership } from '../api';
import { MyInvitations } from '../features/invitations/MyInvitations';

function MyNeighbourhoods({ memberships }: { memberships: MyMembership[] }) {
  if (memberships.length === 0) {
    return (
      <p>
        You have not joined a neighbourhood yet. <a href="/neighbourhoods">Find one near you</a> or{' '}
        <a href="/neighbourhoods/new">start one</a>.
      </p>
    );
  }
  return (
    <ul class="plain-list">
      {memberships.map((m) => (
        <li key={m.neighbourhood_id}>
          <a href={`/neighbourhoods/${m.neighbourhood_id}`}>{m.neighbourhood_name}</a>{' '}
          <span class="badge">{m.status === 'active' ? roleLabel[m.role] : statusLabel[m.status]}</span>
        </li>
      ))}
    </ul>
  );
}

export function Home() {
  const { me } = useSession();
  return (
    <Page title="Commonground">
      <p class="lede">
        A shared place for a neighbourhood and the public services that work in it to look after things
        together.
      </p>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ul class="feature-list">
          <li>
            <strong>Pool reports.</strong> When several neighbours notice the same broken streetlight, their
            reports join into one shared issue, and everyone who contributed hears what happens next.
          </li>
          <li>
            <strong>Talk it through.</strong> Discuss what matters locally with the people who live there and
            the services who can act on it.
          </li>
          <li>
            <strong>Lend a hand.</strong> Volunteer tasks are shared out in small slots, and the hours count
            for the whole neighbourhood, not for a leaderboard.
          </li>
        </ul>
        <p>
          Everything here is for collective benefit: what one person raises, many can support and everyone can
          follow.
        </p>
      </section>
      {me && <MyInvitations quiet />}
      {me ? (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">Your neighbourhoods</h2>
          <MyNeighbourhoods memberships={me.memberships} />
        </section>
      ) : (
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">Get started</h2>
          <p class="actions">
            <a href="/signup" class="button">
              Create an account
            </a>
            <a href="/neighbourhoods">Browse neighbourhoods</a>
            <a href="/signin">Sign in</a>
          </p>
        </section>
      )}
    </Page>
  );
}
