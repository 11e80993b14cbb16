import { createContext, Fragment, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api';
import { useSession } from '../session/session';
import { activateLocale, currentLocale, isLocale, type ActiveLocale } from './index';
import { localeFromAddress, rememberLocale } from './preference';

export interface LocaleChoice {
  locale: ActiveLocale;
  /** Switches the whole page to `locale` and remembers it: on this device, and on the account. */
  choose(locale: ActiveLocale): Promise<void>;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

/** The IANA time zone of this device ("Europe/Warsaw"), which e-mails and digests are timed in. */
export const deviceTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/**
 * Holds the active locale. The page below is keyed by it, so a switch re-renders every text at
 * once (`t()` is a plain function, not a hook); the session and the live connection sit above and
 * are kept. Once an account has loaded, its own language wins over the device's guess, and the
 * device's time zone is stored on the account when it differs.
 */
export function LocaleProvider({ children }: { children: ComponentChildren }) {
  const { me, reload } = useSession();
  const [locale, setLocale] = useState<ActiveLocale>(currentLocale);

  const show = useCallback(async (next: ActiveLocale) => {
    await activateLocale(next);
    setLocale(next);
  }, []);

  const choose = useCallback(
    async (next: ActiveLocale) => {
      await show(next);
      rememberLocale(next);
      if (me && isLocale(next) && me.locale !== next) {
        await api.me.update({ locale: next }).catch(() => undefined);
        await reload();
      }
    },
    [me, reload, show],
  );

  const accountLocale = me?.locale;
  useEffect(() => {
    if (isLocale(accountLocale) && accountLocale !== currentLocale() && !localeFromAddress()) {
      void show(accountLocale);
    }
  }, [accountLocale, show]);

  const accountTimeZone = me?.time_zone;
  const signedIn = me !== null;
  useEffect(() => {
    const zone = deviceTimeZone();
    if (signedIn && zone && zone !== accountTimeZone)
      void api.me.update({ time_zone: zone }).catch(() => undefined);
  }, [signedIn, accountTimeZone]);

  const value = useMemo(() => ({ locale, choose }), [locale, choose]);
  return (
    <LocaleContext.Provider value={value}>
      <Fragment key={locale}>{children}</Fragment>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useLocale must be used inside <LocaleProvider>');
  return choice;
}
