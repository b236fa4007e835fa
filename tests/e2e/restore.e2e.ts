import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup, type TableRecords } from '@/utils/backup/format';
import { formatHlc } from '@/utils/clock/hlc';
import type { NoteRecord, PersonRecord, SessionRecord } from '@/utils/db/records';
import { restoreThroughDashboard } from './pages/dashboard';
import { launchChromium } from './support/chromium';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

/** Chrome's cap on one extension message: the file must be larger to show it never travels in one. */
const extensionMessageCap = 64 * 1024 * 1024;
const sessionCount = 3000;
const marker = 'restoremarker';

/**
 * A valid backup larger than one extension message: one person, `sessionCount` sessions, two long
 * notes each (words with multi-byte letters, so characters straddle the upload's chunk edges), and
 * `marker` in the last note only.
 */
function largeBackupText(): string {
  const words = ['Zoë', 'Müller', 'façade', 'onboarding', 'roadmap', 'feedback', 'hiring', 'budget', 'mentoring', 'release'];
  const start = Date.UTC(2024, 0, 1, 9);
  const day = 86_400_000;
  let counter = 0;
  const base = (id: string, at: number) => ({ id, createdAt: at, updatedAt: formatHlc({ wallMs: at, counter: counter++ % 99_999, deviceId: 'elsewhere' }), deletedAt: null });
  const tables: TableRecords = {
    people: [], templates: [], sessions: [], notes: [], ratings: [], objectives: [], keyResults: [], risks: [], statements: [], statementSets: [], actionItems: [], questions: [], settings: [], conflicts: [],
  };
  const person: PersonRecord = { ...base('person-1', start), name: 'Robin Large', role: 'Engineer', notes: '', meetingKeys: ['meet:aaa-bbbb-ccc'] };
  tables.people.push(person);
  const longText = (seed: number) => Array.from({ length: 1800 }, (_, index) => words[(seed + index * 7) % words.length]).join(' ');
  for (let s = 0; s < sessionCount; s += 1) {
    const at = start + Math.floor(s / 4) * day + (s % 4) * 3_600_000;
    const sessionId = `session-${s}`;
    const session: SessionRecord = {
      ...base(sessionId, at),
      personId: person.id,
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
    for (const [index, sectionId] of ['start', 'brainstorm'].entries()) {
      const last = s === sessionCount - 1 && index === 1;
      const note: NoteRecord = { ...base(`${sessionId}/${sectionId}`, at), sessionId, sectionId, text: `${longText(s + index)}${last ? ` ${marker}` : ''}`, private: false, questionIds: [] };
      tables.notes.push(note);
    }
  }
  return serializeBackup(createBackup(tables, start + sessionCount * day, 1));
}

describe('restore', () => {
  it('restores a backup larger than one extension message through the dashboard, with its preview in words', async () => {
    const backupText = largeBackupText();
    expect(Buffer.byteLength(backupText)).toBeGreaterThan(extensionMessageCap);

    const browser = suite.track(await launchChromium());
    const dashboard = await browser.context.newPage();
    await restoreThroughDashboard(dashboard, browser.extensionId, backupText, '3,000 sessions, 1 person, 6,000 notes: all new');

    await dashboard.getByRole('tab', { name: 'People' }).click();
    await dashboard.getByText('Robin Large').first().waitFor();
    await dashboard.getByRole('tab', { name: 'Sessions' }).click();
    await dashboard.getByRole('searchbox', { name: 'Search notes' }).fill(marker);
    await expect.poll(() => dashboard.getByText(marker).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }, 360_000);
});
