import { describe, expect, it } from 'vitest';
import { contentPacks } from '@/utils/content/packs';
import { safetyStatementIds, statementIds } from '@/utils/content/types';
import { statementOptions, statementSets, statementTexts } from '@/utils/ratings/statements';

// A backup or a sync peer may hold statements and sets under any id, a built-in one too.
describe('the user’s own statements and sets under a built-in id', () => {
  it('do not stand in for a built-in statement: its answers stay its own', () => {
    const own = [statementIds[0], safetyStatementIds[0], 'own-1'].map((id) => ({ id, text: `Imposter ${id}`, language: 'en' }));
    const options = statementOptions(contentPacks.en, own, 'en');
    expect(new Set(options.map((option) => option.id)).size).toBe(options.length);
    expect(options.filter((option) => option.text.startsWith('Imposter')).map((option) => option.id)).toEqual(['own-1']);
  });

  it('do not rename a built-in statement in the dashboard’s charts and flags', () => {
    const texts = statementTexts(contentPacks.en, [
      { id: safetyStatementIds[0], text: 'Imposter' },
      { id: 'own-1', text: 'I feel heard.' },
    ]);
    expect(texts.get(safetyStatementIds[0])).toBe(contentPacks.en.safetySet.statements[safetyStatementIds[0]]);
    expect(texts.get(statementIds[0])).toBe(contentPacks.en.statements[statementIds[0]]);
    expect(texts.get('own-1')).toBe('I feel heard.');
  });

  it('do not stand in for the psychological-safety set', () => {
    const sets = statementSets(contentPacks.en, [
      { id: 'psychological-safety', name: 'Imposter', statementIds: ['own-1'] },
      { id: 'mine', name: 'Mine', statementIds: ['own-1'] },
    ]);
    expect(sets.map((set) => set.id)).toEqual(['psychological-safety', 'mine']);
    expect(sets[0]!.name).toBe(contentPacks.en.safetySet.name);
  });
});
