import { describe, expect, it } from 'vitest';
import de from '@/locales/de.json';
import en from '@/locales/en.json';
import nl from '@/locales/nl.json';
import type { MessageTree } from '@/utils/i18n/format';
import { browserCatalogProblems, placeholders, translationProblems } from './catalog-problems';

// Every translated string is in these catalogs (UI, export labels, backup messages) or in the
// content packs, which tests/unit/content checks: so this covers them all.
describe.each([
  { language: 'nl', catalog: nl },
  { language: 'de', catalog: de },
])('the $language catalog', ({ catalog }) => {
  it('has every English key with a text and the same placeholders, and no key English lacks', () => {
    expect(translationProblems(en, catalog)).toEqual([]);
  });
});

it.each([
  { language: 'en', catalog: en },
  { language: 'nl', catalog: nl },
  { language: 'de', catalog: de },
])('the browser reads the $language catalog as the pages do', ({ catalog }) => {
  expect(browserCatalogProblems(catalog)).toEqual([]);
});

describe('the checks themselves', () => {
  const english = { greeting: 'Hello $1', menu: { open: 'Open', close: 'Close $1 of $2' } };

  it.each<{ name: string; other: MessageTree; expected: string[] }>([
    { name: 'a key missing', other: { greeting: 'Hallo $1', menu: { open: 'Open' } }, expected: ['menu.close: missing'] },
    { name: 'a key English lacks', other: { greeting: 'Hallo $1', menu: { open: 'Open', close: '$1 van $2 sluiten', extra: 'Meer' } }, expected: ['menu.extra: not in English'] },
    { name: 'an empty text', other: { greeting: ' ', menu: { open: 'Open', close: '$2 $1' } }, expected: ['greeting: empty'] },
    { name: 'a placeholder dropped', other: { greeting: 'Hallo', menu: { open: 'Open', close: '$1 van $2' } }, expected: ['greeting: placeholders none instead of $1'] },
    { name: 'a placeholder doubled', other: { greeting: 'Hallo $1, $1', menu: { open: 'Open', close: '$1 van $2' } }, expected: ['greeting: placeholders $1 $1 instead of $1'] },
    { name: 'a placeholder renumbered', other: { greeting: 'Hallo $1', menu: { open: 'Open', close: '$1 van $3' } }, expected: ['menu.close: placeholders $1 $3 instead of $1 $2'] },
    { name: 'an escaped dollar is no placeholder', other: { greeting: 'Hallo $$1', menu: { open: 'Open', close: '$1 van $2' } }, expected: ['greeting: placeholders none instead of $1'] },
    { name: 'the same placeholders in another order', other: { greeting: 'Hallo $1', menu: { open: 'Open', close: '$2: $1 sluiten' } }, expected: [] },
  ])('$name', ({ other, expected }) => {
    expect(translationProblems(english, other)).toEqual(expected);
  });

  it.each<{ name: string; catalog: MessageTree; expected: string[] }>([
    { name: 'a dash in a key', catalog: { 'sign-in': 'Sign in' }, expected: ['sign-in: not a Chrome message name'] },
    { name: 'names that differ in case', catalog: { menu: { open: 'Open' }, Menu_open: 'Open' }, expected: ['Menu_open: same Chrome message name as menu.open'] },
    { name: 'a nested key and a flat one that meet', catalog: { a: { b: 'x' }, a_b: 'y' }, expected: ['a.b: the browser reads "y"', 'a_b: same Chrome message name as a.b'] },
    { name: 'numbered keys, which wxt takes for a plural', catalog: { steps: { 1: 'One', 2: 'Two' } }, expected: ['steps.1: the browser reads nothing', 'steps.2: the browser reads nothing', 'steps: only the browser has it'] },
    { name: 'a top-level object of message fields', catalog: { note: { message: 'Hi', description: 'A greeting' } }, expected: ['note.message: the browser reads nothing', 'note.description: the browser reads nothing', 'note: only the browser has it'] },
    { name: 'a named placeholder', catalog: { cost: 'Costs $amount$' }, expected: ['cost: a named $placeholder$'] },
    { name: 'escaped dollars and slots are fine', catalog: { cost: 'Costs $$5 for $1$$', plural: { one: '$1 item', other: '$1 items' } }, expected: [] },
  ])('$name', ({ catalog, expected }) => {
    expect(browserCatalogProblems(catalog)).toEqual(expected);
  });

  it('counts placeholders as formatMessage fills them', () => {
    expect(placeholders('$2 and $1, $$3 and $$$4')).toEqual(['$1', '$2', '$4']);
  });
});
