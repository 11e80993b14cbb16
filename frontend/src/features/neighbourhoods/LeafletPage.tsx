import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, type Neighbourhood } from '../../api';
import { assertNever } from '../../api/kinds';
import { Page } from '../../components/Page';
import { useAuthorizedImage } from '../../hooks/useAuthorizedImage';
import { useClientConfig } from '../../lib/clientConfig';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from './viewed';

/** The longest contact line printed (a name and a phone number or e-mail fit easily). */
export const CONTACT_MAX_CHARS = 120;

/** The address the leaflet's QR code leads to, written out for those who type it. */
export function neighbourhoodAddress(origin: string, id: string): string {
  return `${origin.replace(/\/+$/, '')}/neighbourhoods/${id}`;
}

/** How joining works, in the words of a leaflet. */
export function joiningWords(n: Pick<Neighbourhood, 'join_policy' | 'visibility'>): string {
  // A private group is hidden from those outside it, so its page cannot be found by scanning.
  if (n.visibility === 'private') return 'The group is private: get in touch and we will invite you.';
  switch (n.join_policy) {
    case 'open':
      return 'Anyone who lives or works nearby can join: it takes a minute.';
    case 'approval':
      return 'Ask to join, and one of us will welcome you in.';
    default:
      return assertNever(n.join_policy, 'Get in touch and we will help you join.');
  }
}

/**
 * The printed page: what the group does, how to join and report, the QR code and a contact. The
 * address is written out from the site's public address, the one the server draws the QR code
 * for, so the two always agree (the page may be open under another name, such as behind a proxy).
 */
function Leaflet({ neighbourhood: n, contact }: { neighbourhood: Neighbourhood; contact: string }) {
  const { config } = useClientConfig();
  const address = neighbourhoodAddress(config?.public_url ?? window.location.origin, n.id);
  const qr = useAuthorizedImage(api.neighbourhoods.leafletQrUrl(n.id), 'image/svg+xml');
  return (
    <article class="leaflet" aria-labelledby="leaflet-name">
      <p class="leaflet__kicker">Your neighbourhood group</p>
      <h2 id="leaflet-name" class="leaflet__name">
        {n.name}
      </h2>
      {n.description && <p class="leaflet__description">{n.description}</p>}
      <h3>What we do together</h3>
      <ul>
        <li>
          <strong>Report problems</strong> like potholes, broken lights or fly-tipping. When neighbours report
          the same thing, it becomes one shared report, and everyone hears what the council does about it.
        </li>
        <li>
          <strong>Talk things over</strong> with neighbours in the group’s discussions.
        </li>
        <li>
          <strong>Help out</strong> with small jobs that need a few people, and see the hours we give
          together.
        </li>
      </ul>
      <h3>Join us</h3>
      <div class="leaflet__join">
        {qr.src ? (
          <img class="leaflet__qr" src={qr.src} width={160} height={160} alt={`QR code for ${address}`} />
        ) : (
          <p class="leaflet__qr leaflet__qr--missing">
            {qr.failed
              ? 'The QR code could not be loaded. Reload the page to try again.'
              : 'Loading the QR code…'}
          </p>
        )}
        <div>
          <p>Scan the code with your phone’s camera, or type this address into a web browser:</p>
          <p class="leaflet__address">{address}</p>
          <p>{joiningWords(n)}</p>
          <p>To report a problem, open the group’s page and choose “Report a problem”.</p>
        </div>
      </div>
      {contact.trim() !== '' && (
        <>
          <h3>No internet? Ask us</h3>
          <p class="leaflet__contact">{contact.trim()}</p>
          <p>We can report a problem for you, or tell you how things are going.</p>
        </>
      )}
    </article>
  );
}

/**
 * A one-page leaflet for letterboxes, noticeboards and the library, for the neighbourhood's
 * coordinators: printed from the browser (the print style sheet leaves only the leaflet). The
 * contact line is typed here and printed, never stored.
 */
export function LeafletPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const { neighbourhood: n, error } = useViewedNeighbourhood(id);
  const [contact, setContact] = useState('');

  if (!n) return <NeighbourhoodUnavailable error={error} title="Leaflet" />;
  if (!n.viewer.can_manage) {
    return (
      <Page title={`A leaflet for ${n.name}`}>
        <p>Only the neighbourhood’s coordinators print its leaflet.</p>
        <p>
          <a href={`/neighbourhoods/${n.id}`}>Back to {n.name}</a>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`A leaflet for ${n.name}`}>
      <div class="leaflet-controls">
        <p>
          Print this page for letterboxes, noticeboards, the library or the local shop. Its QR code leads to{' '}
          <a href={`/neighbourhoods/${n.id}`}>{n.name}</a>.
        </p>
        {n.visibility === 'private' && (
          <p class="notice">
            {n.name} is private: people who scan the code see it only once they are invited, so the leaflet
            asks them to get in touch. Add a contact below.
          </p>
        )}
        <div class="field">
          <label for="leaflet-contact">Contact to print (optional)</label>
          <p class="hint" id="leaflet-contact-hint">
            A name and a phone number or e-mail for neighbours without the internet. It is printed only, never
            saved.
          </p>
          <input
            id="leaflet-contact"
            type="text"
            maxLength={CONTACT_MAX_CHARS}
            aria-describedby="leaflet-contact-hint"
            value={contact}
            onInput={(event) => setContact(event.currentTarget.value)}
          />
        </div>
        <p class="actions">
          <button type="button" class="button" onClick={() => window.print()}>
            Print the leaflet
          </button>
          <a href={`/neighbourhoods/${n.id}`}>Back to {n.name}</a>
        </p>
      </div>
      <Leaflet neighbourhood={n} contact={contact} />
    </Page>
  );
}
