import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, missingMessages } from '../i18n';
import { validateNeighbourhood, validateSignUp } from './validation';
import { feedbackFromValidation } from './feedback';

afterEach(() => activateLocale('en'));

describe('form checks in Polish', () => {
  it('word their messages in the language active when the form is checked, with Polish plurals', async () => {
    const values = { email: '', display_name: 'Ada', password: 'short' };
    const english = validateSignUp(values);
    expect(!english.ok && english.errors).toMatchObject({ password: 'Use at least 10 characters.' });
    await activateLocale('pl');
    const result = validateSignUp(values);
    expect(!result.ok && result.errors).toEqual({
      email: 'Wpisz swój adres e-mail.',
      password: 'Wpisz co najmniej 10 znaków.',
    });
    const draft = {
      name: 'Elm',
      description: 'x'.repeat(2001),
      visibility: 'public' as const,
      join_policy: 'open' as const,
      lat: '91',
      lon: '0',
      radius_m: '500',
    };
    const checked = validateNeighbourhood(draft);
    expect(!checked.ok && checked.errors).toEqual({
      description: 'Wpisz najwyżej 2000 znaków (teraz 2001).',
      lat: 'Szerokość geograficzna musi być między -90 a 90.',
    });
    expect(feedbackFromValidation({}).summary).toBe('Coś jest nie tak. Sprawdź pola zaznaczone poniżej.');
    expect(missingMessages).toEqual(new Set());
  });
});
