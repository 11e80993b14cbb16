import { describe, expect, it } from 'vitest';
import { safeNextPath, signInHref } from './nextPath';

describe('safeNextPath', () => {
  it('allows paths on this site', () => {
    expect(safeNextPath('/neighbourhoods/abc?x=1')).toBe('/neighbourhoods/abc?x=1');
  });

  it.each([undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'neighbourhoods'])(
    'falls back for %j',
    (next) => {
      expect(safeNextPath(next, '/home')).toBe('/home');
    },
  );
});

describe('signInHref', () => {
  it('carries the current path', () => {
    expect(signInHref('/neighbourhoods/new')).toBe('/signin?next=%2Fneighbourhoods%2Fnew');
    expect(signInHref('/neighbourhoods/1', '/signup')).toBe('/signup?next=%2Fneighbourhoods%2F1');
  });
});
