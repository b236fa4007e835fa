import { describe, expect, it } from 'vitest';
import { rankSuggestions, type RankingContext, type Suggestion } from '@/utils/questions/ranker';
import { builtInSuggestions } from '@/utils/questions/bank';
import { contentPacks } from '@/utils/content/packs';
import { templateStructures } from '@/utils/content/structure';
import { situations, type NoteSignals, type SignalPatterns, type Situation } from '@/utils/content/types';

const signals: NoteSignals = {
  negations: ['not'],
  situations: {
    ...(Object.fromEntries(situations.map((situation) => [situation, { match: [] }])) as unknown as Record<Situation, SignalPatterns>),
    impossible: { match: ['impossible', 'onmogelijk', 'unmöglich', 'no way'] },
    blamesOthers: { match: ['their fault'] },
  },
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
  signals,
  aboutOkrs: true,
  askedThisSession: new Set(),
  askedBefore: new Map(),
  pinned: new Set(),
  history: { missedGoals: false, unmeasuredObjectives: false, goalsSet: false },
};

const ids = (context: Partial<RankingContext>) => rankSuggestions(bank, { ...base, ...context }).map((r) => r.id);

describe('rankSuggestions', () => {
  it.each<{ name: string; context: Partial<RankingContext>; expected: string[] }>([
    { name: 'nothing speaks for any: no filler', context: {}, expected: [] },
    { name: 'current section lifts what fits it, and only that', context: { role: 'closing' }, expected: ['takeaway'] },
    { name: 'a tapped chip lifts what serves it', context: { chips: ['quiet'] }, expected: ['offer-help'] },
    { name: 'English notes saying impossible', context: { notes: 'She thinks the target is impossible.' }, expected: ['alternative-view', 'control'] },
    { name: 'Dutch notes: onmogelijk, with the section, equal scores in bank order', context: { notes: 'Dit lijkt onmogelijk', role: 'support' }, expected: ['alternative-view', 'control', 'offer-help'] },
    { name: 'German notes with umlaut', context: { notes: 'Das ist UNMÖGLICH!', chips: ['blamesOthers'] }, expected: ['control', 'alternative-view'] },
    { name: 'a phrase across punctuation', context: { notes: 'No  way,\nhe said' }, expected: ['alternative-view', 'control'] },
    { name: 'a word inside another word does not count', context: { notes: 'impossibleness' }, expected: [] },
    { name: 'asked this session is not repeated', context: { role: 'goals', askedThisSession: new Set(['alternative-view']) }, expected: [] },
    { name: 'asked this session but pinned stays, on top', context: { askedThisSession: new Set(['takeaway']), pinned: new Set(['takeaway']) }, expected: ['takeaway'] },
    { name: 'asked in the last session sinks', context: { notes: 'impossible', askedBefore: new Map([['alternative-view', 1]]) }, expected: ['control', 'alternative-view'] },
    { name: 'asked long ago no longer sinks', context: { notes: 'impossible', askedBefore: new Map([['alternative-view', 5]]) }, expected: ['alternative-view', 'control'] },
    { name: 'asked before, and nothing else speaks for it: not shown', context: { askedBefore: new Map([['alternative-view', 1]]) }, expected: [] },
    { name: 'missed goals let the minimum-goal tip appear in its own section', context: { role: 'measures', history: { missedGoals: true, unmeasuredObjectives: false, goalsSet: false } }, expected: ['minimum-goal'] },
    { name: 'a condition alone does not lift a tip into another section', context: { role: 'closing', history: { missedGoals: true, unmeasuredObjectives: false, goalsSet: true } }, expected: ['takeaway'] },
    { name: 'no OKR tips in a talk that is not about OKRs', context: { role: 'measures', aboutOkrs: false, history: { missedGoals: true, unmeasuredObjectives: true, goalsSet: true } }, expected: [] },
    { name: 'pre-mortem only once goals are set', context: { history: { missedGoals: false, unmeasuredObjectives: false, goalsSet: true }, role: 'support' }, expected: ['offer-help', 'pre-mortem'] },
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

describe('the built-in bank in every section of every built-in template', () => {
  const everything = { missedGoals: true, unmeasuredObjectives: true, goalsSet: true };
  const sections = templateStructures.flatMap((template) => template.sections.map((section) => ({ template: template.id, aboutOkrs: template.aboutOkrs === true, section })));

  it.each(sections)('$template › $section.id: no tip outranks the section’s own questions unless pinned', ({ aboutOkrs, section }) => {
    const ranked = rankSuggestions(builtInSuggestions, { ...base, signals: contentPacks.en.signals, aboutOkrs, role: section.role, history: everything });
    const kindOf = new Map(builtInSuggestions.map((suggestion) => [suggestion.id, suggestion]));
    const ownQuestions = ranked.filter(({ id }) => kindOf.get(id)!.kind === 'question' && kindOf.get(id)!.roles.includes(section.role));
    const firstTip = ranked.findIndex(({ id }) => kindOf.get(id)!.kind === 'tip');
    expect(ownQuestions.length).toBeGreaterThan(0);
    if (firstTip >= 0) expect(ranked.indexOf(ownQuestions.at(-1)!)).toBeLessThan(firstTip);
    expect(kindOf.get(ranked[0]!.id)!.roles).toContain(section.role);
  });

  it('keeps the takeaway question in the top three of a wrap-up, with every OKR condition true', () => {
    const ranked = rankSuggestions(builtInSuggestions, { ...base, signals: contentPacks.en.signals, role: 'closing', history: everything });
    expect(ranked.slice(0, 3).map(({ id }) => id)).toContain('takeaway');
  });

  it('offers an opening question at the start of a 1:1', () => {
    const [first] = rankSuggestions(builtInSuggestions, { ...base, signals: contentPacks.en.signals, role: 'opening', history: everything });
    expect(first!.id).toBe('their-topics');
  });

  it('offers the salary talk no OKR tip, however the OKRs stand', () => {
    const salary = templateStructures.find((template) => template.id === 'salary')!;
    const tips = new Set(builtInSuggestions.filter((suggestion) => suggestion.kind === 'tip').map((suggestion) => suggestion.id));
    for (const section of salary.sections) {
      const ranked = rankSuggestions(builtInSuggestions, { ...base, signals: contentPacks.en.signals, aboutOkrs: false, role: section.role, history: everything });
      expect(ranked.filter(({ id }) => tips.has(id))).toEqual([]);
    }
  });

  it.each(sections)('$template › $section.id: at least two questions, each with a reason, and never the reply "let me think it over" unasked', ({ aboutOkrs, section }) => {
    const ranked = rankSuggestions(builtInSuggestions, { ...base, signals: contentPacks.en.signals, aboutOkrs, role: section.role, history: everything });
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    for (const { reasons } of ranked) expect(reasons.some((reason) => reason.kind !== 'askedBefore')).toBe(true);
    expect(ranked.map(({ id }) => id)).not.toContain('think-and-return');
  });
});
