import { isActiveLocale, negotiateLocale, type ActiveLocale, type Locale, isLocale } from './index';

/** Where a signed-out visitor's choice is kept on the device (an account keeps its own). */
const STORAGE_KEY = 'cg.locale';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage refused (private mode, tests): nothing remembered
  }
}

export function rememberLocale(locale: ActiveLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this device; the account (when signed in) still keeps it.
  }
}

/**
 * The deployment's default locale (COMMONGROUND_DEFAULT_LOCALE), which the server writes into the
 * page as `<html data-default-locale>`; English when it did not.
 */
export function deploymentDefault(): Locale {
  const value = typeof document === 'undefined' ? undefined : document.documentElement.dataset.defaultLocale;
  return isLocale(value) ? value : 'en';
}

/**
 * The locale a page opens in before anyone is known: a `?locale=` in the address (links in
 * e-mails, and the pseudo-locale), then the choice made on this device, then the browser's
 * languages, then the deployment's default. A signed-in account's own choice replaces it once
 * the account has loaded (`LocaleProvider`).
 */
export function initialLocale(search = location.search, languages = navigator.languages): ActiveLocale {
  const asked = new URLSearchParams(search).get('locale');
  if (isActiveLocale(asked)) return asked;
  const remembered = stored();
  if (isActiveLocale(remembered)) return remembered;
  return negotiateLocale(languages ?? [], deploymentDefault());
}

/** True when the address itself names the locale, which then wins over the account's choice. */
export const localeFromAddress = (search = location.search): boolean =>
  isActiveLocale(new URLSearchParams(search).get('locale'));
