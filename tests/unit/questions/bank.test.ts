import { describe, expect, it } from 'vitest';
import { builtInSuggestions, suggestionBank, suggestionText, type CustomQuestion } from '@/utils/questions/bank';
import { contentPacks } from '@/utils/content/packs';

const custom: CustomQuestion[] = [
  { id: 'c1', text: 'Wat geeft je energie?', language: 'nl', situations: ['quiet'], roles: ['opening'] },
  { id: 'c2', text: 'What gives you energy?', language: 'en', situations: [], roles: [] },
];

describe('suggestion bank', () => {
  it('holds the 12 questions of the article, 80 of our own and 6 tips', () => {
    expect(builtInSuggestions.filter((s) => s.kind === 'question')).toHaveLength(92);
    expect(builtInSuggestions.filter((s) => s.kind === 'tip')).toHaveLength(6);
  });

  it("adds only the user's questions written in the session's language", () => {
    expect(suggestionBank(custom, 'nl').filter((s) => s.kind === 'custom').map((s) => s.id)).toEqual(['c1']);
  });

  it.each([
    { id: 'control', language: 'de' as const, expected: 'Wie viel von dieser Situation liegt in deiner Hand?' },
    { id: 'c1', language: 'nl' as const, expected: 'Wat geeft je energie?' },
  ])('text of $id in $language', ({ id, language, expected }) => {
    expect(suggestionText(id, contentPacks[language], custom)?.text).toBe(expected);
  });

  it('gives a tip its prompts as the inserted text and its why/when alongside', () => {
    const text = suggestionText('scale-1-10', contentPacks.en, custom);
    expect(text?.text).toContain('scale from 1 to 10');
    expect(text?.tip?.when).toMatch(/measurable/);
  });

  it('knows nothing of a deleted custom question', () => {
    expect(suggestionText('gone', contentPacks.en, custom)).toBeUndefined();
  });
});
