/**
 * The front end's messages: Project Fluent catalogues (`locales/<locale>/*.ftl`, one folder per
 * locale, the same format as the server's `src/i18n/`), the locale in use, and `t()`.
 *
 * English is bundled with the app (it is also the fallback, so it must be there before the first
 * render); Polish and Arabic are one lazily loaded chunk each. `scripts/i18n-check.mjs` fails the
 * build when a catalogue lacks a message English has, or a `t()` call names one that no catalogue
 * defines (docs/i18n.md).
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import { pseudoText } from './pseudo';

/** The locales a resident can choose, in the order the switch lists them. */
export const LOCALES = ['en', 'pl', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
/** English with accented letters: text missing from the catalogues shows up (development only). */
export const PSEUDO_LOCALE = 'en-XA';
export type ActiveLocale = Locale | typeof PSEUDO_LOCALE;

/** Each language named in itself, as the switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', pl: 'Polski', ar: 'العربية' };

/** The locale Intl formats dates and numbers in (English here is British English). */
const INTL_LOCALE: Record<ActiveLocale, string> = { en: 'en-GB', pl: 'pl-PL', ar: 'ar', 'en-XA': 'en-GB' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
export const isActiveLocale = (value: unknown): value is ActiveLocale =>
  isLocale(value) || value === PSEUDO_LOCALE;

export const textDirection = (locale: ActiveLocale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

const englishSources = Object.values(
  import.meta.glob<string>('./locales/en/*.ftl', { query: '?raw', import: 'default', eager: true }),
);

/** One chunk per locale: each `locales/<locale>/index.ts` gathers that locale's files. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<readonly string[]>> = {
  pl: () => import('./locales/pl/index').then((m) => m.sources),
  ar: () => import('./locales/ar/index').then((m) => m.sources),
};

function bundle(locale: ActiveLocale, sources: readonly string[]): FluentBundle {
  const bundle = new FluentBundle(locale === PSEUDO_LOCALE ? 'en' : locale, {
    // Unicode isolation marks keep a Latin name inside Arabic text in its own direction; in the
    // left-to-right locales they only get in the way of copying and searching text.
    useIsolating: textDirection(locale) === 'rtl',
    transform: locale === PSEUDO_LOCALE ? pseudoText : undefined,
  });
  for (const source of sources) {
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) console.error(`Catalogue errors in ${locale}:`, errors);
  }
  return bundle;
}

const english = bundle('en', englishSources);
let active: { locale: ActiveLocale; bundle: FluentBundle } = { locale: 'en', bundle: english };

/**
 * Message ids a page asked for that the active catalogue lacks (English was shown instead). The
 * end-to-end journeys read it per locale: it must stay empty.
 */
export const missingMessages = new Set<string>();
if (typeof window !== 'undefined') {
  (window as unknown as { __cgMissingMessages: Set<string> }).__cgMissingMessages = missingMessages;
}

export type MessageArgs = Record<string, FluentVariable | null | undefined>;

function format(bundle: FluentBundle, id: string, args?: MessageArgs): string | undefined {
  const message = bundle.getMessage(id);
  if (!message?.value) return undefined;
  const errors: Error[] = [];
  const clean: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args ?? {})) clean[name] = value ?? '';
  const text = bundle.formatPattern(message.value, clean, errors);
  if (errors.length > 0) console.error(`Message ${id} in ${bundle.locales[0]}:`, errors);
  return text;
}

/**
 * The text of message `id` in the active locale, with `args` filled in (plurals and number forms
 * follow the locale's rules). Falls back to English, and to the id itself when even English lacks
 * it, so a missing message never blanks a page; both cases are recorded in `missingMessages`.
 */
export function t(id: string, args?: MessageArgs): string {
  const text = format(active.bundle, id, args);
  if (text !== undefined) return text;
  missingMessages.add(id);
  return format(english, id, args) ?? id;
}

export const currentLocale = (): ActiveLocale => active.locale;

/** The BCP 47 tag `Intl` formats in for the active locale. */
export const intlLocale = (): string => INTL_LOCALE[active.locale];

/**
 * Makes `locale` the active one: loads its catalogue (once) and marks the document's language and
 * direction, so screen readers pronounce it and the page mirrors for Arabic.
 */
export async function activateLocale(locale: ActiveLocale): Promise<void> {
  if (locale !== active.locale) {
    const sources = locale === 'en' || locale === PSEUDO_LOCALE ? englishSources : await loaders[locale]();
    active = { locale, bundle: locale === 'en' ? english : bundle(locale, sources) };
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en-XA' : INTL_LOCALE[locale];
    document.documentElement.dir = textDirection(locale);
  }
}

/**
 * The best of our locales for a list of preferred languages (the browser's, or an
 * `Accept-Language`-like list): "pl-PL" picks Polish, "ar-EG" Arabic; `fallback` when none fits.
 */
export function negotiateLocale(requested: readonly string[], fallback: Locale): Locale {
  const [best] = negotiateLanguages(requested, LOCALES, { defaultLocale: fallback, strategy: 'lookup' });
  return isLocale(best) ? best : fallback;
}

/** The `Accept-Language` the API is asked in: the active locale (the pseudo-locale asks for English). */
export const requestLanguage = (): Locale => (active.locale === PSEUDO_LOCALE ? 'en' : active.locale);
