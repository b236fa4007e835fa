import { describe, expect, it } from 'vitest';
import { languageNames } from '@/utils/i18n/catalog';
import { defaultLanguage, languages, resolveLanguage } from '@/utils/i18n/languages';

describe('languages', () => {
  it('lists exactly the languages that have a catalog, English first as the default', () => {
    expect([...languages].sort()).toEqual(Object.keys(languageNames).sort());
    expect(defaultLanguage).toBe('en');
  });

  it('resolves the user’s choice, else the browser’s UI language, else English', () => {
    expect(resolveLanguage('de', 'nl-NL')).toBe('de');
    expect(resolveLanguage(null, 'nl-NL')).toBe('nl');
    expect(resolveLanguage(undefined, 'fr-FR')).toBe('en');
  });
});
