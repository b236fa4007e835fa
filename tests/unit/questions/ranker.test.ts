import { describe, expect, it } from 'vitest';
import { rankSuggestions, type RankingContext, type Reason, type Suggestion } from '@/utils/questions/ranker';
import { builtInSuggestions } from '@/utils/questions/bank';
import { listeningQuestionIds } from '@/utils/questions/listening';
import { contentPacks } from '@/utils/content/packs';
import { templateStructures, type SectionStructure } from '@/utils/content/structure';
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
  { id: 'tell-me-more', kind: 'question', situations: ['unclearProblem'], roles: ['explore'] },
  { id: 'minimum-goal', kind: 'tip', situations: ['tooAmbitious'], roles: ['measures'], condition: 'missedGoals' },
  { id: 'pre-mortem', kind: 'tip', situations: ['impossible'], roles: ['support'], condition: 'goalsSet' },
];

const base: RankingContext = {
  role: null,
  sectionQuestions: [],
  chips: [],
  notes: '',
  signals,
  aboutOkrs: true,
  askedThisSession: new Set(),
  askedBefore: new Map(),
  pinned: new Set(),
  history: { missedGoals: false, unmeasuredObjectives: false, goalsSet: false },
};

const nudge = { share: 68, minutes: 4 };

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
    { name: 'a section’s own questions come first, in its order, and fitting its role alone is then filler', context: { role: 'closing', sectionQuestions: ['offer-help', 'control'] }, expected: ['offer-help', 'control'] },
    { name: 'notes still bring a generic question into a section with its own', context: { role: 'explore', sectionQuestions: ['offer-help'], notes: 'impossible' }, expected: ['alternative-view', 'offer-help', 'control'] },
    { name: 'a chip still lifts an own question above the rest', context: { sectionQuestions: ['takeaway', 'offer-help'], chips: ['quiet'] }, expected: ['offer-help', 'takeaway'] },
    { name: 'the listening nudge brings the listening questions, the open one first, and nothing else', context: { listening: nudge }, expected: ['tell-me-more', 'alternative-view'] },
    { name: 'the listening nudge lifts them above a chip and the section', context: { listening: nudge, role: 'support', chips: ['stuck'] }, expected: ['tell-me-more', 'alternative-view', 'offer-help'] },
    { name: 'the listening nudge lifts them above the section’s own questions', context: { listening: nudge, role: 'closing', sectionQuestions: ['takeaway'] }, expected: ['tell-me-more', 'alternative-view', 'takeaway'] },
    { name: 'a listening question asked this session is not repeated for the nudge', context: { listening: nudge, askedThisSession: new Set(['tell-me-more']) }, expected: ['alternative-view'] },
    { name: 'no nudge, no listening lift', context: { listening: null, role: 'explore' }, expected: ['alternative-view', 'tell-me-more'] },
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

  it('says how long and how much the manager has talked when the nudge lifts a question', () => {
    const [, second] = rankSuggestions(bank, { ...base, listening: nudge, role: 'explore' });
    expect(second).toEqual({ id: 'alternative-view', score: 11, reasons: [{ kind: 'listening', share: 68, minutes: 4 }, { kind: 'section', role: 'explore' }] });
  });

  it('is deterministic for the same inputs', () => {
    const context = { ...base, role: 'support' as const, chips: ['stuck' as const], notes: 'no way' };
    expect(rankSuggestions(bank, context)).toEqual(rankSuggestions(bank, context));
  });
});

describe('the built-in bank in every section of every built-in template', () => {
  const everything = { missedGoals: true, unmeasuredObjectives: true, goalsSet: true };
  const sections = templateStructures.flatMap((template) => template.sections.map((section) => ({ template: template.id, aboutOkrs: template.aboutOkrs === true, section })));

  const rank = (aboutOkrs: boolean, section: SectionStructure, context: Partial<RankingContext> = {}) =>
    rankSuggestions(builtInSuggestions, { ...base, signals: contentPacks.en.signals, aboutOkrs, role: section.role, sectionQuestions: section.questions ?? [], history: everything, ...context });
  const fits = (section: SectionStructure) => (reasons: readonly Reason[]) => reasons.some((reason) => reason.kind === 'writtenFor' || (reason.kind === 'section' && reason.role === section.role));

  it.each(sections)('$template › $section.id: at minute 0 the top three fit the section, its own questions first, and no tip outranks them unless pinned', ({ aboutOkrs, section }) => {
    const ranked = rank(aboutOkrs, section);
    const kindOf = new Map(builtInSuggestions.map((suggestion) => [suggestion.id, suggestion.kind]));
    for (const { reasons } of ranked.slice(0, 3)) expect(fits(section)(reasons)).toBe(true);
    if (section.questions) expect(ranked.slice(0, 3).map(({ id }) => id)).toEqual(section.questions.slice(0, 3));
    const lastQuestion = ranked.findLastIndex(({ id }) => kindOf.get(id) === 'question');
    const firstTip = ranked.findIndex(({ id }) => kindOf.get(id) === 'tip');
    if (firstTip >= 0) expect(lastQuestion).toBeLessThan(firstTip);
    const tip = builtInSuggestions.find((suggestion) => suggestion.kind === 'tip' && suggestion.roles.includes(section.role) && (aboutOkrs || !suggestion.condition));
    if (tip && aboutOkrs) expect(rank(aboutOkrs, section, { pinned: new Set([tip.id]) })[0]!.id).toBe(tip.id);
  });

  it.each(sections.filter(({ section }) => !section.beforeTheTalk))('$template › $section.id: with the listening nudge the top three hand the conversation back, each saying why', ({ aboutOkrs, section }) => {
    const top = rank(aboutOkrs, section, { listening: nudge }).slice(0, 3);
    for (const { id, reasons } of top) {
      expect(listeningQuestionIds.has(id)).toBe(true);
      expect(reasons[0]).toEqual({ kind: 'listening', ...nudge });
    }
  });

  it.each(sections.filter(({ section }) => !section.beforeTheTalk))('$template › $section.id: with the nudge “Tell me more. What else?” and “What do you think yourself?” come first, then the problem-shaped ones', ({ aboutOkrs, section }) => {
    expect(rank(aboutOkrs, section, { listening: nudge, chips: ['stuck'] }).slice(0, 2).map(({ id }) => id)).toEqual(['tell-me-more', 'what-do-you-think']);
  });

  it.each(sections.filter(({ section }) => !section.beforeTheTalk))('$template › $section.id: “What do you think yourself?” comes with the listening nudge and only then', ({ aboutOkrs, section }) => {
    expect(rank(aboutOkrs, section, { listening: nudge }).map(({ id }) => id)).toContain('what-do-you-think');
    expect(rank(aboutOkrs, section, {}).map(({ id }) => id)).not.toContain('what-do-you-think');
  });

  const writtenFor = templateStructures.filter((template) =>
    ['salary', 'first-one-on-one', 'stay-interview', 'feedback-360', 'wellbeing-return', 'skip-level', 'colleague-conflict'].includes(template.id),
  );
  it.each(writtenFor.flatMap((template) => template.sections.filter((section) => !section.beforeTheTalk).map((section) => ({ template: template.id, section }))))(
    '$template › $section.id: at least three fitting suggestions at minute 0',
    ({ section }) => {
      expect(rank(false, section).filter(({ reasons }) => fits(section)(reasons)).length).toBeGreaterThanOrEqual(3);
    },
  );

  it.each([
    ['contribution', 'salary-contribution-criteria'],
    ['market-criteria', 'salary-beyond-pay'],
    ['market-criteria', 'salary-expectation'],
    ['decision-path', 'salary-decision-clear'],
  ])('salary › %s asks %s, and no goal question', (sectionId, expected) => {
    const section = templateStructures.find((template) => template.id === 'salary')!.sections.find((candidate) => candidate.id === sectionId)!;
    const shown = rank(false, section).slice(0, 5).map(({ id }) => id);
    expect(shown).toContain(expected);
    for (const goalQuestion of ['plan-b', 'what-would-it-look-like', 'willingness', 'urgency']) expect(shown).not.toContain(goalQuestion);
  });

  it('asks for feedback both ways in the weekly’s feedback step: SBI with “how does this land”, and what I could do differently', () => {
    const section = templateStructures.find((template) => template.id === 'weekly')!.sections.find((candidate) => candidate.id === 'growth')!;
    const top = rank(false, section).slice(0, 3).map(({ id }) => id);
    expect(top).toEqual(['sbi-feedback', 'upward-feedback', 'feedback-not-right']);
    expect(contentPacks.en.questions['sbi-feedback']).toMatch(/How does this land/);
    expect(contentPacks.en.questions['upward-feedback']).toMatch(/What is one thing I could do differently/);
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
