import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { checkIncomingRecord } from '@/utils/backup/schema';
import type { RecordTable } from '@/utils/db/records';
import { emptyTables, note, sampleTables, session, stamp } from './fixtures';

const created = 1_765_000_000_000;
const base = (id: string) => ({ id, createdAt: created, updatedAt: stamp(created), deletedAt: null });

/**
 * Every table's records in the oldest shape a Coachbar version wrote them (the table's first
 * schema, before fields were added), with the defaults today's schema fills in. A field added
 * later without a default makes its table fail here.
 */
const oldShapes: { table: RecordTable; record: Record<string, unknown>; filled: Record<string, unknown> }[] = [
  { table: 'people', record: { ...base('p1'), name: 'Ada', role: '', notes: '', meetingKeys: [] }, filled: {} },
  {
    table: 'templates',
    record: { ...base('t1'), name: 'Weekly', language: 'en', sections: [{ id: 'start', title: 'Start', minutes: 5, prompts: [] }] },
    filled: { position: 0, sections: [{ id: 'start', title: 'Start', minutes: 5, prompts: [], role: 'explore' }] },
  },
  {
    table: 'sessions',
    record: {
      ...base('s1'),
      personId: null,
      templateId: 't1',
      language: 'en',
      meeting: { site: 'meet', code: 'abc', title: '' },
      meetingKey: 'meet:abc',
      day: '2026-01-05',
      startedAt: created - 60_000,
      endedAt: null,
      clock: { index: 0, sectionStartedAt: created, pausedAt: null },
    },
    // Like migration 2: the call started with the session.
    filled: { takeaway: '', clock: { index: 0, sectionStartedAt: created, pausedAt: null, callStartedAt: created - 60_000, pausedMs: 0 } },
  },
  { table: 'notes', record: { ...base('n1'), sessionId: 's1', sectionId: 'start', text: 'hello', private: false }, filled: { questionIds: [] } },
  {
    table: 'ratings',
    record: { ...base('r1'), sessionId: 's1', personId: null, statementId: 'clear-goals', scale: 'agreement-7', value: 5, comment: '' },
    filled: { objectiveId: null },
  },
  // v1 objectives and key results had a `progress`, dropped since: unknown now, so stripped on restore.
  { table: 'objectives', record: { ...base('o1'), personId: 'p1', period: '2026-Q1', text: 'Ship', progress: null, confidence: null }, filled: { successStory: '', personalBenefit: '' } },
  { table: 'keyResults', record: { ...base('k1'), objectiveId: 'o1', text: 'NPS', ambitiousTarget: '50', minimumFloor: '', progress: null }, filled: {} },
  { table: 'risks', record: { ...base('x1'), objectiveId: 'o1', risk: 'Scope', counterMeasure: 'Review' }, filled: {} },
  { table: 'statements', record: { ...base('st1'), text: 'I know what is expected.', language: 'en' }, filled: {} },
  { table: 'statementSets', record: { ...base('ss1'), name: 'Engagement', statementIds: [] }, filled: {} },
  { table: 'actionItems', record: { ...base('a1'), personId: null, sessionId: 's1', text: 'Send', owner: 'manager', due: null, doneAt: null }, filled: {} },
  { table: 'questions', record: { ...base('q1'), text: 'What would help?', language: 'en', tags: ['stuck'] }, filled: { situations: [], roles: [], position: 0 } },
  { table: 'settings', record: { ...base('app'), autoAdvance: true, language: null }, filled: { chatPaste: false, pinnedSuggestions: [], theme: 'auto', listeningThreshold: 60 } },
  { table: 'conflicts', record: { ...base('cc:n1:text:x'), recordId: 'n1', recordType: 'notes', field: 'text', text: 'other', hlc: stamp(1) }, filled: {} },
];

/** The record as today's schema reads it: the old one with its defaults, without fields dropped since. */
function expectedRecord({ record, filled }: (typeof oldShapes)[number]): Record<string, unknown> {
  const { progress: _progress, tags: _tags, ...kept } = record;
  return { ...kept, ...filled };
}

describe('records written by older versions', () => {
  it('cover every table', () => {
    expect(new Set(oldShapes.map((shape) => shape.table))).toEqual(new Set(Object.keys(emptyTables())));
  });

  it.each(oldShapes)('restore with defaults: $table', (shape) => {
    const text = JSON.stringify({ ...JSON.parse(serializeBackup(createBackup(emptyTables(), created, 1))), records: { ...emptyTables(), [shape.table]: [shape.record] } });
    const result = parseBackup(text, created);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.backup.records[shape.table]).toEqual([expectedRecord(shape)]);
  });

  it.each(oldShapes)('are accepted from a sync peer with defaults: $table', (shape) => {
    const checked = checkIncomingRecord(shape.table, shape.record);
    expect(checked).toEqual({ ok: true, record: expectedRecord(shape) });
  });

  it('keep a call start they do carry', () => {
    const record = { ...session('s1'), clock: { index: 0, sectionStartedAt: created, pausedAt: null, callStartedAt: created + 5 } };
    expect(checkIncomingRecord('sessions', record)).toMatchObject({ ok: true, record: { clock: { callStartedAt: created + 5, pausedMs: 0 } } });
  });
});

describe('checkIncomingRecord', () => {
  const tombstone = (id: string, extra: Record<string, unknown> = {}) => ({ id, createdAt: 0, updatedAt: stamp(created + 9), deletedAt: stamp(created + 9), fieldClocks: {}, ...extra });

  it('accepts every live record a device stores, unchanged', () => {
    for (const [table, records] of Object.entries(sampleTables()) as unknown as [RecordTable, Record<string, unknown>[]][]) {
      for (const record of records) expect(checkIncomingRecord(table, record)).toEqual({ ok: true, record });
    }
  });

  it('drops fields this version does not know, with their clocks, as a restore does (a newer peer is not applied at all)', () => {
    const record = note('n1');
    const deep = JSON.parse(`${'['.repeat(2_000)}${']'.repeat(2_000)}`) as unknown;
    const crafted = { ...record, mood: 'happy', deep, fieldClocks: { text: record.updatedAt, mood: record.updatedAt, deep: record.updatedAt } };
    expect(checkIncomingRecord('notes', crafted)).toEqual({ ok: true, record: { ...record, fieldClocks: { text: record.updatedAt } } });
  });

  it('takes a settings record from a peer on another version: a missing theme is automatic, a field it does not know is dropped', () => {
    const settings = { ...base('app'), autoAdvance: false, language: null, chatPaste: false, pinnedSuggestions: [] };
    const filled = { theme: 'auto', listeningThreshold: 60 };
    expect(checkIncomingRecord('settings', settings)).toEqual({ ok: true, record: { ...settings, ...filled } });
    // An older peer's Listening balance opt-in: this device's own now (listening-consent.ts), so dropped, not taken.
    expect(checkIncomingRecord('settings', { ...settings, listeningBalance: true })).toEqual({ ok: true, record: { ...settings, ...filled } });
    // What `theme` was to the version before it: a field the reader does not know, which must not cost the record.
    const newer = { ...settings, theme: 'dark', density: 'compact', fieldClocks: { theme: settings.updatedAt, density: settings.updatedAt } };
    expect(checkIncomingRecord('settings', newer)).toEqual({ ok: true, record: { ...settings, ...filled, theme: 'dark', fieldClocks: { theme: settings.updatedAt } } });
  });

  it.each([
    { name: 'a note whose privacy is text', table: 'notes', record: { ...note('n1'), private: 'no' }, message: 'private' },
    { name: 'a session whose meeting is text', table: 'sessions', record: { ...session('s1'), meeting: 'meet' }, message: 'meeting' },
    { name: 'a live record without a field that was always there', table: 'notes', record: { ...note('n1'), sessionId: undefined }, message: 'sessionId' },
    { name: 'a rating of 9 on the 1–7 scale', table: 'ratings', record: { ...sampleTables().ratings[0]!, value: 9 }, message: 'value' },
    { name: 'a listening threshold below half the talk', table: 'settings', record: { ...sampleTables().settings[0]!, listeningThreshold: 45 }, message: 'listeningThreshold' },
    { name: 'a malformed clock', table: 'notes', record: { ...note('n1'), updatedAt: 'yesterday' }, message: 'updatedAt' },
  ] as const)('refuses $name', ({ table, record, message }) => {
    const checked = checkIncomingRecord(table, record);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(message);
  });

  it('accepts a tombstone with only its clocks, adding nothing to it', () => {
    for (const table of Object.keys(emptyTables()) as RecordTable[]) {
      const record = tombstone('gone');
      expect(checkIncomingRecord(table, record)).toEqual({ ok: true, record });
    }
  });

  it('accepts a tombstone carrying valid fields, and keeps them', () => {
    const record = tombstone('n1', { text: 'written after the delete', fieldClocks: { text: stamp(created + 10) } });
    expect(checkIncomingRecord('notes', record)).toEqual({ ok: true, record });
    const rating = tombstone('r1', { scale: 'progress-10', value: 9 });
    expect(checkIncomingRecord('ratings', rating)).toEqual({ ok: true, record: rating });
  });

  it.each([
    { name: 'a note’s privacy as text', table: 'notes', record: tombstone('n1', { private: 'yes' }), message: 'private' },
    { name: 'a session’s meeting as text', table: 'sessions', record: tombstone('s1', { meeting: 'meet' }), message: 'meeting' },
    { name: 'a rating of 9 on the 1–7 scale', table: 'ratings', record: tombstone('r1', { scale: 'agreement-7', value: 9 }), message: '' },
    { name: 'a note text over the limit', table: 'notes', record: tombstone('n1', { text: 'x'.repeat(200_001) }), message: 'text' },
    { name: 'a malformed delete clock', table: 'notes', record: tombstone('n1', { deletedAt: '1:2:3:4' }), message: 'deletedAt' },
    { name: 'a malformed field clock', table: 'people', record: tombstone('p1', { fieldClocks: { name: 'soon' } }), message: 'fieldClocks' },
    { name: 'no id', table: 'people', record: tombstone(''), message: 'id' },
    { name: 'a conflict naming a field that is not text', table: 'conflicts', record: tombstone('cc', { recordType: 'notes', field: 'private' }), message: 'field' },
  ] as const)('refuses a tombstone carrying $name', ({ table, record, message }) => {
    const checked = checkIncomingRecord(table, record);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(message);
  });
});

describe('conflict records name a text field of their record', () => {
  const conflict = (recordType: string, field: string) => ({ ...base(`cc:x:${field}`), recordId: 'x', recordType, field, text: 'true', hlc: stamp(1) });

  it.each([
    ['notes', 'text'],
    ['sessions', 'takeaway'],
    ['objectives', 'successStory'],
    ['risks', 'counterMeasure'],
    ['people', 'notes'],
  ])('accepts %s.%s', (recordType, field) => {
    expect(checkIncomingRecord('conflicts', conflict(recordType, field)).ok).toBe(true);
  });

  it.each([
    ['notes', 'private', 'field'],
    ['notes', 'sessionId', 'field'],
    ['sessions', 'meeting', 'field'],
    ['people', 'name', 'field'],
    ['notes', '__proto__', 'field'],
    ['ratings', 'comment', 'recordType'],
    ['settings', 'language', 'recordType'],
  ])('refuses %s.%s', (recordType, field, path) => {
    const checked = checkIncomingRecord('conflicts', conflict(recordType, field));
    expect(checked).toMatchObject({ ok: false });
    if (!checked.ok) expect(checked.message.startsWith(`${path}:`)).toBe(true);
  });
});
