import { vi } from 'vitest';

/**
 * Where most page tests start: someone signed in (a refresh token stored, which the fake server's
 * `POST /api/v1/auth/refresh` answers) at `path`. jsdom cannot scroll, and pages scroll on
 * navigation, so scrolling does nothing.
 */
export function signedInAt(path: string) {
  localStorage.clear();
  localStorage.setItem('commonground.refresh_token', 'r1');
  history.replaceState(null, '', path);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
}
