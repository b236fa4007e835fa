import { bench, describe } from 'vitest';
import { goToSection, startClock, viewAgenda } from '@/utils/agenda/engine';
import { templateStructures } from '@/utils/content/structure';
import { contentPacks } from '@/utils/content/packs';
import { situations, type Situation } from '@/utils/content/types';
import { builtInSuggestions } from '@/utils/questions/bank';
import { rankSuggestions, type RankingContext, type Suggestion } from '@/utils/questions/ranker';

/** A seeded bank of 500 suggestions: the 18 built-ins plus generated custom questions. */
function bankOf(size: number): Suggestion[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const roles = ['opening', 'explore', 'goals', 'measures', 'obstacles', 'support', 'closing'] as const;
  const bank: Suggestion[] = [...builtInSuggestions];
  while (bank.length < size) {
    bank.push({
      id: `custom-${bank.length}`,
      kind: 'custom',
      situations: situations.filter(() => random() < 0.2),
      roles: roles.filter(() => random() < 0.3),
    });
  }
  return bank;
}

const bank = bankOf(500);
const context: RankingContext = {
  role: 'goals',
  sectionQuestions: [],
  chips: ['stuck', 'frustrated'] satisfies Situation[],
  notes: 'Sam feels stuck. The target seems impossible and the other team is to blame. '.repeat(20),
  signals: contentPacks.en.signals,
  aboutOkrs: true,
  askedThisSession: new Set(['control', 'custom-10', 'custom-99']),
  askedBefore: new Map([
    ['alternative-view', 1],
    ['custom-200', 2],
  ]),
  pinned: new Set(['takeaway']),
  history: { missedGoals: true, unmeasuredObjectives: false, goalsSet: true },
};

describe('suggestion ranker', () => {
  bench('rank 500 suggestions with notes, chips and history', () => {
    rankSuggestions(bank, context);
  });
});

describe('agenda engine', () => {
  const sections = templateStructures[0]!.sections;
  const clock = startClock(0);
  bench('view with auto-advance across sections', () => {
    viewAgenda(sections, clock, 27 * 60_000, true);
  });
  bench('move to a section', () => {
    goToSection(sections, clock, 3, 12 * 60_000, true);
  });
});
