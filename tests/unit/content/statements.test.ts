import { describe, expect, it } from 'vitest';
import { contentPacks } from '@/utils/content/packs';
import { statementTags } from '@/utils/content/structure';
import { statementTagIds } from '@/utils/content/types';
import { statementOptions } from '@/utils/ratings/statements';

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
