import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '@/utils/backup/format';
import type { RecordTable } from '@/utils/db/records';
import { maxBackupSize, maxBackupDepth, parseBackup, type BackupProblem } from '@/utils/backup/parse';
import { note, sampleTables, session, stamp } from './fixtures';

const seeded = { seed: 20_260_611, numRuns: 200 };

/** Pretty-printed (Coachbar writes compact JSON; a reader takes either), so the cases below can break one line of it. */
const validText = () => JSON.stringify(JSON.parse(serializeBackup(createBackup(sampleTables(), 1_765_000_100_000, 4))), null, 2);
/** A valid backup as plain JSON, to break one thing in. */
type Json = Record<string, unknown> & { records: Record<RecordTable | 'futureTable', Record<string, unknown>[]> };
const validJson = () => JSON.parse(validText()) as Json;
const edit = (change: (json: ReturnType<typeof validJson>) => void): string => {
  const json = validJson();
  change(json);
  return JSON.stringify(json);
};
const withNote = (fields: Record<string, unknown>) => edit((json) => (json.records.notes = [{ ...note('n1'), ...fields }]));
const withRating = (fields: Record<string, unknown>) => edit((json) => (json.records.ratings[0] = { ...json.records.ratings[0], ...fields }));

const foreignPackageJson = JSON.stringify({ name: 'coachbar', version: '0.1.0', private: true, dependencies: { zod: '^4.6.7' } }, null, 2);

function binaryGarbage(): string {
  const bytes = new Uint8Array(4096);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >>> 16;
  }
  bytes[0] = 0x89; // PNG-like start
  return new TextDecoder().decode(bytes);
}

interface BadFile {
  name: string;
  text: () => string;
  expected: { kind: BackupProblem['kind'] } & Record<string, unknown>;
}

const badFiles: BadFile[] = [
  { name: 'empty file', text: () => '', expected: { kind: 'notJson', reason: 'empty' } },
  { name: 'only whitespace', text: () => ' \n\t ', expected: { kind: 'notJson', reason: 'empty' } },
  { name: '"null"', text: () => 'null', expected: { kind: 'notABackup', reason: 'notAnObject', found: 'null' } },
  { name: 'an array', text: () => `[${validText()}]`, expected: { kind: 'notABackup', reason: 'notAnObject', found: 'array' } },
  { name: 'a bare string', text: () => '"coachbar-backup"', expected: { kind: 'notABackup', reason: 'notAnObject', found: 'string' } },
  { name: 'a number', text: () => '42', expected: { kind: 'notABackup', reason: 'notAnObject', found: 'number' } },
  { name: 'foreign JSON (package.json)', text: () => foreignPackageJson, expected: { kind: 'notABackup', reason: 'noFormat' } },
  { name: 'wrong format name', text: () => edit((j) => (j.format = 'other-app-backup')), expected: { kind: 'notABackup', reason: 'wrongFormat', found: '"other-app-backup"' } },
  { name: 'format hidden behind __proto__', text: () => '{"__proto__":{"format":"coachbar-backup","formatVersion":1}}', expected: { kind: 'notABackup', reason: 'noFormat' } },
  { name: 'truncated backup', text: () => validText().slice(0, 700), expected: { kind: 'notJson', reason: 'truncated' } },
  { name: 'truncated inside a string', text: () => validText().split('Weekly 1:1')[0]! + 'Week', expected: { kind: 'notJson', reason: 'truncated' } },
  { name: 'trailing garbage', text: () => `${validText()} }`, expected: { kind: 'notJson', reason: 'syntax' } },
  { name: 'formatVersion 0', text: () => edit((j) => (j.formatVersion = 0)), expected: { kind: 'unsupportedVersion', found: '0', supported: 1 } },
  { name: 'formatVersion as text', text: () => edit((j) => (j.formatVersion = '1')), expected: { kind: 'unsupportedVersion', found: '"1"' } },
  { name: 'formatVersion 1.5', text: () => edit((j) => (j.formatVersion = 1.5)), expected: { kind: 'unsupportedVersion', found: '1.5' } },
  { name: 'no formatVersion', text: () => edit((j) => delete j.formatVersion), expected: { kind: 'unsupportedVersion', found: null } },
  { name: 'future formatVersion 2', text: () => edit((j) => (j.formatVersion = 2)), expected: { kind: 'futureVersion', found: 2, supported: 1 } },
  { name: 'future formatVersion 99', text: () => edit((j) => (j.formatVersion = 99)), expected: { kind: 'futureVersion', found: 99, supported: 1 } },
  { name: 'missing records table', text: () => edit((j) => delete (j.records as Partial<Json['records']>).sessions), expected: { kind: 'notABackup', reason: 'invalidField', path: 'records.sessions', field: { code: 'missing' } } },
  { name: 'records is a list', text: () => edit((j) => (j.records = [] as never)), expected: { kind: 'notABackup', reason: 'invalidField', path: 'records', field: { code: 'wrongType', expected: 'object' } } },
  { name: 'exportedAt as text', text: () => edit((j) => (j.exportedAt = 'yesterday')), expected: { kind: 'notABackup', reason: 'invalidField', path: 'exportedAt', field: { code: 'wrongType', expected: 'number' } } },
  {
    name: 'session with a 600-character title',
    text: () => edit((j) => (j.records.sessions = [{ ...session('s1') }, { ...session('s-long', { meeting: { site: 'zoom', code: '1', title: 't'.repeat(600) } }) }])),
    expected: { kind: 'invalidRecord', table: 'sessions', index: 1, id: 's-long', path: 'meeting.title', field: { code: 'tooLong', maximum: 500, unit: 'characters' } },
  },
  {
    name: 'a 50 MB string in a note',
    // Spliced into the text rather than stringified, to keep the test fast.
    text: () => validText().replace('"Wants more ownership of the release."', `"${'x'.repeat(50 * 1024 * 1024)}"`),
    expected: { kind: 'invalidRecord', table: 'notes', index: 0, id: 'n1', path: 'text', field: { code: 'tooLong', maximum: 200_000, unit: 'characters' } },
  },
  { name: 'more than 100 MB of text', text: () => ' '.repeat(maxBackupSize + 1), expected: { kind: 'tooLarge', size: maxBackupSize + 1, limit: maxBackupSize } },
  { name: 'nesting depth 10,000', text: () => '['.repeat(10_000) + ']'.repeat(10_000), expected: { kind: 'tooDeep', depth: maxBackupDepth + 1, limit: maxBackupDepth } },
  {
    name: 'deep nesting inside a record',
    text: () => validText().replace('"questionIds": [', `"questionIds": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "x": [`),
    expected: { kind: 'tooDeep', limit: maxBackupDepth },
  },
  { name: 'invalid HLC in updatedAt', text: () => withNote({ updatedAt: '2026-06-11T10:00:00Z' }), expected: { kind: 'invalidRecord', table: 'notes', path: 'updatedAt', field: { code: 'badFormat', format: 'clock' } } },
  { name: 'invalid HLC in deletedAt', text: () => withNote({ deletedAt: '17650000:1:dev' }), expected: { kind: 'invalidRecord', table: 'notes', path: 'deletedAt', field: { code: 'badFormat', format: 'clock' } } },
  { name: 'rating 9 on a 1–7 scale', text: () => withRating({ value: 9 }), expected: { kind: 'invalidRecord', table: 'ratings', index: 0, id: 'r1', path: 'value', field: { code: 'tooLarge', maximum: 7 } } },
  { name: 'rating 0', text: () => withRating({ value: 0 }), expected: { kind: 'invalidRecord', table: 'ratings', path: 'value', field: { code: 'tooSmall', minimum: 1 } } },
  { name: 'rating 3.5', text: () => withRating({ value: 3.5 }), expected: { kind: 'invalidRecord', table: 'ratings', path: 'value', field: { code: 'notInteger' } } },
  { name: 'unknown rating scale', text: () => withRating({ scale: 'stars-5' }), expected: { kind: 'invalidRecord', table: 'ratings', path: 'scale', field: { code: 'notAllowed', allowed: ['agreement-7', 'progress-10'] } } },
  { name: 'agreement rating with an objective', text: () => withRating({ objectiveId: 'o1' }), expected: { kind: 'invalidRecord', table: 'ratings', path: 'objectiveId', field: { code: 'wrongType', expected: 'null' } } },
  { name: 'unknown action owner', text: () => edit((j) => (j.records.actionItems[0]!.owner = 'boss')), expected: { kind: 'invalidRecord', table: 'actionItems', path: 'owner', field: { code: 'notAllowed', allowed: ['manager', 'report'] } } },
  { name: 'unknown situation', text: () => edit((j) => (j.records.questions[0]!.situations = ['stuck', 'bored'])), expected: { kind: 'invalidRecord', table: 'questions', path: 'situations[1]', field: { code: 'notAllowed' } } },
  { name: 'bad due day', text: () => edit((j) => (j.records.actionItems[0]!.due = '2026-13-01')), expected: { kind: 'invalidRecord', table: 'actionItems', path: 'due', field: { code: 'badFormat', format: 'day' } } },
  { name: 'empty id', text: () => withNote({ id: '' }), expected: { kind: 'invalidRecord', table: 'notes', id: null, path: 'id', field: { code: 'empty' } } },
  { name: 'id of 201 characters', text: () => withNote({ id: 'i'.repeat(201) }), expected: { kind: 'invalidRecord', table: 'notes', path: 'id', field: { code: 'tooLong', maximum: 200 } } },
  { name: 'missing field', text: () => edit((j) => delete j.records.sessions.find((record) => record.deletedAt === null)!.meetingKey), expected: { kind: 'invalidRecord', table: 'sessions', path: 'meetingKey', field: { code: 'missing' } } },
  { name: 'a record that is not an object', text: () => edit((j) => ((j.records.people as unknown[])[0] = 'Ada')), expected: { kind: 'invalidRecord', table: 'people', index: 0, id: null, path: '', field: { code: 'wrongType', expected: 'object' } } },
  { name: 'duplicate ids in one table', text: () => edit((j) => j.records.notes.push({ ...j.records.notes[0]! })), expected: { kind: 'duplicateId', table: 'notes', id: 'n1', firstIndex: 0, index: 2 } },
  { name: 'NaN as a number', text: () => validText().replace('"createdAt": 1765000000000', '"createdAt": NaN'), expected: { kind: 'notJson', reason: 'syntax' } },
  { name: 'Infinity as a number', text: () => validText().replace('"createdAt": 1765000000000', '"createdAt": Infinity'), expected: { kind: 'notJson', reason: 'syntax' } },
  { name: '1e999 overflows to Infinity', text: () => withNote({ createdAt: '__BIG__' }).replace('"__BIG__"', '1e999'), expected: { kind: 'invalidRecord', table: 'notes', path: 'createdAt', field: { code: 'notFinite' } } },
  { name: 'negative timestamp', text: () => withNote({ createdAt: -1 }), expected: { kind: 'invalidRecord', table: 'notes', path: 'createdAt', field: { code: 'tooSmall', minimum: 0 } } },
  {
    name: 'a conflict that would make a private note public',
    text: () => edit((j) => (j.records.conflicts[0]!.field = 'private')),
    expected: { kind: 'invalidRecord', table: 'conflicts', index: 0, path: 'field', field: { code: 'notAllowed', allowed: ['text'] } },
  },
  { name: 'a conflict that would move a note', text: () => edit((j) => (j.records.conflicts[0]!.field = 'sessionId')), expected: { kind: 'invalidRecord', table: 'conflicts', path: 'field' } },
  {
    name: 'a conflict that would set a session’s meeting to text',
    text: () => edit((j) => Object.assign(j.records.conflicts[0]!, { recordType: 'sessions', field: 'meeting' })),
    expected: { kind: 'invalidRecord', table: 'conflicts', path: 'field', field: { code: 'notAllowed', allowed: ['takeaway'] } },
  },
  { name: 'a conflict on a table without text', text: () => edit((j) => (j.records.conflicts[0]!.recordType = 'ratings')), expected: { kind: 'invalidRecord', table: 'conflicts', path: 'recordType', field: { code: 'notAllowed' } } },
  { name: 'a tombstone carrying a field of the wrong type', text: () => withNote({ deletedAt: stamp(1_765_000_000_005), private: 'yes' }), expected: { kind: 'invalidRecord', table: 'notes', path: 'private', field: { code: 'wrongType', expected: 'boolean' } } },
  { name: 'the poisoned clock stamp from the issue', text: () => withNote({ updatedAt: '9999999999999:99990:x' }), expected: { kind: 'clockAhead', table: 'notes', index: 0, id: 'n1', path: 'updatedAt', stamp: '9999999999999:99990:x', limitHours: 24 } },
  { name: 'binary garbage', text: binaryGarbage, expected: { kind: 'notJson', reason: 'binary' } },
  { name: 'NUL bytes', text: () => '\u0000\u0000\u0000', expected: { kind: 'notJson', reason: 'binary' } },
];

describe('parseBackup refuses bad files with the precise problem', () => {
  it.each(badFiles)('$name', ({ text, expected }) => {
    const result = parseBackup(text());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject(expected);
    // Problems carry no huge copies of the file.
    expect(JSON.stringify(result.problem).length).toBeLessThan(2_000);
  });

  it('has at least 15 bad files', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(15);
  });

  it('gives the syntax error position as line and column', () => {
    const result = parseBackup('{\n  "format": "coachbar-backup",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.kind !== 'notJson') throw new Error('expected notJson');
    expect(result.problem.reason).toBe('syntax');
    expect(result.problem.message).not.toBe('');
    if (result.problem.line !== null) expect(result.problem.line).toBe(3);
  });

  it('counts every bad record, and reports the first', () => {
    const text = edit((j) => {
      j.records.notes = [{ ...note('a'), private: 'yes' }, note('b'), { ...note('c'), text: 5 }] as never;
      j.records.ratings[1]!.value = 11;
    });
    const result = parseBackup(text);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidRecord', table: 'notes', index: 0, id: 'a', path: 'private', invalidCount: 3 } });
  });
});

describe('parseBackup refuses clock stamps more than 24 h ahead of this device', () => {
  const now = 1_765_000_000_000;
  const day = 24 * 3_600_000;
  const ahead = stamp(now + day + 1, 'dev-b');

  it.each([
    { name: 'updatedAt', change: (j: Json) => (j.records.notes[1]!.updatedAt = ahead), expected: { table: 'notes', index: 1, id: 'n2', path: 'updatedAt' } },
    { name: 'deletedAt', change: (j: Json) => (j.records.sessions.find((s) => s.id === 's0')!.deletedAt = ahead), expected: { table: 'sessions', id: 's0', path: 'deletedAt' } },
    { name: 'a field clock', change: (j: Json) => (j.records.people[0]!.fieldClocks = { name: stamp(now), notes: ahead }), expected: { table: 'people', id: 'p1', path: 'fieldClocks.notes' } },
    { name: 'a base clock', change: (j: Json) => (j.records.ratings[0]!.baseClocks = { value: ahead }), expected: { table: 'ratings', id: 'r1', path: 'baseClocks.value' } },
    { name: 'a conflict’s clock', change: (j: Json) => (j.records.conflicts[0]!.hlc = ahead), expected: { table: 'conflicts', path: 'hlc' } },
  ])('in $name', ({ change, expected }) => {
    const result = parseBackup(edit(change), now);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'clockAhead', stamp: ahead, limitHours: 24, ...expected } });
  });

  it('takes stamps up to 24 h ahead: a device whose clock runs a little fast', () => {
    const text = edit((j) => {
      j.records.notes[0]!.updatedAt = stamp(now + day, 'dev-b', 99_999);
      j.records.notes[0]!.fieldClocks = { text: stamp(now + day, 'dev-b', 99_999) };
    });
    expect(parseBackup(text, now).ok).toBe(true);
  });

  it('judges by the device’s clock: the same file restores once that time has come', () => {
    const text = edit((j) => (j.records.notes[0]!.updatedAt = ahead));
    expect(parseBackup(text, now).ok).toBe(false);
    expect(parseBackup(text, now + 2).ok).toBe(true);
  });
});

describe('parseBackup accepts what it should', () => {
  it('a progress rating of 9 is fine on the 1–10 scale', () => {
    expect(parseBackup(edit((j) => (j.records.ratings[1]!.value = 9))).ok).toBe(true);
  });

  it('takes a deleted record without its other fields as the tombstone sync leaves, keeping only its clocks', () => {
    const result = parseBackup(
      edit((j) => {
        const deleted = j.records.sessions.find((record) => record.deletedAt !== null)!;
        j.records.sessions = [...j.records.sessions.filter((record) => record !== deleted), { id: deleted.id, createdAt: 0, updatedAt: deleted.updatedAt, deletedAt: deleted.deletedAt, fieldClocks: {}, title: 'not a session field' }];
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tombstone = result.backup.records.sessions.find((record) => record.deletedAt !== null);
    expect(Object.keys(tombstone ?? {}).sort()).toEqual(['createdAt', 'deletedAt', 'fieldClocks', 'id', 'updatedAt']);
  });

  it('strips unknown fields, tables and top-level keys', () => {
    const result = parseBackup(
      edit((j) => {
        j.comment = 'hello';
        j.records.futureTable = [{ id: 'z' }];
        j.records.notes[0]!.mood = 'happy';
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).not.toHaveProperty('comment');
    expect(result.backup.records).not.toHaveProperty('futureTable');
    expect(result.backup.records.notes[0]).not.toHaveProperty('mood');
  });

  it('prototype-pollution keys in records are dropped and pollute nothing', () => {
    const text = validText().replace('"id": "n1",', '"__proto__": {"polluted": true, "isAdmin": true}, "constructor": {"prototype": {"polluted": true}}, "id": "n1",');
    expect(text).toContain('__proto__');
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = result.backup.records.notes.find((n) => n.id === 'n1')!;
    expect(Object.keys(parsed)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect((parsed as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('records with the id "__proto__" are ordinary data', () => {
    const result = parseBackup(withNote({ id: '__proto__' }));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.backup.records.notes[0]?.id).toBe('__proto__');
  });

  it('scripts in names and titles are accepted as text, never run', () => {
    const payload = '<script>globalThis.__hacked = true</script><img src=x onerror="globalThis.__hacked = true">';
    const result = parseBackup(edit((j) => ((j.records.people[0]!.name = payload), ((j.records.sessions[1]!.meeting as { title: string }).title = payload))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.records.people[0]?.name).toBe(payload);
    expect((globalThis as Record<string, unknown>).__hacked).toBeUndefined();
  });

  it('a byte-order mark before the JSON is fine', () => {
    expect(parseBackup(`\ufeff${validText()}`).ok).toBe(true);
  });

  it('nesting up to the limit is not refused for depth', () => {
    const result = parseBackup('['.repeat(maxBackupDepth) + ']'.repeat(maxBackupDepth));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'notABackup', reason: 'notAnObject' } });
  });

  it('brackets inside strings, with escaped quotes, do not count as nesting', () => {
    const text = withNote({ text: `${'['.repeat(1_000)} \\" \\\\" ${'{'.repeat(1_000)}` });
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('parseBackup never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseBackup(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      seeded,
    );
  });

  it('on random bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(() => parseBackup(new TextDecoder().decode(bytes))).not.toThrow();
      }),
      seeded,
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(parseBackup(JSON.stringify(value) ?? '').ok).toBe(false);
      }),
      seeded,
    );
  });

  it('on every truncation of a valid backup, which is always refused', () => {
    const text = validText();
    const end = text.trimEnd().length;
    for (let length = 0; length < end; length += 7) {
      const result = parseBackup(text.slice(0, length));
      expect(result.ok).toBe(false);
    }
  });

  it('on single-character corruptions of a valid backup', () => {
    const text = validText();
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), (at, c) => {
        expect(() => parseBackup(text.slice(0, at) + c + text.slice(at + 1))).not.toThrow();
      }),
      seeded,
    );
  });

  it('on values inside a backup replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom('people', 'sessions', 'notes', 'ratings', 'templates', 'settings'), fc.jsonValue({ maxDepth: 4 }), (table, value) => {
        const text = edit((j) => (j.records[table] = [value] as never));
        expect(() => parseBackup(text)).not.toThrow();
      }),
      seeded,
    );
  });

  it('on non-string input from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) expect(parseBackup(value as unknown as string).ok).toBe(false);
  });
});
