import { pickLanguage } from './format';

/**
 * The UI languages and how one is chosen, without their texts (utils/i18n/catalog.ts has those),
 * so the background can resolve a language without bundling every catalog.
 */
export const languages = ['en', 'nl', 'de'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/** The user's choice, else the browser's UI language, else English. */
export function resolveLanguage(...candidates: (string | null | undefined)[]): Language {
  return pickLanguage(candidates, languages, defaultLanguage);
}
