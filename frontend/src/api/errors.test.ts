import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, describeError, problemFromResponse } from './errors';
import { activateLocale } from '../i18n';
import { json } from '../test/http';

describe('problemFromResponse', () => {
  it('reads a validation problem with per-field errors', async () => {
    const response = json(422, {
      type: 'https://commonground.example/problems/validation',
      title: 'Invalid input',
      status: 422,
      detail: 'Some fields are not valid.',
      errors: { email: ['is already registered'], password: ['is too short', 'is too common'] },
    });

    const error = await problemFromResponse(response);

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.type).toBe('https://commonground.example/problems/validation');
    expect(error.title).toBe('Invalid input');
    expect(error.detail).toBe('Some fields are not valid.');
    expect(error.errors).toEqual({
      email: ['is already registered'],
      password: ['is too short', 'is too common'],
    });
    expect(error.fieldError('password')).toBe('is too short');
    expect(error.fieldError('name')).toBeUndefined();
    expect(error.hasFieldErrors).toBe(true);
    expect(error.message).toBe('Some fields are not valid.');
  });

  it('falls back to the status line when the body is not JSON', async () => {
    const response = new Response('<h1>Bad gateway</h1>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    });

    const error = await problemFromResponse(response);

    expect(error.status).toBe(502);
    expect(error.type).toBe('about:blank');
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual({});
    expect(error.hasFieldErrors).toBe(false);
  });

  it('survives a body that claims JSON but is not', async () => {
    const response = new Response('{not json', {
      status: 500,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    const error = await problemFromResponse(response);
    expect(error.status).toBe(500);
    expect(error.title).toBe('HTTP 500');
  });

  it('trusts the HTTP status over the body and drops malformed field errors', async () => {
    const response = json(400, {
      title: 'Bad request',
      status: 200,
      errors: { name: 'must not be empty', radius_m: [42, ''], center: null },
    });

    const error = await problemFromResponse(response);

    expect(error.status).toBe(400);
    expect(error.errors).toEqual({ name: ['must not be empty'] });
  });

  it('reads Retry-After in seconds', async () => {
    const error = await problemFromResponse(
      json(429, { title: 'Too many requests' }, { 'Retry-After': '30' }),
    );
    expect(error.retryAfter).toBe(30);
    expect(describeError(error)).toBe('Too many attempts. Please wait 30 seconds and try again.');
  });
});

describe('describeError', () => {
  it('prefers the detail, then the title', () => {
    expect(
      describeError(
        new ApiError({ type: 't', title: 'Conflict', status: 409, detail: 'You are the last coordinator.' }),
      ),
    ).toBe('You are the last coordinator.');
    expect(describeError(new ApiError({ type: 't', title: 'Not found', status: 404 }))).toBe('Not found');
  });

  it('describes network failures and plain errors', () => {
    expect(describeError(ApiError.network(new TypeError('fetch failed')))).toBe(
      'Check your connection and try again.',
    );
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('???')).toBe('Something went wrong.');
  });
});

describe('problems worded in the browser', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('words a network failure in the language active when it is shown, not when it happened', async () => {
    const error = ApiError.network(new TypeError('fetch failed'));
    expect(error.title).toBe('Could not reach the server');
    await activateLocale('pl');
    expect(error.title).toBe('Nie udało się połączyć z serwerem');
    expect(describeError(error)).toBe('Sprawdź połączenie i spróbuj jeszcze raz.');
    expect(error.message).toBe('Sprawdź połączenie i spróbuj jeszcze raz.');
  });

  it('counts the seconds to wait with the language’s plural forms', async () => {
    const wait = (seconds: number) =>
      describeError(new ApiError({ type: 'about:blank', title: 'Too many requests', status: 429 }, seconds));
    expect(wait(1)).toBe('Too many attempts. Please wait 1 second and try again.');
    await activateLocale('pl');
    expect(wait(3)).toBe('Za dużo prób. Poczekaj 3 sekundy i spróbuj jeszcze raz.');
    expect(wait(5)).toBe('Za dużo prób. Poczekaj 5 sekund i spróbuj jeszcze raz.');
    expect(describeError(undefined)).toBe('Coś poszło nie tak.');
  });
});
