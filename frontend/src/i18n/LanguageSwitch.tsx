import { t, LOCALES, LOCALE_NAMES, PSEUDO_LOCALE, isActiveLocale } from './index';
import { useLocale } from './LocaleProvider';

/**
 * The language switch on every page: each language named in itself (and marked as such, so a
 * screen reader says "Polski" in Polish). The pseudo-locale is offered only in development builds.
 */
export function LanguageSwitch() {
  const { locale, choose } = useLocale();
  const options: string[] = [...LOCALES];
  if (import.meta.env.DEV || locale === PSEUDO_LOCALE) options.push(PSEUDO_LOCALE);
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t('language-switch-label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const chosen = (event.currentTarget as HTMLSelectElement).value;
          if (isActiveLocale(chosen)) void choose(chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option} lang={option}>
            {option === PSEUDO_LOCALE
              ? 'Ƥşḗḗŭŭḓǿǿ (en-XA)'
              : LOCALE_NAMES[option as keyof typeof LOCALE_NAMES]}
          </option>
        ))}
      </select>
    </label>
  );
}
