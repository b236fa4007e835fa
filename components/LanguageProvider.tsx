import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { browser } from '@/utils/browser/api';
import { resolveLanguage } from '@/utils/i18n/catalog';
import { settingsQuery } from './data/queries';
import { I18nProvider } from './i18n';

/** The UI language: the user's choice in settings, else the browser's UI language, else English. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const settings = useQuery(settingsQuery());
  const language = resolveLanguage(settings.data?.language, browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Wait for the user's choice: a session opened meanwhile would start in the wrong language.
  if (settings.isPending) return null;
  return <I18nProvider language={language}>{children}</I18nProvider>;
}
