import { expect, it } from 'vitest';
import { builtInTemplates } from '@/utils/agenda/templates';
import { contentPacks } from '@/utils/content/packs';
import type { ObjectiveView } from '@/utils/db/coaching';
import type { ActionItemRecord, NoteRecord, RatingRecord, SessionRecord } from '@/utils/db/records';
import { buildSessionSummary } from '@/utils/export/from-records';
import { employeeCopy } from '@/utils/export/summary';
import { toMarkdown } from '@/utils/export/markdown';

const base = { createdAt: 1, updatedAt: '0000000000001:00000:d', deletedAt: null };
const session: SessionRecord = {
  ...base,
  id: 's1',
  personId: 'p1',
  templateId: 'okr-goal-setting',
  language: 'nl',
  meeting: { site: 'meet', code: 'abc-defg-hij', title: '1:1 Sam' },
  meetingKey: 'meet:abc-defg-hij',
  day: '2026-11-26',
  startedAt: Date.UTC(2026, 10, 26, 9),
  endedAt: null,
  clock: { index: 0, sectionStartedAt: 0, pausedAt: null, callStartedAt: 0, pausedMs: 0 },
  takeaway: 'Meer eigenaarschap',
};
/** A summary of the session with only what the case gives: no questions, statements, ratings, objectives or actions, in UTC. */
const summaryWithout = (input: Pick<Parameters<typeof buildSessionSummary>[0], 'session' | 'person' | 'template' | 'notes'>) =>
  buildSessionSummary({ ...input, questionText: () => undefined, statementText: () => undefined, ratings: [], objectives: [], actionItems: [], timeZone: 'UTC' });
const note = (sectionId: string, text: string, extra: Partial<NoteRecord> = {}): NoteRecord => ({ ...base, id: `s1/${sectionId}`, sessionId: 's1', sectionId, text, private: false, questionIds: [], ...extra });
const objective: ObjectiveView = { ...base, id: 'o1', personId: 'p1', period: '2026-Q4', text: 'Snellere onboarding', confidence: 7, successStory: '', personalBenefit: '', keyResults: [{ ...base, id: 'k1', objectiveId: 'o1', text: 'Eerste PR binnen 5 dagen', ambitiousTarget: '5 dagen', minimumFloor: '10 dagen' }], risks: [], progress: { value: 3, at: 0 } };
const ratings: RatingRecord[] = [
  { ...base, id: 'r1', sessionId: 's1', personId: 'p1', scale: 'agreement-7', statementId: 'lq-satisfied', objectiveId: null, value: 6, comment: 'Goede steun' },
  { ...base, id: 'r2', sessionId: 's1', personId: 'p1', scale: 'progress-10', statementId: null, objectiveId: 'o1', value: 4, comment: '' },
];
const items: ActionItemRecord[] = [{ ...base, id: 'a1', sessionId: 's1', personId: 'p1', text: 'Gids schrijven', owner: 'report', due: '2026-12-01', doneAt: null }];

it('resolves a session to text in its own language, with asked questions, ratings, OKRs and actions', () => {
  const pack = contentPacks.nl;
  const summary = buildSessionSummary({
    session,
    person: { ...base, id: 'p1', name: 'Sam', role: 'Designer', notes: '', meetingKeys: [] },
    template: builtInTemplates(pack)[0],
    notes: [note('start', 'Goede energie', { questionIds: ['control'] }), note('wrap-up', 'Alleen voor mij', { private: true })],
    questionText: (id) => (id === 'control' ? pack.questions.control : undefined),
    statementText: (id) => pack.statements[id as keyof typeof pack.statements],
    ratings,
    objectives: [objective],
    actionItems: items,
    timeZone: 'Europe/Amsterdam',
  });
  expect(summary).toMatchObject({ language: 'nl', templateName: 'OKR-doelen stellen (1:1)', person: { name: 'Sam' }, takeaway: 'Meer eigenaarschap' });
  expect(summary.sections.map((s) => s.title)).toEqual(['Start', 'Doelen brainstormen', 'Key results bepalen', 'Ondersteuning & middelen', 'Afronding']);
  expect(summary.sections[0]).toMatchObject({ notes: 'Goede energie', questionsAsked: [pack.questions.control] });
  expect(summary.ratings.map((r) => [r.statement, r.value])).toEqual([
    [pack.statements['lq-satisfied'], 6],
    ['Snellere onboarding', 4],
  ]);
  expect(summary.okrs).toEqual([{ objective: 'Snellere onboarding', progress: 4, keyResults: [{ text: 'Eerste PR binnen 5 dagen', target: '5 dagen', floor: '10 dagen' }] }]);
  expect(summary.actionItems).toEqual([{ text: 'Gids schrijven', owner: 'report', due: '2026-12-01', done: false }]);
  expect(employeeCopy(summary).sections[4]!.notes).toBe('');
});

it.each<{ name: string; listening: SessionRecord['listening']; expected: { manager: number; other: number } | null }>([
  { name: 'not measured', listening: undefined, expected: null },
  { name: 'measured, the manager’s speaker known: words over every section', listening: { speakers: [{ name: 'You', sections: { start: 30, 'wrap-up': 10 } }, { name: 'Sam', sections: { start: 60 } }], managerSpeaker: 'You', managerConfirmed: false }, expected: { manager: 40, other: 60 } },
  { name: 'measured, but which speaker is the manager is not known: no guess', listening: { speakers: [{ name: 'Alex', sections: { start: 30 } }, { name: 'Sam', sections: { start: 60 } }], managerSpeaker: null, managerConfirmed: false }, expected: null },
  { name: 'captions on, nobody spoke', listening: { speakers: [], managerSpeaker: 'You', managerConfirmed: false }, expected: null },
])('the share of the talking: $name', ({ listening, expected }) => {
  const summary = summaryWithout({
    session: { ...session, ...(listening ? { listening } : {}) },
    person: null,
    template: undefined,
    notes: [],
  });
  expect(summary.listening).toEqual(expected);
});

it('leaves the salary talk’s preparation out of the employee copy entirely, heading and all, and keeps it in the manager’s summary', () => {
  const salary = builtInTemplates(contentPacks.en).find((template) => template.id === 'salary')!;
  const summary = summaryWithout({
    session: { ...session, templateId: 'salary', language: 'en' },
    person: null,
    template: salary,
    notes: [note('prepare', 'Budget is 3%', { private: true }), note('purpose', 'Wants to talk about pay')],
  });
  const preparationTitle = salary.sections[0]!.title;
  expect(summary.sections.map((section) => section.title)).toContain(preparationTitle);
  const copy = employeeCopy(summary);
  expect(copy.sections.map((section) => section.title)).toEqual(salary.sections.slice(1).map((section) => section.title));
  expect(toMarkdown(copy)).not.toContain(preparationTitle);
  expect(toMarkdown(copy)).toContain('Wants to talk about pay');
});
