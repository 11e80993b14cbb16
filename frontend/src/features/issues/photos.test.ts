import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { DEFAULT_PHOTO_LIMITS, checkPhotos, photoFailureReason, photoLimits } from './photos';
import { clientConfig } from '../../test/issueFixtures';

const file = (name: string, size: number, type = 'image/jpeg') =>
  new File([new Uint8Array(size)], name, { type });

const config = (photos_per_report: number, photo_bytes: number) => ({
  ...clientConfig,
  report_limits: { photos_per_report, photo_bytes, answer_chars: 1000 },
});

describe('photo limits', () => {
  it("are the server's defaults until the configuration has loaded, then the server's figures", () => {
    expect(photoLimits(null)).toEqual(DEFAULT_PHOTO_LIMITS);
    expect(photoLimits(config(5, 2 * 1024 * 1024))).toEqual({ count: 5, bytes: 2 * 1024 * 1024 });
  });

  it('count the photos and their sizes against the limits given', () => {
    const two = [file('a.jpg', 10), file('b.jpg', 10)];
    expect(checkPhotos(two, { count: 2, bytes: 100 })).toBeNull();
    expect(checkPhotos(two, { count: 1, bytes: 100 })).toBe('Choose at most 1 photo; you chose 2.');
    expect(checkPhotos([file('big.jpg', 3 * 1024 * 1024)], { count: 3, bytes: 2 * 1024 * 1024 })).toBe(
      'Each photo must be 2 MB or smaller: big.jpg is too large.',
    );
    expect(checkPhotos([file('x.gif', 10, 'image/gif')])).toMatch(/JPEG, PNG or WebP/);
  });

  it("say a refusal's reason with the server's figures", () => {
    const limits = { count: 5, bytes: 2 * 1024 * 1024 };
    const refused = (status: number) => new ApiError({ type: 't', title: 'Refused', status });
    expect(photoFailureReason(refused(409), limits)).toBe('a report can have at most 5 photos');
    expect(photoFailureReason(refused(413), limits)).toBe('it is larger than 2 MB');
  });
});
