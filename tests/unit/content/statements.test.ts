import { describe, expect, it } from 'vitest';
import { contentPacks } from '@/utils/content/packs';
import { statementTags } from '@/utils/content/structure';
import { safetyStatementIds, statementIds, statementTagIds } from '@/utils/content/types';
import { inRotation, statementOptions, statementSets, suggestStatements } from '@/utils/ratings/statements';

describe('statement tags', () => {
  it('are the ones the article gives its statements', () => {
    expect(Object.entries(statementTags).filter(([, tags]) => tags.length > 0)).toEqual([
      ['pd-career-path', ['growth']],
      ['lq-satisfied', ['jobSatisfaction']],
      ['lq-constructive-questions', ['feedback', 'leadership']],
      ['lq-sets-example', ['leadership']],
    ]);
  });

  it.each(Object.entries(contentPacks))('read as one hashtag word each in %s', (_language, pack) => {
    for (const tag of statementTagIds) expect(pack.statementTags[tag]).toMatch(/^#\p{Lu}[\p{L}]+$/u);
  });

  it('are listed with the statements, in the list’s language, and the user’s own have none', () => {
    const own = [{ id: 'own-1', text: 'Ik voel me veilig om fouten te melden.', language: 'nl' }];
    const options = statementOptions(contentPacks.nl, own, 'nl');
    expect(options.find((option) => option.id === 'lq-constructive-questions')!.tags).toEqual(['#Feedback', '#Leiderschap']);
    expect(options.find((option) => option.id === 'pd-career-path')!.tags).toEqual(['#Groei']);
    expect(options.find((option) => option.id === 'pd-fast-progress')!.tags).toEqual([]);
    expect(options.find((option) => option.id === 'own-1')!.tags).toEqual([]);
  });
});

describe('the psychological-safety set', () => {
  it.each(Object.entries(contentPacks))('has 5–7 distinct statements, each tagged, in %s', (language, pack) => {
    const texts = safetyStatementIds.map((id) => pack.safetySet.statements[id]);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.length).toBeLessThanOrEqual(7);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text.trim()).not.toBe('');
    if (language !== 'en') for (const id of safetyStatementIds) expect(pack.safetySet.statements[id]).not.toBe(contentPacks.en.safetySet.statements[id]);
    const options = statementOptions(pack, [], language).filter((option) => option.group === 'psychologicalSafety');
    expect(options.map((option) => option.text)).toEqual(texts);
    for (const option of options) expect(option.tags).toContain(pack.statementTags.psychologicalSafety);
  });

  it('is offered as a set to ask, before the user’s own sets', () => {
    const own = [{ id: 'set-1', name: 'Quarterly', statementIds: ['pd-career-path'] }];
    expect(statementSets(contentPacks.de, own).map((set) => [set.name, set.statementIds.length])).toEqual([
      ['Psychologische Sicherheit', safetyStatementIds.length],
      ['Quarterly', 1],
    ]);
  });

  it('is not forced on anyone: never asked, its statements are still not suggested by rotation', () => {
    const options = statementOptions(contentPacks.en, [{ id: 'own-1', text: 'I feel heard.', language: 'en' }], 'en');
    const everyOtherAskedLongAgo = new Map(inRotation(options).map((id, index) => [id, index]));
    const suggested = suggestStatements(inRotation(options), everyOtherAskedLongAgo, options.length);
    expect(suggested).toHaveLength(statementIds.length + 1);
    for (const id of safetyStatementIds) expect(suggested).not.toContain(id);
  });
});
