import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { feedbackFromError } from './feedback';
import { splitFieldErrors } from './serverErrors';

describe('splitFieldErrors', () => {
  it('places known fields, follows aliases and keeps the rest for the alert', () => {
    const { fields, other } = splitFieldErrors(
      {
        name: ['is taken'],
        'center.lat': ['out of range'],
        center: ['is required'],
        boundary: ['not allowed'],
      },
      ['name', 'lat', 'lon'],
      { 'center.lat': 'lat', center: 'lat' },
    );
    expect(fields).toEqual({ name: 'is taken', lat: 'out of range is required' });
    expect(other).toEqual(['boundary: not allowed']);
  });
});

describe('feedbackFromError', () => {
  const validation = (errors: Record<string, string[]>) =>
    new ApiError({
      type: 'https://commonground.example/problems/validation',
      title: 'Invalid input',
      status: 422,
      errors,
    });

  it('puts field errors beside their fields with a summary', () => {
    expect(
      feedbackFromError(validation({ email: ['is already registered'] }), ['email', 'password']),
    ).toEqual({
      fields: { email: 'is already registered' },
      summary: 'There is a problem. Check the fields marked below.',
      other: [],
    });
  });

  it('falls back to the problem itself when no field matches the form', () => {
    expect(feedbackFromError(validation({ token: ['expired'] }), ['email'])).toEqual({
      fields: {},
      summary: 'Invalid input',
      other: ['token: expired'],
    });
  });

  it('shows other errors in the alert only', () => {
    const conflict = new ApiError({
      type: 't',
      title: 'Conflict',
      status: 409,
      detail: 'Name already used.',
    });
    expect(feedbackFromError(conflict, ['name'])).toEqual({
      fields: {},
      summary: 'Name already used.',
      other: [],
    });
  });
});
