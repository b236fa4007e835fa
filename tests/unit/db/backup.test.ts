import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupTables, createBackup, serializeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { BackupRepository } from '@/utils/db/backup';
import { CoachingRepository } from '@/utils/db/coaching';
import { openDatabase, schemaVersion, type CoachbarDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import { SessionRepository } from '@/utils/db/sessions';
import { RecordWriter } from '@/utils/db/writer';
import { sampleTables } from '../backup/fixtures';

const opened: CoachbarDatabase[] = [];
function device(now: () => number) {
  const db = openDatabase({}, `backup-${crypto.randomUUID()}`);
  opened.push(db);
  const writer = new RecordWriter(db, now);
  return { db, sessions: new SessionRepository(db, writer, now), notes: new NoteRepository(db, writer), coaching: new CoachingRepository(db, writer), backup: new BackupRepository(db, writer, now) };
}

let time: number;
const now = () => time;

beforeEach(() => {
  time = new Date(2026, 10, 20, 9).getTime();
});

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('backup and restore', () => {
  it('restores a backup into an empty browser, searchable, and a second restore changes nothing', async () => {
    const laptop = device(now);
    const session = await laptop.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, '1:1 <b>Sam</b>', 'en');
    await laptop.notes.saveText(session.id, 'start', 'Onboarding plan agreed');
    await laptop.coaching.people.save('sam', {}, () => ({ name: 'Sam', role: '', notes: '', meetingKeys: [] }));
    const text = await laptop.backup.export();

    const desktop = device(now);
    const preview = await desktop.backup.preview(text);
    expect(preview).toMatchObject({ ok: true, summary: { sessions: { new: 1 }, notes: { new: 1 }, people: { new: 1 } } });
    await desktop.backup.apply(text);
    expect((await desktop.notes.search('onboard')).map((note) => note.text)).toEqual(['Onboarding plan agreed']);
    expect((await desktop.sessions.get(session.id))?.meeting.title).toBe('1:1 <b>Sam</b>');
    const again = await desktop.backup.apply(text);
    expect(again).toMatchObject({ ok: true, totals: { new: 0, updated: 0 } });
  });

  it('keeps the newer side of each record, and a losing local note as a conflict copy', async () => {
    const laptop = device(now);
    const session = await laptop.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, '', 'en');
    await laptop.notes.saveText(session.id, 'start', 'first');
    const desktop = device(now);
    await desktop.backup.apply(await laptop.backup.export());
    time += 1000;
    await desktop.notes.saveText(session.id, 'start', 'desktop edit');
    time += 1000;
    await laptop.notes.saveText(session.id, 'start', 'laptop edit, later');

    const result = await desktop.backup.apply(await laptop.backup.export());
    expect(result).toMatchObject({ ok: true, totals: { conflicts: 1 } });
    // The note shows the newer text; the lost one waits under it, as a sync conflict does.
    expect((await desktop.notes.forSession(session.id)).map((note) => note.text)).toEqual(['laptop edit, later']);
    expect((await desktop.db.conflicts.toArray()).map(({ recordId, field, text }) => ({ recordId, field, text }))).toEqual([{ recordId: `${session.id}/start`, field: 'text', text: 'desktop edit' }]);
  });

  it('refuses a restore that deletes many records unless the user said yes, and changes nothing then', async () => {
    const laptop = device(now);
    for (let index = 0; index < 12; index += 1) await laptop.coaching.people.save(`p${index}`, {}, () => ({ name: `Person ${index}`, role: '', notes: '', meetingKeys: [] }));
    const desktop = device(now);
    await desktop.backup.apply(await laptop.backup.export());
    time += 1000;
    for (let index = 0; index < 12; index += 1) await laptop.coaching.people.remove(`p${index}`);
    const tombstones = await laptop.backup.export();
    const before = await desktop.backup.export();
    const outboxBefore = await desktop.db.outbox.toArray();

    expect(await desktop.backup.preview(tombstones)).toMatchObject({ ok: true, totals: { deleted: 12 }, live: { people: 12 } });
    await expect(desktop.backup.apply(tombstones)).rejects.toThrow(/deletes 12 records/);
    expect(await desktop.backup.export()).toBe(before);
    expect(await desktop.db.outbox.toArray()).toEqual(outboxBefore);

    expect(await desktop.backup.apply(tombstones, { allowDeletes: true })).toMatchObject({ ok: true, totals: { deleted: 12 } });
    expect(await desktop.coaching.people.all()).toEqual([]);
  });

  it.each([
    { name: 'garbage', text: '\u0000\u0001binary' },
    { name: 'truncated', text: '{"format":"coachbar-backup","formatVersion":1,"records":{"sess' },
    { name: 'future version', text: JSON.stringify({ format: 'coachbar-backup', formatVersion: 99, exportedAt: 0, schemaVersion: 9, records: {} }) },
  ])('refuses $name and leaves the database unchanged', async ({ text }) => {
    const laptop = device(now);
    await laptop.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, 'kept', 'en');
    const before = await laptop.backup.export();
    const result = await laptop.backup.apply(text);
    expect(result.ok).toBe(false);
    expect(await laptop.backup.export()).toBe(before);
  });
});

describe('export', () => {
  it('reads every table whole into parts that make the same file as serializing everything at once', async () => {
    const laptop = device(now);
    const tables = sampleTables();
    // Many ratings, stored in an order unlike their ids'.
    const ratings = Array.from({ length: 12_345 }, (_, index) => ({ ...tables.ratings[0]!, id: `r-${(index * 7919) % 12_345}`, value: 1 + (index % 7) }));
    await laptop.db.transaction('rw', backupTables, async () => {
      for (const table of backupTables) await laptop.db.table(table).bulkPut(table === 'ratings' ? ratings : tables[table]);
    });
    const tableTexts: string[] = [];
    const parts = await laptop.backup.exportParts((tableText) => {
      tableTexts.push(tableText);
      return { tableText };
    });
    const text = await laptop.backup.export();

    expect(tableTexts).toHaveLength(backupTables.length);
    expect(parts.map((part) => (typeof part === 'string' ? part : part.tableText)).join('')).toBe(text);
    expect(text).toBe(serializeBackup(createBackup({ ...tables, ratings }, time, schemaVersion)));
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.records.ratings.map((rating) => rating.id)).toEqual(ratings.map((rating) => rating.id).sort());
  });
});
