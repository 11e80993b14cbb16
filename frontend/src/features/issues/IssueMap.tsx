import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Issue, type IssueStatus, type Neighbourhood } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { useResource } from '../../hooks/useResource';
import { useIssueEvents } from './events';
import { useClientConfig } from '../../lib/clientConfig';
import {
  ISSUE_STATUSES,
  affectedText,
  isActiveStatus,
  issueStatusLabel,
  placeOf,
  reportsText,
} from './logic';
import { makeMarkerFocusable } from '../../lib/mapMarkers';
import { t } from '../../i18n';
import {
  MAP_ISSUE_LIMIT,
  MOVE_DEBOUNCE_MS,
  areaBounds,
  bboxString,
  initialBounds,
  markerLabel,
  markerStyle,
  parseIssueFeatures,
  statusColour,
  toBbox,
  type Bbox,
  type Bounds,
} from './issueMap';

const latLngBounds = (b: Bounds) => L.latLngBounds([b.south, b.west], [b.north, b.east]);
const PADDING = 16;
/** Street level: where a map without room to fit anything yet starts. */
const FALLBACK_ZOOM = 15;
const MAX_ZOOM = 19;

/**
 * Shows `bounds` whole. A map without room for it (hidden, not laid out yet, or jsdom) would get
 * an endless zoom from Leaflet: it is centred instead, and true (fit later) is returned.
 */
function fitView(map: L.Map, bounds: Bounds): boolean {
  const size = map.getSize();
  const target = latLngBounds(bounds);
  if (size.x > 4 * PADDING && size.y > 4 * PADDING) {
    map.fitBounds(target, { padding: L.point(PADDING, PADDING), animate: false });
    return false;
  }
  map.setView(target.getCenter(), FALLBACK_ZOOM, { animate: false });
  return true;
}

/** The box the map shows now; the whole neighbourhood while the map has no size (hidden, or jsdom). */
function viewBbox(map: L.Map, n: Neighbourhood): Bbox {
  const size = map.getSize();
  if (size.x === 0 || size.y === 0) return toBbox(areaBounds(n));
  const b = map.getBounds();
  return toBbox({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() });
}

/** The neighbourhood's edge, faint and dashed, beneath the markers (not interactive, not focusable). */
function areaOutline(n: Neighbourhood): L.Layer {
  const style: L.PathOptions = {
    interactive: false,
    color: '#2f5d50',
    weight: 2,
    dashArray: '6 6',
    fillOpacity: 0.04,
  };
  const ring = n.boundary?.coordinates[0];
  if (ring && ring.length > 0)
    return L.polygon(
      ring.map(([lon, lat]) => L.latLng(lat, lon)),
      style,
    );
  if (n.radius_m === null) return L.layerGroup();
  return L.circle([n.center.lat, n.center.lon], { ...style, radius: n.radius_m });
}

/** Plain text for Leaflet's attribution control, which takes HTML. */
function escapeHtml(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

/** The popup: what, its status, how many people, and a link to the issue (built as DOM, not HTML). */
function popupContent(issue: Issue): HTMLElement {
  const root = document.createElement('div');
  root.className = 'issue-map-popup';
  const title = document.createElement('p');
  title.className = 'issue-map-popup__title';
  const link = document.createElement('a');
  link.href = `/issues/${encodeURIComponent(issue.id)}`;
  link.textContent = issue.category.name;
  title.append(link, ' ');
  const badge = document.createElement('span');
  badge.className = `badge issue-status issue-status--${issue.status}`;
  badge.textContent = issueStatusLabel[issue.status] ?? issue.status;
  title.append(badge);
  root.append(title);
  const lines = [
    placeOf(issue),
    t('issue-map-popup-counts', {
      affected: affectedText(issue.supporters_count),
      reports: reportsText(issue.reports_count),
    }),
  ];
  for (const text of lines) {
    if (!text) continue;
    const p = document.createElement('p');
    p.textContent = text;
    p.dir = 'auto'; // the place may be written in another script than the page
    root.append(p);
  }
  return root;
}

interface Shown {
  marker: L.CircleMarker;
  issue: Issue;
  /** What the marker shows of the issue; it is only redrawn when this changes. */
  signature: string;
}

const signatureOf = (issue: Issue) =>
  JSON.stringify([
    issue.status,
    issue.supporters_count,
    issue.reports_count,
    issue.category.name,
    placeOf(issue),
    issue.location,
  ]);

/** Gives the SVG circle a name, a tooltip and a place in the tab order (Enter or Space opens it). */
function makeAccessible(shown: Shown): void {
  const element = shown.marker.getElement();
  makeMarkerFocusable(element, markerLabel(shown.issue), 'button');
  element?.setAttribute('data-issue-id', shown.issue.id);
}

function openFromKeyboard(marker: L.CircleMarker): void {
  marker.openPopup();
  marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.issue-map-popup a')?.focus();
}

export interface IssueMapProps {
  neighbourhood: Neighbourhood;
  /** The list's filters, applied to the map too ('' for any). */
  status?: IssueStatus | '';
  category?: string;
}

/**
 * The neighbourhood's located issues on a Leaflet map: one circle per issue, sized by the people
 * affected and coloured by status, with a popup linking to the issue. It loads the issues in view
 * (again after each pan or zoom, debounced) and reloads on live issue events. The list beside it
 * stays the complete, map-free way to reach every issue.
 */
export function IssueMap({ neighbourhood: n, status = '', category = '' }: IssueMapProps) {
  const { config, error: configError } = useClientConfig();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const shownRef = useRef(new Map<string, Shown>());
  // Until the first answer has been fitted into view, the map asks for the whole neighbourhood;
  // after that, for what is in view.
  const fitted = useRef(false);
  // What to fit into view once the map has a size (null: nothing waiting).
  const pendingFit = useRef<Bounds | null>(null);
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const [version, setVersion] = useState(0);
  const nRef = useRef(n);
  nRef.current = n;

  // Merged issues live on in the issue they joined: on the map only when asked for by name.
  const onMap = (issue: Issue) =>
    issue.location !== null && (issue.status !== 'duplicate' || status === 'duplicate');

  const key = `${n.id}:${status}:${category}:${bbox ? bboxString(bbox) : '*'}:${version}`;
  const issues = useResource(key, async (signal) =>
    parseIssueFeatures(
      await api.neighbourhoods.issuesGeoJson(
        n.id,
        {
          status: status || undefined,
          category: category || undefined,
          bbox: bbox ?? undefined,
          limit: MAP_ISSUE_LIMIT,
        },
        signal,
      ),
    ),
  );
  useIssueEvents(n.id, () => setVersion((v) => v + 1));

  // The map itself, for the life of the component.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, {
      keyboard: true,
      scrollWheelZoom: false, // the page scrolls; +/−, double-click and pinch zoom
      zoomSnap: 0.5,
      minZoom: 2,
      maxZoom: MAX_ZOOM,
    });
    pendingFit.current = fitView(map, areaBounds(nRef.current)) ? areaBounds(nRef.current) : null;
    areaOutline(nRef.current).addTo(map);
    layerRef.current = L.layerGroup().addTo(map);
    mapRef.current = map;

    let timer: ReturnType<typeof setTimeout> | null = null;
    map.on('moveend', () => {
      if (!fitted.current) return; // our own first fit: the issues for it are loaded already
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const next = viewBbox(map, nRef.current);
        setBbox((now) => (now && bboxString(now) === bboxString(next) ? now : next));
      }, MOVE_DEBOUNCE_MS);
    });
    const resize =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            map.invalidateSize();
            // Laid out at last: show what could not be fitted before.
            if (pendingFit.current && !fitView(map, pendingFit.current)) pendingFit.current = null;
          })
        : null;
    resize?.observe(element);

    const shown = shownRef.current;
    return () => {
      resize?.disconnect();
      shown.clear();
      // Removing stops a running pan, which ends with one more moveend: stop listening first.
      map.off('moveend');
      map.remove();
      if (timer !== null) clearTimeout(timer);
      mapRef.current = null;
      layerRef.current = null;
    };
  }, []);

  // The background, once the operator's tile settings are known.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !config?.map.tile_url) return;
    const tiles = L.tileLayer(config.map.tile_url, {
      attribution: escapeHtml(config.map.attribution),
      maxZoom: MAX_ZOOM,
    }).addTo(map);
    return () => void tiles.remove();
  }, [config]);

  // The markers: added, updated in place (an open popup stays open) or removed as the data changes.
  useEffect(() => {
    const map = mapRef.current;
    const layer = layerRef.current;
    const data = issues.data;
    if (!map || !layer || !data) return;
    const shown = shownRef.current;
    const located = data.filter(onMap);
    const keep = new Set<string>();
    for (const issue of located) {
      const { lat, lon } = issue.location!;
      keep.add(issue.id);
      const signature = signatureOf(issue);
      const existing = shown.get(issue.id);
      if (existing) {
        if (existing.signature === signature) continue;
        existing.issue = issue;
        existing.signature = signature;
        existing.marker.setLatLng([lat, lon]).setStyle(markerStyle(issue)); // the radius too
        makeAccessible(existing);
        if (existing.marker.isPopupOpen()) {
          const hadFocus = existing.marker.getPopup()?.getElement()?.contains(document.activeElement);
          existing.marker.getPopup()?.update();
          if (hadFocus) openFromKeyboard(existing.marker);
        }
        continue;
      }
      const marker = L.circleMarker([lat, lon], { ...markerStyle(issue), bubblingMouseEvents: false });
      const entry: Shown = { marker, issue, signature };
      marker.bindPopup(
        () => {
          const content = popupContent(entry.issue);
          // Escape from inside the popup closes it and goes back to the marker.
          content.addEventListener('keydown', (keyEvent) => {
            if (keyEvent.key !== 'Escape') return;
            marker.closePopup();
            (marker.getElement() as SVGElement | undefined)?.focus();
          });
          return content;
        },
        { autoPanPadding: L.point(24, 24) },
      );
      marker.addTo(layer);
      makeAccessible(entry);
      marker.getElement()?.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        openFromKeyboard(marker);
      });
      shown.set(issue.id, entry);
    }
    for (const [id, entry] of shown) {
      if (keep.has(id)) continue;
      layer.removeLayer(entry.marker);
      shown.delete(id);
    }
    if (!fitted.current) {
      const bounds = initialBounds(nRef.current, located);
      pendingFit.current = fitView(map, bounds) ? bounds : null;
      fitted.current = true;
    }
  }, [issues.data]);

  // Without a first answer there is nothing to fit: follow the view from here on.
  useEffect(() => {
    if (issues.error) fitted.current = true;
  }, [issues.error]);

  const count = (issues.data ?? []).filter(onMap).length;
  return (
    <div class="issue-map" aria-busy={issues.loading}>
      <div
        ref={container}
        class="issue-map__canvas"
        role="region"
        aria-label={t('issue-map-label', { name: n.name })}
        aria-describedby="issue-map-help"
      />
      <p id="issue-map-help" class="issue-map__help">
        {t('issue-map-help')}
      </p>
      {issues.data && (
        <p class="issue-map__count">
          {count === 0 ? t('issue-map-none') : t('issue-map-count', { count })}
          {count >= MAP_ISSUE_LIMIT && ` ${t('issue-map-limit', { limit: MAP_ISSUE_LIMIT })}`}
        </p>
      )}
      {configError !== null && !config && <p class="issue-map__count">{t('issue-map-no-background')}</p>}
      <ErrorAlert error={issues.error} />
      <ul class="issue-map__legend" aria-label={t('issue-map-key')}>
        {ISSUE_STATUSES.map((s) => (
          <li key={s}>
            <span
              class={`issue-map__swatch${isActiveStatus(s) ? '' : ' issue-map__swatch--settled'}`}
              style={{
                borderColor: statusColour[s],
                backgroundColor: isActiveStatus(s) ? statusColour[s] : 'transparent',
              }}
              aria-hidden="true"
            />
            {issueStatusLabel[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
