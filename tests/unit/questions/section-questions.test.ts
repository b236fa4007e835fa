import { describe, expect, it } from 'vitest';
import { rankSuggestions, type RankingContext } from '@/utils/questions/ranker';
import { builtInSuggestions } from '@/utils/questions/bank';
import { contentPacks } from '@/utils/content/packs';
import { templateStructures } from '@/utils/content/structure';
import type { TemplateId } from '@/utils/content/types';

/** What a section offers at minute 0: no notes, no chips, nothing asked yet. */
function offeredAtStart(templateId: TemplateId, sectionId: string): string[] {
  const template = templateStructures.find((candidate) => candidate.id === templateId)!;
  const section = template.sections.find((candidate) => candidate.id === sectionId)!;
  const context: RankingContext = {
    role: section.role,
    sectionQuestions: section.questions ?? [],
    chips: [],
    notes: '',
    signals: contentPacks.en.signals,
    aboutOkrs: template.aboutOkrs === true,
    askedThisSession: new Set(),
    askedBefore: new Map(),
    pinned: new Set(),
    history: { missedGoals: false, unmeasuredObjectives: false, goalsSet: false },
  };
  return rankSuggestions(builtInSuggestions, context).map(({ id }) => id);
}

/** Follow-ups that assume a problem has been named: not an opener for a section. */
const problemFollowUps = ['offer-help', 'willingness', 'problem-evidence', 'plan-b', 'urgency', 'control'];

describe('the weekly’s own questions', () => {
  it('wins & blockers asks what is in their way that I could remove, and no follow-up to a problem not yet named', () => {
    const offered = offeredAtStart('weekly', 'wins-blockers');
    expect(offered[0]).toBe('remove-blocker');
    for (const followUp of problemFollowUps) expect(offered).not.toContain(followUp);
  });

  it('priorities asks for the one thing, what to drop or postpone and which decision they need from me, and no goal follow-up', () => {
    const offered = offeredAtStart('weekly', 'priorities');
    expect(offered.slice(0, 3)).toEqual(['one-thing', 'drop-or-postpone', 'decision-needed']);
    for (const followUp of problemFollowUps) expect(offered).not.toContain(followUp);
  });

  it.each([
    ['en', /getting in your way that I could help remove/, /finish only one thing this week/, /drop or postpone/, /decision from me/],
    ['nl', /\bje\b.*weghalen/, /deze week maar één ding/, /laten vallen of uitstellen/, /beslissing van mij/],
    ['de', /\bdir\b.*aus dem Weg räumen/, /diese Woche nur eine Sache/, /streichen oder verschieben/, /\bdu\b.*Entscheidung von mir/],
  ] as const)('in %s', (language, remove, oneThing, drop, decision) => {
    const questions = contentPacks[language].questions;
    expect(questions['remove-blocker']).toMatch(remove);
    expect(questions['one-thing']).toMatch(oneThing);
    expect(questions['drop-or-postpone']).toMatch(drop);
    expect(questions['decision-needed']).toMatch(decision);
  });
});

describe('the stay interview’s wrap-up', () => {
  it('closes on a commitment with a date to check back, not on whether I was too hard or too soft', () => {
    const offered = offeredAtStart('stay-interview', 'wrap-up');
    expect(offered.slice(0, 3)).toContain('stay-check-back');
    expect(offered).not.toContain('upward-feedback');
  });

  it.each([
    ['en', /on what date/],
    ['nl', /op welke datum/],
    ['de', /an welchem Datum/],
  ] as const)('names the date to check back (%s)', (language, date) => {
    expect(contentPacks[language].questions['stay-check-back']).toMatch(date);
  });
});
