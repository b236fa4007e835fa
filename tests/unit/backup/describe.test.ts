import { describe, expect, it } from 'vitest';
import { describeBackupProblem, parseBackup, type BackupLanguage, type BackupProblem } from '@/utils/backup/parse';

const languages: BackupLanguage[] = ['en', 'nl', 'de'];

/** One problem of every kind (and every reason), as parseBackup returns them. */
const problems: BackupProblem[] = [
  { kind: 'tooLarge', size: 120 * 1024 * 1024, limit: 100 * 1024 * 1024 },
  { kind: 'notJson', reason: 'empty', message: 'empty', position: null, line: null, column: null },
  { kind: 'notJson', reason: 'binary', message: 'x', position: 0, line: 1, column: 1 },
  { kind: 'notJson', reason: 'truncated', message: 'Unexpected end of JSON input', position: null, line: null, column: null },
  { kind: 'notJson', reason: 'syntax', message: 'Unexpected token', position: 12, line: 3, column: 4 },
  { kind: 'tooDeep', depth: 65, limit: 64 },
  { kind: 'notABackup', reason: 'notAnObject', found: 'array' },
  { kind: 'notABackup', reason: 'noFormat' },
  { kind: 'notABackup', reason: 'wrongFormat', found: '"other"' },
  { kind: 'notABackup', reason: 'invalidField', path: 'records.sessions', field: { code: 'missing' }, message: 'Invalid input' },
  { kind: 'futureVersion', found: 3, supported: 1 },
  { kind: 'unsupportedVersion', found: '0', supported: 1 },
  { kind: 'unsupportedVersion', found: null, supported: 1 },
  { kind: 'invalidRecord', table: 'sessions', index: 11, id: 'abc', path: 'meeting.title', field: { code: 'tooLong', maximum: 500, unit: 'characters' }, message: 'Too big', invalidCount: 1 },
  { kind: 'duplicateId', table: 'notes', id: 'n1', index: 4, firstIndex: 1 },
  { kind: 'clockAhead', table: 'notes', index: 2, id: 'n3', path: 'fieldClocks.text', stamp: '9999999999999:99990:x', limitHours: 24 },
];

const kinds: BackupProblem['kind'][] = ['tooLarge', 'notJson', 'tooDeep', 'notABackup', 'futureVersion', 'unsupportedVersion', 'invalidRecord', 'duplicateId', 'clockAhead'];

describe('describeBackupProblem', () => {
  it('covers every kind', () => {
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(kinds));
  });

  it.each(problems.map((problem) => ({ name: `${problem.kind}${'reason' in problem ? `/${problem.reason}` : ''}`, problem })))(
    'gives distinct, non-empty text in every language: $name',
    ({ problem }) => {
      const texts = languages.map((language) => describeBackupProblem(problem, language));
      for (const text of texts) expect(text.trim().length).toBeGreaterThan(20);
      expect(new Set(texts).size).toBe(languages.length);
    },
  );

  it.each(languages)('gives a different text for every problem in %s', (language) => {
    const texts = problems.map((problem) => describeBackupProblem(problem, language));
    expect(new Set(texts).size).toBe(problems.length);
  });

  it('says what is wrong, with the details a person needs', () => {
    expect(describeBackupProblem({ kind: 'futureVersion', found: 3, supported: 1 }, 'en')).toBe(
      'This file is a Coachbar backup from a newer version (format 3). Update Coachbar, then try again. Your data was not changed.',
    );
    expect(describeBackupProblem(problems[13]!, 'en')).toBe('Record 12 in “sessions” (id abc) is not valid: meeting.title is longer than 500 characters. Your data was not changed.');
    expect(describeBackupProblem(problems[13]!, 'nl')).toContain('meeting.title is langer dan 500 tekens');
    expect(describeBackupProblem(problems[13]!, 'de')).toContain('meeting.title ist länger als 500 Zeichen');
    expect(describeBackupProblem(problems[14]!, 'en')).toContain('n1');
    expect(describeBackupProblem(problems[4]!, 'en')).toContain('line 3, column 4');
    expect(describeBackupProblem(problems[0]!, 'de')).toContain('120 MB');
    expect(describeBackupProblem(problems[15]!, 'en')).toBe(
      'Record 3 in “notes” (id n3) has a clock stamp more than 24 hours ahead of this device’s clock (9999999999999:99990:x in fieldClocks.text). Coachbar does not restore it: your later changes on this device would then count as older. Check the date and time on this device and on the one that made the backup. Your data was not changed.',
    );
    expect(describeBackupProblem(problems[15]!, 'nl')).toContain('meer dan 24 uur voorloopt');
    expect(describeBackupProblem(problems[15]!, 'de')).toContain('um mehr als 24 Stunden voraus');
  });

  it('describes real parse results, with hostile values neutralised and shortened', () => {
    const hostileId = `<script>\u202Eevil\n${'x'.repeat(5_000)}`;
    const text = JSON.stringify({ format: 'coachbar-backup', formatVersion: 1, exportedAt: 1, schemaVersion: 4, records: { people: [{ id: hostileId }] } });
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const language of languages) {
      const message = describeBackupProblem(result.problem, language);
      expect(message.length).toBeLessThan(400);
      expect(message).not.toMatch(/[\u202E\n]/);
    }
  });

  // The dashboard offers a "Sicherung" / "back-up" to download and restore; its messages must not
  // call the same file by another name. The format's own name, coachbar-backup, is a literal.
  it.each([
    { language: 'de' as const, word: /Sicherung/, otherWord: /backup/i },
    { language: 'nl' as const, word: /back-up/, otherWord: /backup/i },
  ])('calls the file what the dashboard calls it in $language', ({ language, word, otherWord }) => {
    for (const problem of problems) {
      const message = describeBackupProblem(problem, language).replace(/[„‘]coachbar-backup[“’]/g, '');
      expect(message).not.toMatch(otherWord);
    }
    expect(describeBackupProblem(problems[10]!, language)).toMatch(word);
  });

  it('mentions how many records have problems when there are more', () => {
    const message = describeBackupProblem({ ...(problems[13] as Extract<BackupProblem, { kind: 'invalidRecord' }>), invalidCount: 4 }, 'en');
    expect(message).toContain('4 records');
  });
});
