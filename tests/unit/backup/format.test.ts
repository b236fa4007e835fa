import { describe, expect, it } from 'vitest';
import { backupFileParts, backupFormat, backupFormatVersion, backupTables, createBackup, fileTables, serializeBackup, serializeTable } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { schemas } from '@/utils/backup/schema';
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
    expect(schemas().backupSchema.safeParse(JSON.parse(serializeBackup(backup))).success).toBe(true);
  });
});

describe('serializeTable / backupFileParts', () => {
  const tableTexts = (build: (table: (typeof fileTables)[number]) => string) =>
    Object.fromEntries(fileTables.map((table) => [table, build(table)])) as Record<(typeof fileTables)[number], string>;

  it('makes parts in file order that join into the file serializeBackup writes', () => {
    const tables = sampleTables();
    tables.notes = [note('a'), note('b', { questionIds: [] }), note('c')];
    const backup = createBackup(tables, 1_765_000_100_000, 4);
    // Each table's text wrapped, as the background wraps it in a Blob: the parts keep it whole, in place.
    const parts = backupFileParts(backup.exportedAt, backup.schemaVersion, Object.fromEntries(fileTables.map((table) => [table, { text: serializeTable(backup.records[table]) }])) as Record<(typeof fileTables)[number], { text: string }>);
    const text = parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
    expect(parts.filter((part) => typeof part !== 'string')).toHaveLength(fileTables.length);
    expect(text).toBe(serializeBackup(backup));
    expect(parseBackup(text)).toEqual({ ok: true, backup });
  });

  it('lists tables by name, and is compact JSON with sorted keys', () => {
    const text = backupFileParts(1_765_000_100_000, 4, tableTexts((table) => serializeTable(table === 'notes' ? [{ text: 'x', id: 'n1', words: ['x'] }] : []))).join('');
    expect(fileTables).toEqual([...backupTables].sort());
    expect(text.startsWith('{"exportedAt":1765000100000,"format":"coachbar-backup","formatVersion":1,"records":{"actionItems":[],')).toBe(true);
    expect(text).toContain('"notes":[{"id":"n1","text":"x","words":["x"]}]');
    expect(text.endsWith('"templates":[]},"schemaVersion":4}')).toBe(true);
    expect(text).not.toMatch(/\n| /);
    expect(Object.keys((JSON.parse(text) as { records: object }).records)).toEqual(fileTables);
  });

  it('sorts keys at every level, whatever order each record has them in', () => {
    expect(serializeTable([{ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } }, { a: 2 }])).toBe('[{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1},{"a":2}]');
    expect(serializeTable([])).toBe('[]');
  });

  it.each([
    ['keys in order', [{ a: 1, b: { c: [{ d: 1, e: 2 }] } }]],
    ['one record out of order', [{ a: 1, b: 2 }, { b: 1, a: 2 }]],
    ['a nested object out of order', [{ a: 1, b: { d: 1, c: 2 } }]],
    ['an object inside an array out of order', [{ a: [{ y: 1, x: 2 }] }]],
    ['integer-like keys, which JavaScript lists first', [{ 10: 'a', 9: 'b', a: 1 }]],
    ['values JSON turns into strings or drops', [{ a: new Date(0), b: undefined, c: null }]],
  ])('writes the same text whether the keys came sorted or not: %s', (_case, records) => {
    const reference = (rows: readonly object[]) => {
      const keys = new Set<string>();
      const collect = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            keys.add(key);
            collect(inner);
          }
        }
      };
      collect(rows);
      return JSON.stringify(rows, [...keys].sort());
    };
    expect(serializeTable(records)).toBe(reference(records));
  });

  it('never writes a key named like the object prototype', () => {
    const record = JSON.parse('{"id":"n1","__proto__":{"polluted":true},"text":"x"}') as object;
    const text = serializeTable([record]);
    expect(text).toBe('[{"id":"n1","text":"x"}]');
    expect(text).not.toContain('polluted');
  });
});
