import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, type Neighbourhood } from '../../api';
import { assertNever } from '../../api/kinds';
import { Page } from '../../components/Page';
import { useAuthorizedImage } from '../../hooks/useAuthorizedImage';
import { useClientConfig } from '../../lib/clientConfig';
import { NeighbourhoodUnavailable, useViewedNeighbourhood } from './viewed';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/** The longest contact line printed (a name and a phone number or e-mail fit easily). */
export const CONTACT_MAX_CHARS = 120;

/** The address the leaflet's QR code leads to, written out for those who type it. */
export function neighbourhoodAddress(origin: string, id: string): string {
  return `${origin.replace(/\/+$/, '')}/neighbourhoods/${id}`;
}

/** How joining works, in the words of a leaflet. */
export function joiningWords(n: Pick<Neighbourhood, 'join_policy' | 'visibility'>): string {
  // A private group is hidden from those outside it, so its page cannot be found by scanning.
  if (n.visibility === 'private') return t('leaflet-join-private');
  switch (n.join_policy) {
    case 'open':
      return t('leaflet-join-open');
    case 'approval':
      return t('leaflet-join-approval');
    default:
      return assertNever(n.join_policy, t('leaflet-join-other'));
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
      <p class="leaflet__kicker">{t('leaflet-kicker')}</p>
      <h2 id="leaflet-name" class="leaflet__name" dir="auto">
        {n.name}
      </h2>
      {n.description && (
        <p class="leaflet__description" dir="auto">
          {n.description}
        </p>
      )}
      <h3>{t('leaflet-what-heading')}</h3>
      <ul>
        <li>
          <Markup id="leaflet-what-report" elements={{ strong: <strong /> }} />
        </li>
        <li>
          <Markup id="leaflet-what-talk" elements={{ strong: <strong /> }} />
        </li>
        <li>
          <Markup id="leaflet-what-help" elements={{ strong: <strong /> }} />
        </li>
      </ul>
      <h3>{t('leaflet-join-heading')}</h3>
      <div class="leaflet__join">
        {qr.src ? (
          <img
            class="leaflet__qr"
            src={qr.src}
            width={160}
            height={160}
            alt={t('leaflet-qr-alt', { address })}
          />
        ) : (
          <p class="leaflet__qr leaflet__qr--missing">
            {qr.failed ? t('leaflet-qr-failed') : t('leaflet-qr-loading')}
          </p>
        )}
        <div>
          <p>{t('leaflet-scan')}</p>
          <p class="leaflet__address" dir="ltr">
            {address}
          </p>
          <p>{joiningWords(n)}</p>
          <p>{t('leaflet-how-to-report')}</p>
        </div>
      </div>
      {contact.trim() !== '' && (
        <>
          <h3>{t('leaflet-contact-heading')}</h3>
          <p class="leaflet__contact" dir="auto">
            {contact.trim()}
          </p>
          <p>{t('leaflet-contact-offer')}</p>
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

  if (!n) return <NeighbourhoodUnavailable error={error} title={t('leaflet-title')} />;
  const back = <a href={`/neighbourhoods/${n.id}`}>{t('leaflet-back', { name: n.name })}</a>;
  if (!n.viewer.can_manage) {
    return (
      <Page title={t('leaflet-page-title', { name: n.name })}>
        <p>{t('leaflet-coordinators-only')}</p>
        <p>{back}</p>
      </Page>
    );
  }
  return (
    <Page title={t('leaflet-page-title', { name: n.name })}>
      <div class="leaflet-controls">
        <p>
          <Markup
            id="leaflet-intro"
            args={{ name: n.name }}
            elements={{ page: <a href={`/neighbourhoods/${n.id}`} dir="auto" /> }}
          />
        </p>
        {n.visibility === 'private' && <p class="notice">{t('leaflet-private-notice', { name: n.name })}</p>}
        <div class="field">
          <label for="leaflet-contact">{t('leaflet-contact-label')}</label>
          <p class="hint" id="leaflet-contact-hint">
            {t('leaflet-contact-hint')}
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
            {t('leaflet-print')}
          </button>
          {back}
        </p>
      </div>
      <Leaflet neighbourhood={n} contact={contact} />
    </Page>
  );
}
