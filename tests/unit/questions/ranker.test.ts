import { describe, expect, it } from 'vitest';
import { normalizeText, rankSuggestions, situationsInNotes, type RankingContext, type Suggestion } from '@/utils/questions/ranker';
import type { Situation } from '@/utils/content/types';

const noKeywords = Object.fromEntries(
  ['stuck', 'tooAmbitious', 'impossible', 'blamesOthers', 'quiet', 'frustrated', 'noGoals', 'unclearProblem', 'ownership', 'closing'].map((s) => [s, []]),
) as unknown as Record<Situation, string[]>;

const keywords: Record<Situation, string[]> = {
  ...noKeywords,
  impossible: ['impossible', 'onmogelijk', 'unmöglich', 'no way'],
  blamesOthers: ['their fault'],
};

const bank: Suggestion[] = [
  { id: 'alternative-view', kind: 'question', situations: ['impossible', 'stuck'], roles: ['explore', 'goals'] },
  { id: 'control', kind: 'question', situations: ['blamesOthers', 'impossible'], roles: ['obstacles'] },
  { id: 'offer-help', kind: 'question', situations: ['stuck', 'quiet'], roles: ['support'] },
  { id: 'takeaway', kind: 'question', situations: ['closing'], roles: ['closing'] },
  { id: 'minimum-goal', kind: 'tip', situations: ['tooAmbitious'], roles: ['measures'], condition: 'missedGoals' },
  { id: 'pre-mortem', kind: 'tip', situations: ['impossible'], roles: ['support'], condition: 'goalsSet' },
];

const base: RankingContext = {
  role: null,
  chips: [],
  notes: '',
  keywords,
  askedThisSession: new Set(),
  askedBefore: new Map(),
  pinned: new Set(),
  history: { missedGoals: false, unmeasuredObjectives: false, goalsSet: false },
};

const ids = (context: Partial<RankingContext>) => rankSuggestions(bank, { ...base, ...context }).map((r) => r.id);

describe('rankSuggestions', () => {
  it.each<{ name: string; context: Partial<RankingContext>; expected: string[] }>([
    { name: 'no signals keeps bank order, conditional tips hidden', context: {}, expected: ['alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'current section lifts what fits it', context: { role: 'closing' }, expected: ['takeaway', 'alternative-view', 'control', 'offer-help'] },
    { name: 'a tapped chip lifts what serves it', context: { chips: ['quiet'] }, expected: ['offer-help', 'alternative-view', 'control', 'takeaway'] },
    { name: 'English notes saying impossible', context: { notes: 'She thinks the target is impossible.' }, expected: ['alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'Dutch notes: onmogelijk raises alternative view and control', context: { notes: 'Dit lijkt onmogelijk', role: 'support' }, expected: ['alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'German notes with umlaut', context: { notes: 'Das ist UNMÖGLICH!', chips: ['blamesOthers'] }, expected: ['control', 'alternative-view', 'offer-help', 'takeaway'] },
    { name: 'a phrase across punctuation', context: { notes: 'No  way,\nhe said' }, expected: ['alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'a word inside another word does not count', context: { notes: 'impossibleness' }, expected: ['alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'asked this session is not repeated', context: { askedThisSession: new Set(['alternative-view']) }, expected: ['control', 'offer-help', 'takeaway'] },
    { name: 'asked this session but pinned stays, on top', context: { askedThisSession: new Set(['takeaway']), pinned: new Set(['takeaway']) }, expected: ['takeaway', 'alternative-view', 'control', 'offer-help'] },
    { name: 'asked in the last session sinks', context: { askedBefore: new Map([['alternative-view', 1]]) }, expected: ['control', 'offer-help', 'takeaway', 'alternative-view'] },
    { name: 'asked long ago no longer sinks', context: { askedBefore: new Map([['alternative-view', 5]]) }, expected: ['alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'missed goals bring the minimum-goal tip forward', context: { history: { missedGoals: true, unmeasuredObjectives: false, goalsSet: false } }, expected: ['minimum-goal', 'alternative-view', 'control', 'offer-help', 'takeaway'] },
    { name: 'pre-mortem only once goals are set', context: { history: { missedGoals: false, unmeasuredObjectives: false, goalsSet: true }, role: 'support' }, expected: ['pre-mortem', 'offer-help', 'alternative-view', 'control', 'takeaway'] },
  ])('$name', ({ context, expected }) => {
    expect(ids(context)).toEqual(expected);
  });

  it('says why each suggestion is there', () => {
    const [top] = rankSuggestions(bank, { ...base, role: 'goals', chips: ['stuck'], notes: 'impossible deadline' });
    expect(top).toEqual({
      id: 'alternative-view',
      score: 10,
      reasons: [
        { kind: 'chip', situation: 'stuck' },
        { kind: 'notes', situation: 'impossible', word: 'impossible' },
        { kind: 'section', role: 'goals' },
      ],
    });
  });

  it('is deterministic for the same inputs', () => {
    const context = { ...base, role: 'support' as const, chips: ['stuck' as const], notes: 'no way' };
    expect(rankSuggestions(bank, context)).toEqual(rankSuggestions(bank, context));
  });
});

describe('situationsInNotes', () => {
  it('reports the first matching keyword per situation', () => {
    expect([...situationsInNotes('It is their fault, no way', keywords)]).toEqual([
      ['impossible', 'no way'],
      ['blamesOthers', 'their fault'],
    ]);
  });

  it('finds nothing in empty notes', () => {
    expect(situationsInNotes('   ', keywords).size).toBe(0);
  });
});

it('normalizeText folds case and punctuation but keeps letters with accents', () => {
  expect(normalizeText('Ärger — "Geen" tijd!')).toBe(' ärger geen tijd ');
});
