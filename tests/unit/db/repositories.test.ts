import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import { SessionRepository } from '@/utils/db/sessions';
import { SettingsRepository, defaultSettings } from '@/utils/db/settings';
import { RecordNotFoundError, RecordWriter } from '@/utils/db/writer';
import { compareHlc, parseHlc } from '@/utils/clock/hlc';
import { checkIncomingRecord } from '@/utils/backup/schema';

const meet = { site: 'meet' as const, code: 'abc-defg-hij' };
const morning = new Date(2026, 10, 26, 9, 0).getTime();
const minute = 60_000;

let db: CoachbarDatabase;
let now: number;
let writer: RecordWriter;
let sessions: SessionRepository;
let notes: NoteRepository;

beforeEach(() => {
  db = openDatabase({}, `test-${crypto.randomUUID()}`);
  now = morning;
  writer = new RecordWriter(db, () => now);
  sessions = new SessionRepository(db, writer, () => now);
  notes = new NoteRepository(db, writer);
});

afterEach(async () => {
  await db.delete();
});

describe('RecordWriter', () => {
  it('stamps each write with a strictly increasing clock from one device, even within the same millisecond', async () => {
    const a = await writer.upsert('settings', 'app', {}, () => defaultSettings);
    const b = await writer.upsert('settings', 'app', { autoAdvance: true });
    expect(compareHlc(b.updatedAt, a.updatedAt)).toBeGreaterThan(0);
    expect(parseHlc(a.updatedAt).deviceId).toBe(parseHlc(b.updatedAt).deviceId);
    expect(b.createdAt).toBe(a.createdAt);
  });

  it('refuses to patch a record that does not exist', async () => {
    await expect(writer.upsert('notes', 'missing', { text: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('keeps a tombstone on remove, and recreates from init afterwards', async () => {
    await notes.saveText('s1', 'start', 'first');
    await writer.remove('notes', 's1/start');
    const tombstone = await db.notes.get('s1/start');
    expect(tombstone?.deletedAt).toBe(tombstone?.updatedAt);
    expect(await notes.forSession('s1')).toEqual([]);
    await notes.saveText('s1', 'start', 'again');
    expect((await notes.forSession('s1')).map((n) => n.text)).toEqual(['again']);
  });
});

describe('RecordWriter.upsertMany', () => {
  const rating = (sessionId: string, statementId: string) => ({ sessionId, personId: 'p1', value: 4, comment: '', scale: 'agreement-7' as const, statementId, objectiveId: null });

  it('applies every edit in one transaction, each with its own clock, outbox entry and base, in one write', async () => {
    const before = await Promise.all(['a', 'b'].map((statementId) => writer.upsert('ratings', `s1/s:${statementId}`, {}, () => rating('s1', statementId))));
    await db.outbox.clear();
    const rowWrites = vi.spyOn(db.ratings, 'bulkPut');
    const moved = await writer.upsertMany('ratings', before.map((record) => ({ id: record.id, patch: { personId: 'p2' } })));
    expect(rowWrites).toHaveBeenCalledTimes(1);
    expect(compareHlc(moved[1]!.updatedAt, moved[0]!.updatedAt)).toBeGreaterThan(0);
    expect(compareHlc(moved[0]!.updatedAt, before[1]!.updatedAt)).toBeGreaterThan(0);
    moved.forEach((record, index) => {
      expect(record).toMatchObject({ personId: 'p2', fieldClocks: { personId: record.updatedAt }, baseClocks: { personId: before[index]!.updatedAt } });
    });
    expect(await db.outbox.toArray()).toEqual(moved.map((record) => ({ key: `ratings/${record.id}`, table: 'ratings', id: record.id, fields: ['personId'], stamp: record.updatedAt })));
    expect((await db.meta.get('clock'))?.value).toBe(moved[1]!.updatedAt);
    expect((await db.ratings.where('personId').equals('p2').primaryKeys()).sort()).toEqual(['s1/s:a', 's1/s:b']);
  });

  it('lets a later edit of the same record build on an earlier one', async () => {
    const [first, second] = await writer.upsertMany('notes', [
      { id: 's1/start', patch: { text: 'Draft' }, init: () => ({ sessionId: 's1', sectionId: 'start', text: '', private: false, questionIds: [] }) },
      { id: 's1/start', patch: { private: true } },
    ]);
    expect(first).toMatchObject({ text: 'Draft', private: false });
    expect(second).toMatchObject({ text: 'Draft', private: true, createdAt: first!.createdAt });
    expect(await db.notes.get('s1/start')).toEqual(second);
    expect((await db.outbox.get('notes/s1/start'))?.fields).toEqual(expect.arrayContaining(['text', 'private']));
  });

  it('writes nothing when one record to patch is missing', async () => {
    await writer.upsert('ratings', 's1/s:a', {}, () => rating('s1', 'a'));
    const clock = (await db.meta.get('clock'))?.value;
    await expect(writer.upsertMany('ratings', [{ id: 's1/s:a', patch: { value: 7 } }, { id: 's1/s:missing', patch: { value: 7 } }])).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await writer.upsertMany('ratings', [])).length).toBe(0);
    expect((await db.ratings.get('s1/s:a'))?.value).toBe(4);
    expect((await db.meta.get('clock'))?.value).toBe(clock);
  });
});

describe('SessionRepository', () => {
  it('continues the same session when the same meeting is opened again the same day', async () => {
    const first = await sessions.openForMeeting(meet, '1:1 Alex', 'en');
    now += 30 * minute;
    const again = await sessions.openForMeeting(meet, '1:1 Alex', 'en');
    expect(again.id).toBe(first.id);
    expect(again.startedAt).toBe(morning);
  });

  it('starts a new session for the same meeting on a new day', async () => {
    const first = await sessions.openForMeeting(meet, '', 'en');
    now += 24 * 60 * minute;
    const nextDay = await sessions.openForMeeting(meet, '', 'en');
    expect(nextDay.id).not.toBe(first.id);
    expect(nextDay.day).not.toBe(first.day);
  });

  it('keeps different meetings apart on the same day', async () => {
    const a = await sessions.openForMeeting(meet, '', 'en');
    const b = await sessions.openForMeeting({ site: 'zoom', code: '123456789' }, '', 'en');
    expect(a.id).not.toBe(b.id);
  });

  it('freezes the section clock while the call is left and resumes it on return', async () => {
    const session = await sessions.openForMeeting(meet, '', 'en');
    now += 2 * minute;
    await sessions.pause(session.id);
    now += 60 * minute;
    const resumed = await sessions.openForMeeting(meet, '', 'en');
    expect(resumed.clock.pausedAt).toBeNull();
    // 2 minutes ran before the break; the hour away does not count.
    expect(now - resumed.clock.sectionStartedAt).toBe(2 * minute);
  });

  it('moves to a section and keeps the language the session started in', async () => {
    const session = await sessions.openForMeeting(meet, '', 'de');
    now += minute;
    const moved = await sessions.moveToSection(session.id, 2, false);
    expect(moved.clock.index).toBe(2);
    expect(moved.clock.sectionStartedAt).toBe(now);
    expect((await sessions.openForMeeting(meet, '', 'en')).language).toBe('de');
  });

  it('lists sessions newest first with their number of non-empty notes', async () => {
    const older = await sessions.openForMeeting(meet, 'Older', 'en');
    now += minute;
    const newer = await sessions.openForMeeting({ site: 'zoom', code: '987654321' }, 'Newer', 'en');
    await notes.saveText(older.id, 'start', 'hello');
    await notes.saveText(older.id, 'wrap-up', '   ');
    const list = await sessions.list();
    expect(list.map((s) => [s.id, s.noteCount])).toEqual([
      [newer.id, 0],
      [older.id, 1],
    ]);
  });
});

describe('NoteRepository', () => {
  it('keeps one note per section and updates it in place', async () => {
    await notes.saveText('s1', 'start', 'a');
    await notes.saveText('s1', 'start', 'ab');
    await notes.saveText('s1', 'brainstorm', 'idea');
    const saved = await notes.forSession('s1');
    expect(saved.map((n) => [n.sectionId, n.text]).sort()).toEqual([
      ['brainstorm', 'idea'],
      ['start', 'ab'],
    ]);
  });
});

describe('NoteRepository.search', () => {
  it('finds notes with every term, each note on its own, never across the notes of one session', async () => {
    await notes.saveText('s1', 'start', 'Budget review for the quarter');
    await notes.saveText('s1', 'brainstorm', 'Roadmap plans');
    await notes.saveText('s2', 'start', 'Budget and roadmap together');
    expect((await notes.search('budget')).map((note) => note.id)).toEqual(['s1/start', 's2/start']);
    expect((await notes.search('road')).map((note) => note.id)).toEqual(['s1/brainstorm', 's2/start']);
    expect((await notes.search('budget roadmap')).map((note) => note.id)).toEqual(['s2/start']);
    expect(await notes.search('  ')).toEqual([]);
  });

  it('follows edits and deletes, and stops at the limit', async () => {
    await notes.saveText('s1', 'start', 'alpha');
    await notes.saveText('s1', 'start', 'beta');
    expect(await notes.search('alpha')).toEqual([]);
    expect((await notes.search('beta')).map((note) => note.text)).toEqual(['beta']);
    await writer.remove('notes', 's1/start');
    expect(await notes.search('beta')).toEqual([]);

    for (let index = 0; index < 5; index += 1) await notes.saveText(`w${index}`, 'start', `weekly sync ${index}`);
    expect((await notes.search('weekly', 3)).map((note) => note.id)).toEqual(['w0/start', 'w1/start', 'w2/start']);
  });
});

describe('SettingsRepository', () => {
  it('answers defaults before anything is saved, then the saved values', async () => {
    const settings = new SettingsRepository(db, writer);
    expect(await settings.get()).toEqual(defaultSettings);
    await settings.update({ autoAdvance: true });
    expect(await settings.get()).toEqual({ ...defaultSettings, autoAdvance: true });
  });

  it.each([
    { asked: 45, kept: 50 },
    { asked: 72.4, kept: 72 },
    { asked: 200, kept: 90 },
    { asked: Number.NaN, kept: 60 },
  ])('keeps a listening threshold of $asked as $kept, which the backup and sync schema accept', async ({ asked, kept }) => {
    const settings = new SettingsRepository(db, writer);
    expect((await settings.update({ listeningThreshold: asked })).listeningThreshold).toBe(kept);
    const stored = await db.settings.get('app');
    expect(checkIncomingRecord('settings', stored).ok).toBe(true);
  });
});
