import { t } from '../i18n';
import type { LatLon } from '../api';

/** Ask the browser where the device is; rejects with a sentence fit to show. */
export function currentPosition(timeoutMs = 15000): Promise<LatLon> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error(t('geo-unsupported')));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
      (error) => reject(new Error(positionErrorMessage(error.code))),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60 * 1000 },
    );
  });
}

function positionErrorMessage(code: number): string {
  switch (code) {
    case 1: // PERMISSION_DENIED
      return t('geo-permission-denied');
    case 3: // TIMEOUT
      return t('geo-timeout');
    default:
      return t('geo-unavailable');
  }
}

/** Coordinates rounded for display and for URLs (5 decimals is about a metre). */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** "lat,lon" as used in the `near` query parameter; null when it does not parse. */
export function parseLatLon(text: string | undefined): LatLon | null {
  if (!text) return null;
  const parts = text.split(',');
  if (parts.length !== 2 || parts.some((part) => part.trim() === '')) return null;
  const [lat, lon] = parts.map((part) => Number(part.trim()));
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
