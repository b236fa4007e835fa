import { describe, expect, it } from 'vitest';
import { contentPacks } from '@/utils/content/packs';
import { templateStructures } from '@/utils/content/structure';
import { questionIds, situations, statementIds, templateIds, tipIds, type ContentPack } from '@/utils/content/types';

function allTexts(pack: ContentPack): string[] {
  return [
    ...Object.values(pack.situations),
    ...Object.values(pack.questions),
    ...Object.values(pack.tips).flatMap((tip) => [tip.title, tip.why, tip.when, ...tip.prompts]),
    ...Object.values(pack.statements),
    pack.statementGroups.personalDevelopment,
    pack.statementGroups.leadership,
    pack.ratingWhy,
    ...Object.values(pack.templates).flatMap((template) => [
      template.name,
      template.description,
      ...Object.values(template.sections).flatMap((section) => [section.title, ...section.prompts]),
    ]),
  ];
}

describe.each(Object.entries(contentPacks))('content pack %s', (language, pack) => {
  it('carries all 12 questions, 6 tips and 9 statements', () => {
    expect(Object.keys(pack.questions).sort()).toEqual([...questionIds].sort());
    expect(Object.keys(pack.tips).sort()).toEqual([...tipIds].sort());
    expect(Object.keys(pack.statements).sort()).toEqual([...statementIds].sort());
  });

  it.each(templateStructures.map((structure) => [structure.id, structure] as const))('template %s has every section with its prompts', (_id, structure) => {
    const text = pack.templates[structure.id];
    expect(Object.keys(text.sections).sort()).toEqual(structure.sections.map((section) => section.id).sort());
    for (const section of structure.sections) expect(text.sections[section.id]!.prompts).toHaveLength(section.prompts);
  });

  it('has no empty or untrimmed text', () => {
    for (const text of allTexts(pack)) expect(text).toBe(text.trim());
    for (const text of allTexts(pack)) expect(text).not.toBe('');
  });

  it('has plain lower-case signal patterns for every situation', () => {
    // Lower-case letters, digits, apostrophes, `*` at a word's ends or alone, `~` gaps, single inner spaces: no regex syntax.
    const pattern = /^(?:\*|\*?[\p{Ll}\p{N}']+\*?)(?: (?:\*|~|\*?[\p{Ll}\p{N}']+\*?))*$/u;
    for (const situation of situations) {
      const { match, unless = [] } = pack.signals.situations[situation];
      expect(match.length).toBeGreaterThanOrEqual(4);
      expect(match.length).toBeLessThanOrEqual(16);
      expect(new Set(match).size).toBe(match.length);
      for (const phrase of [...match, ...unless]) expect(phrase).toMatch(pattern);
    }
    for (const word of pack.signals.negations) expect(word).toMatch(/^[\p{Ll}']+$/u);
  });

  if (language !== 'en') {
    it('is translated, not a copy of English', () => {
      for (const id of questionIds) expect(pack.questions[id]).not.toBe(contentPacks.en.questions[id]);
      for (const id of statementIds) expect(pack.statements[id]).not.toBe(contentPacks.en.statements[id]);
      for (const id of tipIds) {
        pack.tips[id].prompts.forEach((prompt, i) => expect(prompt).not.toBe(contentPacks.en.tips[id].prompts[i]));
        expect(pack.tips[id].why).not.toBe(contentPacks.en.tips[id].why);
      }
      expect(pack.ratingWhy).not.toBe(contentPacks.en.ratingWhy);
      for (const id of templateIds) {
        const english = contentPacks.en.templates[id];
        expect(pack.templates[id].description).not.toBe(english.description);
        for (const [sectionId, section] of Object.entries(pack.templates[id].sections)) {
          section.prompts.forEach((prompt, i) => expect(prompt).not.toBe(english.sections[sectionId]!.prompts[i]));
        }
      }
    });
  }
});

describe('wording a native speaker would use', () => {
  it.each([
    ['motivation-recognition', 'Hoe wil je waardering krijgen voor goed werk?'],
    ['tell-me-more', 'Vertel eens meer. En verder?'],
  ] as const)('Dutch %s: “%s”', (id, text) => {
    expect(contentPacks.nl.questions[id]).toBe(text);
  });

  it('Dutch asks how motivated, not how determined, in the commitment question', () => {
    expect(contentPacks.nl.questions['will-and-commitment']).toMatch(/Hoe gemotiveerd ben je/);
  });

  it('German friend advice is about anyone facing the same challenge, not a male friend', () => {
    expect(contentPacks.de.questions['friend-advice']).not.toMatch(/\beinem Freund\b/);
    expect(contentPacks.de.questions['friend-advice']).toMatch(/jemandem sagen, der vor der gleichen Herausforderung steht/);
  });
});
