import { describe, expect, it } from 'vitest';
import { safeFileName, summaryFileName, employeeCopy, type SessionSummary } from '@/utils/export/summary';
import { fixtureSummary, hostileName } from './fixtures';

const withName = (name: string | null, overrides: Partial<SessionSummary> = {}): SessionSummary => ({
  ...fixtureSummary('en'),
  person: name === null ? null : { name, role: '' },
  timeZone: 'Europe/Amsterdam',
  ...overrides,
});

// eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
const WINDOWS_ILLEGAL = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function expectPortable(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(120);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(240);
  expect(name).not.toMatch(WINDOWS_ILLEGAL);
  expect(name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(name).not.toMatch(/^[ .]|[ .]$/);
  expect(name).not.toMatch(RESERVED);
  expect(name.split('.')[0]).not.toMatch(RESERVED);
  expect(Array.from(name).every((ch) => ch.codePointAt(0)! < 0xd800 || ch.codePointAt(0)! > 0xdfff)).toBe(true);
}

describe('summaryFileName', () => {
  it.each<[string, string | null, string, string]>([
    ['a plain name', 'Alex de Vries', 'md', '2026-11-26 1-1 Alex de Vries.md'],
    ['a reserved device name', 'CON', 'md', '2026-11-26 1-1 CON.md'],
    ['path and wildcard characters', 'a/b\\c:d*?', 'docx', '2026-11-26 1-1 a b c d.docx'],
    ['the hostile name', hostileName, 'html', '2026-11-26 1-1 script alert(1) script Sam [x](javascript alert(1)).html'],
    ['only dots', '....', 'json', '2026-11-26 1-1.json'],
    ['an empty name', '', 'md', '2026-11-26 1-1 Weekly 1-1 Sam & me.md'],
    ['emoji', 'Zoë 👩🏽‍💻 Müller', 'md', '2026-11-26 1-1 Zoë 👩🏽‍💻 Müller.md'],
    ['control and bidi characters', 'Eve\u0000\u0007\u202egpj.exe', 'md', '2026-11-26 1-1 Evegpj.exe.md'],
    ['trailing dots and spaces', 'Sam. . ', 'md', '2026-11-26 1-1 Sam.md'],
    ['line breaks', 'Sam\r\nSmith', 'md', '2026-11-26 1-1 Sam Smith.md'],
  ])('handles %s', (_, name, extension, expected) => {
    const fileName = summaryFileName(withName(name), extension);
    expect(fileName).toBe(expected);
    expectPortable(fileName);
  });

  it('falls back to the meeting title, then to the date alone', () => {
    expect(summaryFileName(withName(null), 'md')).toBe('2026-11-26 1-1 Weekly 1-1 Sam & me.md');
    expect(summaryFileName(withName(null, { meetingTitle: '' }), 'md')).toBe('2026-11-26 1-1.md');
    expect(summaryFileName(withName(null, { meetingTitle: '' , language: 'de' }), 'md')).toBe('2026-11-26 1-1.md');
  });

  it('uses the day in the summary time zone', () => {
    const late = withName('Sam', { startedAt: Date.UTC(2026, 10, 26, 23, 30) });
    expect(summaryFileName(late, 'md')).toBe('2026-11-27 1-1 Sam.md');
    expect(summaryFileName({ ...late, timeZone: 'America/New_York' }, 'md')).toBe('2026-11-26 1-1 Sam.md');
  });

  it('caps long names at 120 characters and keeps the extension', () => {
    const fileName = summaryFileName(withName('x'.repeat(300)), 'docx');
    expect(fileName).toHaveLength(120);
    expect(fileName.endsWith('x.docx')).toBe(true);
    expectPortable(fileName);
  });

  it('never splits an emoji and stays within 240 UTF-8 bytes', () => {
    const fileName = summaryFileName(withName('👩🏽‍💻'.repeat(100)), 'md');
    expectPortable(fileName);
    expect(fileName.endsWith('👩🏽‍💻.md')).toBe(true);
  });

  it('marks the employee copy, also when the name is cut', () => {
    expect(summaryFileName(employeeCopy(withName('Sam')), 'pdf')).toBe('2026-11-26 1-1 Sam (employee copy).pdf');
    expect(summaryFileName(employeeCopy({ ...withName('Sam'), language: 'nl' }), 'md')).toBe('2026-11-26 1-1 Sam (kopie medewerker).md');
    const long = summaryFileName(employeeCopy(withName('y'.repeat(300))), 'docx');
    expect(long.endsWith('y (employee copy).docx')).toBe(true);
    expectPortable(long);
  });
});

describe('safeFileName', () => {
  it.each<[string, string, string]>([
    ['CON', 'txt', '_CON.txt'],
    ['con', '', '_con'],
    ['LPT1', 'md', '_LPT1.md'],
    ['com9.tar', 'gz', '_com9.tar.gz'],
    ['CONSOLE', 'md', 'CONSOLE.md'],
    ['', 'md', 'coachbar.md'],
    ['...', 'md', 'coachbar.md'],
    ['  .hidden', 'md', 'hidden.md'],
    ['a/b\\c:d*?', '.docx', 'a b c d.docx'],
    ['<>:"/\\|?*', 'md', 'coachbar.md'],
    ['name', '../../evil', 'name.evil'],
  ])('%j + %j → %j', (stem, extension, expected) => {
    const fileName = safeFileName(stem, extension);
    expect(fileName).toBe(expected);
    expectPortable(fileName);
  });

  it('caps at 120 characters', () => {
    const fileName = safeFileName('z'.repeat(300), 'md');
    expect(fileName).toBe(`${'z'.repeat(117)}.md`);
  });
});
