import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'preact/hooks';
import type { DashboardCategory, MapFeature } from './api';
import { makeMarkerFocusable } from '../../lib/mapMarkers';
import { useClientConfig } from '../../lib/clientConfig';
import { t } from '../../i18n';
import { issueStatusLabel } from '../issues/logic';
import { statusColour } from '../issues/issueMap';

/** The open issues on a map (Leaflet, tiles from client-config), one circle each. */
export function DashboardMap({
  features,
  categories,
}: {
  features: MapFeature[];
  categories: DashboardCategory[];
}) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const { config } = useClientConfig();

  useEffect(() => {
    if (!element.current || !config || map.current) return;
    map.current = L.map(element.current, { keyboard: true });
    L.tileLayer(config.map.tile_url, { attribution: config.map.attribution, maxZoom: 19 }).addTo(map.current);
    layer.current = L.layerGroup().addTo(map.current);
    return () => {
      map.current?.remove();
      map.current = null;
    };
  }, [config]);

  useEffect(() => {
    const m = map.current;
    if (!m || !layer.current) return;
    layer.current.clearLayers();
    const points: L.LatLngExpression[] = features.map((f) => [
      f.geometry.coordinates[1],
      f.geometry.coordinates[0],
    ]);
    // The view first: Leaflet draws (and so gives an element to) a marker only on a map that has
    // one, and a marker without its element would stay out of the tab order.
    if (points.length > 0 && m.getSize().x > 0) m.fitBounds(L.latLngBounds(points), { padding: [16, 16] });
    else if (points.length > 0) m.setView(points[0]!, 13);
    const categoryName = new Map(categories.map((c) => [c.id, c.name]));
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const label = t('dash-map-marker', {
        category: categoryName.get(f.properties.category_id) ?? t('dash-map-issue'),
        status: issueStatusLabel[f.properties.status].toLowerCase(),
        count: f.properties.supporters_count,
      });
      const open = () => {
        window.location.href = `/issues/${f.id}`;
      };
      const marker = L.circleMarker([lat, lon], {
        radius: 6 + Math.min(12, Math.sqrt(f.properties.supporters_count) * 2),
        color: statusColour[f.properties.status],
        weight: 2,
        fillOpacity: 0.5,
      })
        .bindTooltip(label)
        .on('click', open)
        .addTo(layer.current);
      // Reachable by keyboard: each point is a link in the tab order, named in words.
      makeMarkerFocusable(marker.getElement(), label, 'link', open);
    }
  }, [features, categories, config]);

  return (
    <div
      class="dashboard-map"
      ref={element}
      aria-label={t('dash-map-label', { count: features.length })}
      role="region"
    />
  );
}
