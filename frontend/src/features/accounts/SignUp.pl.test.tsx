import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { missingMessages } from '../../i18n';
import { everyTestIn } from '../../test/locale';
import { fakeServer } from '../../test/fakeServer';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/signup');
});
everyTestIn('pl');

describe('sign up page in Polish', () => {
  it('words the form, its plural hint and the language the account will use', async () => {
    const { calls } = fakeServer({});
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Załóż konto' });
    expect(screen.getByText('Co najmniej 10 znaków.')).toBeTruthy();
    expect(screen.getByText('Twoje konto będzie w języku wybranym w przełączniku języka.')).toBeTruthy();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Zaloguj się' }).getAttribute('href'),
    ).toBe('/signin');

    fireEvent.click(screen.getByRole('button', { name: 'Załóż konto' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-mail:');
    expect(calls).toHaveLength(0);
    expect([...missingMessages]).toEqual([]);
  });
});
