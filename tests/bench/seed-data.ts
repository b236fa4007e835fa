import { createBackup, serializeBackup, type TableRecords } from '@/utils/backup/format';
import { formatHlc } from '@/utils/clock/hlc';
import { statementIds } from '@/utils/content/types';
import type { NoteRecord, PersonRecord, RatingRecord, SessionRecord } from '@/utils/db/records';

/** A small seeded generator, so every bench run imports the same data. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The one real drop in the seeded team: this person answered this statement with 6 for years, then
 * 4, then 2 (every other answer is drawn at random); the team view must list it first.
 */
export const plantedDrop = { personIndex: 7, personName: 'Person 8', statementId: 'lq-satisfied', usual: 6, lastAnswers: [4, 2] } as const;

const words = ['onboarding', 'roadmap', 'feedback', 'hiring', 'budget', 'mentoring', 'release', 'customer', 'quality', 'deadline', 'training', 'promotion', 'workload', 'holiday', 'conference'];

/** 12 people × 250 sessions, each with 9 ratings and two notes: the dashboard's heavy case. */
export function seededBackupText(people = 12, sessionsPerPerson = 250, seed = 7): string {
  const random = prng(seed);
  const day = 86_400_000;
  const start = Date.UTC(2024, 0, 1, 9);
  let counter = 0;
  const stamp = (wallMs: number) => formatHlc({ wallMs, counter: counter++ % 99_999, deviceId: 'bench' });
  const base = (id: string, at: number) => ({ id, createdAt: at, updatedAt: stamp(at), deletedAt: null });
  const tables: TableRecords = {
    people: [], templates: [], sessions: [], notes: [], ratings: [], objectives: [], keyResults: [], risks: [], statements: [], statementSets: [], actionItems: [], questions: [], settings: [], conflicts: [],
  };
  for (let p = 0; p < people; p += 1) {
    const personId = `person-${p}`;
    const person: PersonRecord = { ...base(personId, start), name: `Person ${p + 1}`, role: 'Engineer', notes: '', meetingKeys: [`meet:aaa-bbbb-c${String.fromCharCode(97 + (p % 26))}${String.fromCharCode(97 + ((p * 7) % 26))}`] };
    tables.people.push(person);
    for (let s = 0; s < sessionsPerPerson; s += 1) {
      const at = start + s * 3 * day + p * 60_000;
      const sessionId = `session-${p}-${s}`;
      const session: SessionRecord = {
        ...base(sessionId, at),
        personId,
        templateId: 'okr-goal-setting',
        language: 'en',
        meeting: { site: 'meet', code: 'aaa-bbbb-ccc', title: `1:1 ${person.name}` },
        meetingKey: person.meetingKeys[0]!,
        day: new Date(at).toISOString().slice(0, 10),
        startedAt: at,
        endedAt: at + 40 * 60_000,
        clock: { index: 4, sectionStartedAt: at, pausedAt: at + 40 * 60_000, callStartedAt: at, pausedMs: 0 },
        takeaway: '',
      };
      tables.sessions.push(session);
      for (const sectionId of ['start', 'brainstorm']) {
        const text = Array.from({ length: 30 }, () => words[Math.floor(random() * words.length)]).join(' ');
        const note: NoteRecord = { ...base(`${sessionId}/${sectionId}`, at), sessionId, sectionId, text, private: false, questionIds: [] };
        tables.notes.push(note);
      }
      for (const statementId of statementIds) {
        // Drawn for every rating, the planted one too, so the other answers stay what they were.
        const drawn = 1 + Math.floor(random() * 7);
        const planted = p === plantedDrop.personIndex && statementId === plantedDrop.statementId;
        const rating: RatingRecord = {
          ...base(`${sessionId}/s:${statementId}`, at),
          sessionId,
          personId,
          scale: 'agreement-7',
          statementId,
          objectiveId: null,
          value: planted ? (plantedDrop.lastAnswers[s - (sessionsPerPerson - plantedDrop.lastAnswers.length)] ?? plantedDrop.usual) : drawn,
          comment: '',
        };
        tables.ratings.push(rating);
      }
    }
  }
  return serializeBackup(createBackup(tables, start, 4));
}
