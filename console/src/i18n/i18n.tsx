/**
 * The language of the console and the public pages: Chinese first, English on request, remembered in
 * the browser. `useMessages()` gives the current language's typed messages.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import type { Locale, Messages } from './messages';
import { zhCN } from './zh-CN';

const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'capacity-exit.locale';

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN';
}

interface LocaleContextValue {
  locale: Locale;
  messages: Messages;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, messages: MESSAGES[locale], setLocale }), [locale, setLocale]);
  document.documentElement.lang = locale;
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}

export function useMessages(): Messages {
  return useLocale().messages;
}
