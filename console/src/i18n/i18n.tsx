/**
 * The language of the console and the public pages: Chinese first, English on request, remembered in
 * the browser (one setting for both). Each entry makes its own provider from the messages it uses
 * (i18n/console.ts, i18n/public.ts), so that the public pages' bundle carries none of the console's.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from './messages';

const STORAGE_KEY = 'capacity-exit.locale';

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN';
}

export interface LocaleContextValue<M> {
  locale: Locale;
  messages: M;
  setLocale(locale: Locale): void;
}

export function createLocale<M>(messagesOf: Record<Locale, M>) {
  const LocaleContext = createContext<LocaleContextValue<M> | null>(null);

  function LocaleProvider({ children }: { children: ReactNode }) {
    const [locale, setLocaleState] = useState<Locale>(initialLocale);
    const setLocale = useCallback((next: Locale) => {
      localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      setLocaleState(next);
    }, []);
    const value = useMemo(() => ({ locale, messages: messagesOf[locale], setLocale }), [locale, setLocale]);
    document.documentElement.lang = locale;
    return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
  }

  function useLocale(): LocaleContextValue<M> {
    const value = useContext(LocaleContext);
    if (!value) throw new Error('useLocale outside LocaleProvider');
    return value;
  }

  const useMessages = (): M => useLocale().messages;

  return { LocaleProvider, useLocale, useMessages };
}
