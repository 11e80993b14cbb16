import { describe, expect, it, vi } from 'vitest';
import type { ClientConfig } from '../api';
import { ApiError } from '../api';
import {
  DEFAULT_LEASE_WARNING_HOURS,
  leaseWarningHours,
  loadClientConfig,
  placeAttribution,
} from './clientConfig';

const config: ClientConfig = {
  map: { tile_url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example' },
  suggest_radius_m: 150,
  lease_warning_hours: 12,
  report_limits: { photos_per_report: 3, photo_bytes: 8 * 1024 * 1024, answer_chars: 1000 },
  place_attributions: ['© OpenStreetMap contributors'],
  public_url: 'https://commonground.example',
};

// The test set-up forgets the cached configuration before each test.
describe('client configuration', () => {
  it('is fetched once and shared, however many ask', async () => {
    const api = { clientConfig: vi.fn(async () => config) };
    const [a, b] = await Promise.all([loadClientConfig(api), loadClientConfig(api)]);
    const c = await loadClientConfig(api);
    expect(a).toEqual(config);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(api.clientConfig).toHaveBeenCalledTimes(1);
  });

  it('is asked again after a failure', async () => {
    const api = {
      clientConfig: vi
        .fn<() => Promise<ClientConfig>>()
        .mockRejectedValueOnce(ApiError.network(new TypeError('offline')))
        .mockResolvedValue(config),
    };
    await expect(loadClientConfig(api)).rejects.toBeInstanceOf(ApiError);
    await expect(loadClientConfig(api)).resolves.toEqual(config);
    await loadClientConfig(api);
    expect(api.clientConfig).toHaveBeenCalledTimes(2);
  });

  it('gives the lease warning the operator set, and the server’s default until the config has loaded', () => {
    expect(leaseWarningHours({ ...config, lease_warning_hours: 30 })).toBe(30);
    expect(leaseWarningHours(null)).toBe(DEFAULT_LEASE_WARNING_HOURS);
    expect(DEFAULT_LEASE_WARNING_HOURS).toBe(12);
  });

  it("credits the imported place data's sources, and nothing when none is imported or it has not loaded", () => {
    expect(placeAttribution(null)).toBeNull();
    expect(placeAttribution({ ...config, place_attributions: [] })).toBeNull();
    expect(placeAttribution({ ...config, place_attributions: ['A', 'B'] })).toBe('A; B');
  });
});
