import { describe, expect, it } from 'vitest';
import de from '@/locales/de.json';
import en from '@/locales/en.json';
import nl from '@/locales/nl.json';
import { flattenMessages } from '@/utils/i18n/format';

const english = flattenMessages(en);
const placeholders = (text: string) => [...text.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe.each([
  { language: 'nl', messages: flattenMessages(nl) },
  { language: 'de', messages: flattenMessages(de) },
])('UI messages in $language', ({ messages }) => {
  it('has every English key, and no key English lacks', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])('%s keeps the placeholders and is not empty', (key) => {
    const text = messages.get(key) ?? '';
    expect(text.trim()).not.toBe('');
    expect(placeholders(text)).toEqual(placeholders(english.get(key)!));
  });
});

it('Chrome can read every key: letters, digits and underscores once flattened', () => {
  for (const key of english.keys()) expect(key.replaceAll('.', '_')).toMatch(/^[A-Za-z0-9_]+$/);
});
