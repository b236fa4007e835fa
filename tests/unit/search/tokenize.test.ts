import { expect, it } from 'vitest';
import { snippetAround } from '@/utils/search/hits';
import { indexWords, queryTerms } from '@/utils/search/tokenize';

it.each([
  { text: 'Onboarding, onboarding!', expected: ['onboarding'] },
  { text: 'Q3 OKR: a b', expected: ['q3', 'okr'] },
  { text: 'Ärger über Größe', expected: ['ärger', 'über', 'größe'] },
  { text: '', expected: [] },
])('indexWords($text)', ({ text, expected }) => {
  expect(indexWords(text)).toEqual(expected);
});

it('limits a query to 8 terms', () => {
  expect(queryTerms('one two three four five six seven eight nine')).toHaveLength(8);
});

it('shows the text around the match', () => {
  expect(snippetAround(`${'x'.repeat(100)} budget ${'y'.repeat(100)}`, 'BUDGET', 5)).toBe('…xxxx budget yyyy…');
});
