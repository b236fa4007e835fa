import de from '../../locales/de.json';
import en from '../../locales/en.json';
import nl from '../../locales/nl.json';
import { flattenMessages, formatMessage, type MessageTree } from './format';
import { defaultLanguage, languages, resolveLanguage, type Language } from './languages';

export { defaultLanguage, languages, resolveLanguage, type Language };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof en>;

const catalogs = { en, nl, de } satisfies Record<Language, MessageTree>;

/** Each language in its own name, as language pickers show it. */
export const languageNames: Record<Language, string> = { en: 'English', nl: 'Nederlands', de: 'Deutsch' };

const flatCatalogs = new Map<Language, Map<string, string>>();

function flatCatalog(language: Language): Map<string, string> {
  let flat = flatCatalogs.get(language);
  if (!flat) {
    flat = flattenMessages(catalogs[language]);
    flatCatalogs.set(language, flat);
  }
  return flat;
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function translator(language: Language): Translate {
  const messages = flatCatalog(language);
  const fallback = flatCatalog(defaultLanguage);
  return (key, ...substitutions) => formatMessage(messages.get(key) ?? fallback.get(key) ?? key, substitutions);
}
