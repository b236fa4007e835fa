import { describe, expect, it } from 'vitest';
import { backupFormat, backupFormatVersion, backupTables, createBackup, serializeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { backupSchema } from '@/utils/backup/schema';
import { emptyTables, note, sampleTables } from './fixtures';

describe('createBackup / serializeBackup', () => {
  it('round-trips every table through parseBackup unchanged', () => {
    const tables = sampleTables();
    const backup = createBackup(tables, 1_765_000_100_000, 4);
    const result = parseBackup(serializeBackup(backup));
    expect(result).toEqual({ ok: true, backup });
    if (!result.ok) return;
    // Page-provided markup stays inert text, byte for byte.
    expect(result.backup.records.sessions.find((s) => s.id === 's1')?.meeting.title).toBe('Weekly 1:1 <script>alert(1)</script>');
    expect(result.backup.records.people[0]?.name).toBe('Ada <b>Lovelace</b>');
  });

  it('writes the format, version, time and schema version, and every table', () => {
    const backup = createBackup(emptyTables(), 1_765_000_100_000, 4);
    expect(backup).toMatchObject({ format: backupFormat, formatVersion: backupFormatVersion, exportedAt: 1_765_000_100_000, schemaVersion: 4 });
    expect(Object.keys(backup.records)).toEqual(backupTables);
    expect(backupFormat).toBe('coachbar-backup');
    expect(backupFormatVersion).toBe(1);
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
  });

  it('keeps tombstones, so a restore elsewhere learns of the delete', () => {
    const backup = createBackup(sampleTables(), 1, 4);
    expect(backup.records.sessions.some((s) => s.id === 's0' && s.deletedAt !== null)).toBe(true);
  });

  it('is stable: same data in another order and key order gives the same text', () => {
    const a = sampleTables();
    const b = sampleTables();
    b.notes.reverse();
    b.sessions.reverse();
    b.notes = b.notes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as typeof n);
    expect(serializeBackup(createBackup(b, 5, 4))).toBe(serializeBackup(createBackup(a, 5, 4)));
  });

  it('does not reorder the caller’s arrays', () => {
    const tables = emptyTables();
    tables.notes = [note('b'), note('a')];
    createBackup(tables, 1, 4);
    expect(tables.notes.map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('the whole-file schema accepts a serialized backup', () => {
    const backup = createBackup(sampleTables(), 1, 4);
    expect(backupSchema.safeParse(JSON.parse(serializeBackup(backup))).success).toBe(true);
  });
});
