import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultLanguage, translator, type Language, type Translate } from '@/utils/i18n/catalog';

const I18nContext = createContext<{ language: Language; t: Translate }>({
  language: defaultLanguage,
  t: translator(defaultLanguage),
});

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
