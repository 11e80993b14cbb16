import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { activateLocale, currentLocale, missingMessages, negotiateLocale, t } from './index';
import { pseudoText } from './pseudo';
import { Markup, splitMarkup } from './Markup';
import { initialLocale } from './preference';
import { SessionProvider } from '../session/session';
import { LocaleProvider } from './LocaleProvider';
import { Header } from '../components/Header';
import { formatDate, formatDistance, roleLabel } from '../lib/format';

afterEach(async () => {
  await activateLocale('en');
  localStorage.clear();
});

describe('t', () => {
  it('words a message in the active locale, with its arguments', async () => {
    expect(t('header-sign-in')).toBe('Sign in');
    await activateLocale('pl');
    expect(t('header-sign-in')).toBe('Zaloguj się');
    expect(t('document-title', { page: 'Mapa' })).toBe('Mapa · Commonground');
    expect(document.documentElement.lang).toBe('pl-PL');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('marks Arabic pages right to left', async () => {
    await activateLocale('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(t('header-sign-in')).toBe('تسجيل الدخول');
  });

  it('shows the id of a message no catalogue has, and records it', () => {
    expect(t('no-such-message')).toBe('no-such-message');
    expect(missingMessages.has('no-such-message')).toBe(true);
  });

  it('formats numbers and dates in the locale and words distances', async () => {
    expect(formatDistance(1249)).toBe('1.2 km away');
    await activateLocale('pl');
    expect(formatDistance(1249)).toBe('1,2 km stąd');
    expect(formatDate('2025-03-03T12:00:00Z', 'UTC')).toBe('3 mar 2025');
    expect(roleLabel.coordinator).toBe('Koordynator');
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter and lengthens vowels, leaving the rest', () => {
    expect(pseudoText('Sign in: 3')).toBe('Şīīɠƞ īīƞ: 3');
  });

  it('leaves markup tags alone, so links still work', () => {
    expect(pseudoText('Try <link>this</link>')).toBe('Ŧřẏ <link>ŧħīīş</link>');
  });

  it('words every message so plain ASCII text on a page stands out', async () => {
    await activateLocale('en-XA');
    expect(t('header-sign-in')).toBe('Şīīɠƞ īīƞ');
    expect(currentLocale()).toBe('en-XA');
  });
});

describe('choosing the locale', () => {
  it('negotiates the browser languages against ours by primary language', () => {
    expect(negotiateLocale(['pl-PL', 'en'], 'en')).toBe('pl');
    expect(negotiateLocale(['de-DE', 'ar-EG'], 'en')).toBe('ar');
    expect(negotiateLocale(['de-DE'], 'pl')).toBe('pl');
  });

  it('takes the address, then the device, then the browser', () => {
    expect(initialLocale('?locale=ar', ['pl'])).toBe('ar');
    expect(initialLocale('?locale=xx', ['pl'])).toBe('pl');
    localStorage.setItem('cg.locale', 'ar');
    expect(initialLocale('', ['pl'])).toBe('ar');
  });
});

describe('Markup', () => {
  it('turns only the named tags into elements and leaves other text as text', () => {
    const parts = splitMarkup('Try <a1>this</a1> or <b>that</b>.', { a1: <a href="/x" /> });
    const { container } = render(<p>{parts}</p>);
    expect(container.querySelector('a')?.textContent).toBe('this');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/x');
    expect(container.textContent).toBe('Try this or <b>that</b>.');
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('Markup with a name someone wrote', () => {
  it('keeps a < in an argument as text, inside and outside a tag', () => {
    const { container } = render(
      <Markup id="not-found-body" elements={{ directory: <a href="/d" />, home: <a href="/" /> }} />,
    );
    expect(container.querySelectorAll('a')).toHaveLength(2);
    const named = render(<Markup id="document-title" args={{ page: '<b>A</b> & <x' }} elements={{}} />);
    expect(named.container.textContent).toBe('<b>A</b> & <x · Commonground');
  });
});

describe('the language switch', () => {
  it('switches the whole page, remembers the choice on the device and names each language in itself', async () => {
    render(
      <LocationProvider>
        <SessionProvider>
          <LocaleProvider>
            <Header />
          </LocaleProvider>
        </SessionProvider>
      </LocationProvider>,
    );
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(screen.getByRole('option', { name: 'Polski' }).getAttribute('lang')).toBe('pl');
    fireEvent.change(select, { target: { value: 'pl' } });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Zaloguj się' })).toBeTruthy());
    expect(screen.getByLabelText('Język')).toBeTruthy();
    expect(localStorage.getItem('cg.locale')).toBe('pl');
  });
});
