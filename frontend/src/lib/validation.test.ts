import { describe, expect, it } from 'vitest';
import {
  parseNumber,
  validateNeighbourhood,
  validateSignIn,
  validateSignUp,
  type NeighbourhoodDraft,
} from './validation';

describe('validateSignUp', () => {
  it('accepts good input, trimming email and display name', () => {
    expect(
      validateSignUp({ email: ' ada@example.org ', display_name: ' Ada ', password: 'ten chars!' }),
    ).toEqual({
      ok: true,
      value: { email: 'ada@example.org', display_name: 'Ada', password: 'ten chars!' },
    });
  });

  it('reports every problem at once, keyed by field', () => {
    const result = validateSignUp({ email: 'ada.example.org', display_name: '   ', password: 'short' });
    expect(result).toEqual({
      ok: false,
      errors: {
        email: 'Enter an email address like name@example.org.',
        display_name: 'Enter the name neighbours will see.',
        password: 'Use at least 10 characters.',
      },
    });
  });

  it('limits display names to 80 characters', () => {
    const result = validateSignUp({ email: 'a@b', display_name: 'x'.repeat(81), password: '0123456789' });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['display_name']);
  });
});

describe('validateSignIn', () => {
  it('only asks for both fields to be filled in', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      ok: false,
      errors: { email: 'Enter your email address.', password: 'Enter your password.' },
    });
    expect(validateSignIn({ email: 'a@b', password: 'x' }).ok).toBe(true);
  });
});

describe('parseNumber', () => {
  it('accepts decimal commas and rejects blanks and words', () => {
    expect(parseNumber(' 51,5074 ')).toBe(51.5074);
    expect(parseNumber('-0.1278')).toBe(-0.1278);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('north')).toBeNaN();
  });
});

describe('validateNeighbourhood', () => {
  const draft: NeighbourhoodDraft = {
    name: '  Elm Street  ',
    description: '',
    visibility: 'public',
    join_policy: 'approval',
    lat: '51.5074',
    lon: '-0.1278',
    radius_m: '400',
  };

  it('builds the create request from a good draft', () => {
    expect(validateNeighbourhood(draft)).toEqual({
      ok: true,
      value: {
        name: 'Elm Street',
        visibility: 'public',
        join_policy: 'approval',
        center: { lat: 51.5074, lon: -0.1278 },
        radius_m: 400,
      },
    });
  });

  it('includes a description only when there is one', () => {
    const result = validateNeighbourhood({ ...draft, description: ' Trees and a playground. ' });
    expect(result.ok && result.value.description).toBe('Trees and a playground.');
  });

  it('checks name length, coordinates and radius', () => {
    const result = validateNeighbourhood({ ...draft, name: 'El', lat: '91', lon: 'west', radius_m: '20001' });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Use between 3 and 80 characters.',
        lat: 'The latitude must be between -90 and 90.',
        lon: 'Enter the longitude as a number.',
        radius_m: 'The radius must be between 50 and 20000.',
      },
    });
  });

  it('wants the radius in whole metres', () => {
    const result = validateNeighbourhood({ ...draft, radius_m: '120.5' });
    expect(!result.ok && result.errors).toEqual({ radius_m: 'Enter the radius in whole metres.' });
  });

  it('limits descriptions to 2000 characters', () => {
    const result = validateNeighbourhood({ ...draft, description: 'x'.repeat(2001) });
    expect(!result.ok && result.errors.description).toBe('Use at most 2000 characters (now 2001).');
  });
});
