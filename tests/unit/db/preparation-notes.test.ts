import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '@/utils/agenda/templates';
import { contentPacks } from '@/utils/content/packs';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import { SessionRepository } from '@/utils/db/sessions';
import { RecordWriter } from '@/utils/db/writer';
import { buildSessionSummary } from '@/utils/export/from-records';
import { employeeCopy } from '@/utils/export/summary';

const meet = { site: 'meet' as const, code: 'abc-defg-hij' };

let db: CoachbarDatabase;
let sessions: SessionRepository;
let notes: NoteRepository;

beforeEach(() => {
  db = openDatabase({}, `test-${crypto.randomUUID()}`);
  const writer = new RecordWriter(db, () => Date.now());
  sessions = new SessionRepository(db, writer);
  notes = new NoteRepository(db, writer);
});

afterEach(async () => {
  await db.delete();
});

async function salaryTalk() {
  const opened = await sessions.openForMeeting(meet, 'Pay review', 'en');
  return sessions.setTemplate(opened.id, 'salary');
}

describe('the salary talk’s preparation', () => {
  it.each([
    { name: 'a note in the preparation starts private', sectionId: 'prepare', private: true },
    { name: 'a note in the talk itself does not', sectionId: 'purpose', private: false },
  ])('$name', async ({ sectionId, private: expected }) => {
    const session = await salaryTalk();
    expect((await notes.saveText(session.id, sectionId, 'Band 4, last raise 2025')).private).toBe(expected);
  });

  it('is private only by default: the manager can share it, and it stays as they set it', async () => {
    const session = await salaryTalk();
    await notes.saveText(session.id, 'prepare', 'Band 4');
    await notes.setPrivate(session.id, 'prepare', false);
    expect((await notes.saveText(session.id, 'prepare', 'Band 4, room for 3%')).private).toBe(false);
  });

  it('starts no note private in a template without a preparation', async () => {
    const opened = await sessions.openForMeeting(meet, 'Weekly', 'en');
    expect((await notes.saveText(opened.id, 'start', 'Fine week')).private).toBe(false);
  });

  it('stays out of the employee copy of the summary, while the manager’s copy keeps it', async () => {
    const session = await salaryTalk();
    await notes.saveText(session.id, 'prepare', 'Band 4, room for 3%');
    await notes.saveText(session.id, 'contribution', 'Led the migration');
    const summary = buildSessionSummary({
      session: (await sessions.get(session.id))!,
      person: null,
      template: builtInTemplates(contentPacks.en).find((template) => template.id === 'salary'),
      notes: await notes.forSession(session.id),
      questionText: () => undefined,
      statementText: () => undefined,
      ratings: [],
      objectives: [],
      actionItems: [],
      timeZone: 'UTC',
    });
    const text = (copy: typeof summary) => copy.sections.map((section) => section.notes).join('\n');
    expect(text(summary)).toContain('room for 3%');
    expect(text(employeeCopy(summary))).not.toContain('room for 3%');
    expect(text(employeeCopy(summary))).toContain('Led the migration');
  });
});
