import { Page } from '../components/Page';
import { useSession } from '../session/session';
import { roleLabel, statusLabel } from '../lib/format';
import type { MyMembership } from '../api';
import { MyInvitations } from '../features/invitations/MyInvitations';
import { t } from '../i18n';
import { Markup } from '../i18n/Markup';

function MyNeighbourhoods({ memberships }: { memberships: MyMembership[] }) {
  if (memberships.length === 0) {
    return (
      <p>
        <Markup
          id="home-no-neighbourhoods"
          elements={{ find: <a href="/neighbourhoods" />, start: <a href="/neighbourhoods/new" /> }}
        />
      </p>
    );
  }
  return (
    <ul class="plain-list">
      {memberships.map((m) => (
        <li key={m.neighbourhood_id}>
          <a href={`/neighbourhoods/${m.neighbourhood_id}`} dir="auto">
            {m.neighbourhood_name}
          </a>{' '}
          <span class="badge">{m.status === 'active' ? roleLabel[m.role] : statusLabel[m.status]}</span>
        </li>
      ))}
    </ul>
  );
}

export function Home() {
  const { me } = useSession();
  const strong = { strong: <strong /> };
  return (
    <Page title={t('home-title')}>
      <p class="lede">{t('home-lede')}</p>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home-how-heading')}</h2>
        <ul class="feature-list">
          <li>
            <Markup id="home-how-pool" elements={strong} />
          </li>
          <li>
            <Markup id="home-how-talk" elements={strong} />
          </li>
          <li>
            <Markup id="home-how-help" elements={strong} />
          </li>
        </ul>
        <p>{t('home-how-together')}</p>
      </section>
      {me && <MyInvitations quiet />}
      {me ? (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t('home-mine-heading')}</h2>
          <MyNeighbourhoods memberships={me.memberships} />
        </section>
      ) : (
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">{t('home-start-heading')}</h2>
          <p class="actions">
            <a href="/signup" class="button">
              {t('home-create-account')}
            </a>
            <a href="/neighbourhoods">{t('home-browse')}</a>
            <a href="/signin">{t('home-sign-in')}</a>
          </p>
        </section>
      )}
    </Page>
  );
}
