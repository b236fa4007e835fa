import { describe, expect, it } from 'vitest';
import { flattenMessages, formatMessage, pickLanguage } from '@/utils/i18n/format';

describe('formatMessage', () => {
  it.each([
    { name: 'no slots', template: 'Saved', subs: [], expected: 'Saved' },
    { name: 'one slot', template: '$1 left', subs: ['4:05'], expected: '4:05 left' },
    { name: 'two slots in any order', template: 'Section $2 of $1', subs: [5, 2], expected: 'Section 2 of 5' },
    { name: 'missing value keeps the slot visible', template: 'Go to $1', subs: [], expected: 'Go to $1' },
    { name: 'escaped dollar', template: 'Costs $$5', subs: [], expected: 'Costs $5' },
    { name: 'value containing a slot is not expanded again', template: '$1', subs: ['$2'], expected: '$2' },
  ])('$name', ({ template, subs, expected }) => {
    expect(formatMessage(template, subs)).toBe(expected);
  });
});

describe('flattenMessages', () => {
  it('joins nested keys with dots', () => {
    expect([...flattenMessages({ a: 'x', b: { c: 'y', d: { e: 'z' } } })]).toEqual([
      ['a', 'x'],
      ['b.c', 'y'],
      ['b.d.e', 'z'],
    ]);
  });
});

describe('pickLanguage', () => {
  const supported = ['en', 'nl', 'de'] as const;
  it.each([
    { name: 'user choice wins', candidates: ['de', 'nl-NL'], expected: 'de' },
    { name: 'browser region stripped', candidates: [null, 'nl-BE'], expected: 'nl' },
    { name: 'underscore form', candidates: [undefined, 'de_AT'], expected: 'de' },
    { name: 'unsupported falls through', candidates: ['fr', 'de-CH'], expected: 'de' },
    { name: 'nothing supported falls back', candidates: ['fr', 'ja'], expected: 'en' },
    { name: 'case-insensitive', candidates: ['NL'], expected: 'nl' },
  ])('$name', ({ candidates, expected }) => {
    expect(pickLanguage(candidates, supported, 'en')).toBe(expected);
  });
});
