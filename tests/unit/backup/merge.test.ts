import { describe, expect, it } from 'vitest';
import { createBackup, type TableRecords } from '@/utils/backup/format';
import { planRestore, type RestoreCounts } from '@/utils/backup/merge';
import { emptyTables, note, sampleTables, session, stamp } from './fixtures';

const backupOf = (change: (tables: TableRecords) => void) => {
  const tables = emptyTables();
  change(tables);
  return createBackup(tables, 1_765_000_100_000, 4);
};
const tablesOf = (change: (tables: TableRecords) => void) => {
  const tables = emptyTables();
  change(tables);
  return tables;
};
const counts = (partial: Partial<RestoreCounts>): RestoreCounts => ({ new: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: 0, ...partial });

const t1 = stamp(1_765_000_001_000);
const t2 = stamp(1_765_000_002_000, 'dev-b');
const t3 = stamp(1_765_000_003_000);

describe('planRestore', () => {
  it.each([
    {
      name: 'a record only in the backup is new',
      local: tablesOf(() => {}),
      backup: backupOf((t) => (t.sessions = [session('s1')])),
      sessions: counts({ new: 1 }),
      putIds: ['s1'],
    },
    {
      name: 'the same clock is unchanged',
      local: tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t1 })])),
      backup: backupOf((t) => (t.sessions = [session('s1', { updatedAt: t1 })])),
      sessions: counts({ unchanged: 1 }),
      putIds: [],
    },
    {
      name: 'a newer backup version is an update',
      local: tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t1, takeaway: 'old' })])),
      backup: backupOf((t) => (t.sessions = [session('s1', { updatedAt: t2, takeaway: 'new' })])),
      // The local takeaway loses, so it is kept as a conflict copy (below).
      sessions: counts({ updated: 1, conflicts: 1 }),
      putIds: ['s1'],
    },
    {
      name: 'an older backup version loses to the local one',
      local: tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t2 })])),
      backup: backupOf((t) => (t.sessions = [session('s1', { updatedAt: t1, takeaway: 'older' })])),
      sessions: counts({ unchanged: 1 }),
      putIds: [],
    },
    {
      name: 'a newer tombstone deletes a live local record',
      local: tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t1 })])),
      backup: backupOf((t) => (t.sessions = [session('s1', { updatedAt: t2, deletedAt: t2 })])),
      sessions: counts({ deleted: 1 }),
      putIds: ['s1'],
    },
    {
      name: 'an older tombstone does not delete a newer local edit',
      local: tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t3 })])),
      backup: backupOf((t) => (t.sessions = [session('s1', { updatedAt: t2, deletedAt: t2 })])),
      sessions: counts({ unchanged: 1 }),
      putIds: [],
    },
    {
      name: 'a tombstone only in the backup is kept but changes nothing visible',
      local: tablesOf(() => {}),
      backup: backupOf((t) => (t.sessions = [session('s9', { updatedAt: t2, deletedAt: t2 })])),
      sessions: counts({ unchanged: 1 }),
      putIds: [],
      quietIds: ['s9'],
    },
    {
      name: 'a newer live version revives a local tombstone',
      local: tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t1, deletedAt: t1 })])),
      backup: backupOf((t) => (t.sessions = [session('s1', { updatedAt: t2 })])),
      sessions: counts({ updated: 1 }),
      putIds: ['s1'],
    },
    {
      name: 'local records missing from the backup are left alone',
      local: tablesOf((t) => (t.sessions = [session('only-local')])),
      backup: backupOf(() => {}),
      sessions: counts({}),
      putIds: [],
    },
  ])('$name', ({ local, backup, sessions, putIds, quietIds = [] }) => {
    const plan = planRestore(local, backup);
    expect(plan.summary.sessions).toEqual(sessions);
    expect(plan.totals).toEqual(sessions);
    expect(plan.put.sessions.map((s) => s.id)).toEqual(putIds);
    expect(plan.quiet.sessions.map((s) => s.id)).toEqual(quietIds);
    expect(plan.conflictCopies.map((copy) => `${copy.recordId}.${copy.field}: ${copy.text}`)).toEqual(sessions.conflicts ? ['s1.takeaway: old'] : []);
  });

  it('puts the backup’s winning version as is', () => {
    const incoming = session('s1', { updatedAt: t2, takeaway: 'new' });
    const plan = planRestore(
      tablesOf((t) => (t.sessions = [session('s1', { updatedAt: t1 })])),
      backupOf((t) => (t.sessions = [incoming])),
    );
    expect(plan.put.sessions).toEqual([incoming]);
  });

  it('a backup note that wins over different local text keeps the local text as a conflict copy', () => {
    const mine = note('n1', { updatedAt: t1, text: 'my local words' });
    const theirs = note('n1', { updatedAt: t2, text: 'their words' });
    const plan = planRestore(
      tablesOf((t) => (t.notes = [mine])),
      backupOf((t) => (t.notes = [theirs])),
    );
    expect(plan.summary.notes).toEqual(counts({ updated: 1, conflicts: 1 }));
    expect(plan.put.notes).toEqual([theirs]);
    expect(plan.conflictCopies).toEqual([{ id: `cc:n1:text:${t1}`, recordId: 'n1', type: 'notes', field: 'text', text: 'my local words', hlc: t1 }]);
  });

  it('a local note that wins over different backup text counts a conflict and keeps the local note', () => {
    const plan = planRestore(
      tablesOf((t) => (t.notes = [note('n1', { updatedAt: t3, text: 'newer local' })])),
      backupOf((t) => (t.notes = [note('n1', { updatedAt: t2, text: 'older backup' })])),
    );
    expect(plan.summary.notes).toEqual(counts({ unchanged: 1, conflicts: 1 }));
    expect(plan.put.notes).toEqual([]);
    expect(plan.conflictCopies).toEqual([]);
  });

  it('same text with a different clock is no conflict', () => {
    const plan = planRestore(
      tablesOf((t) => (t.notes = [note('n1', { updatedAt: t1, private: false })])),
      backupOf((t) => (t.notes = [note('n1', { updatedAt: t2, private: true })])),
    );
    expect(plan.summary.notes).toEqual(counts({ updated: 1 }));
    expect(plan.conflictCopies).toEqual([]);
  });

  it('a deleted note is a delete, not a text conflict', () => {
    const plan = planRestore(
      tablesOf((t) => (t.notes = [note('n1', { updatedAt: t1, text: 'a' })])),
      backupOf((t) => (t.notes = [note('n1', { updatedAt: t2, deletedAt: t2, text: 'b' })])),
    );
    expect(plan.summary.notes).toEqual(counts({ deleted: 1 }));
    expect(plan.conflictCopies).toEqual([]);
  });


  it('summarises per table and in total, and reports the highest clock in the backup', () => {
    const local = tablesOf((t) => {
      t.sessions = [session('s1', { updatedAt: t1 })];
      t.notes = [note('n1', { updatedAt: t1 })];
    });
    const backup = backupOf((t) => {
      t.sessions = [session('s1', { updatedAt: t2 }), session('s2', { updatedAt: t1 })];
      t.notes = [note('n1', { updatedAt: t1 }), note('n2', { updatedAt: t1, deletedAt: t3 })];
    });
    const plan = planRestore(local, backup);
    expect(plan.summary.sessions).toEqual(counts({ new: 1, updated: 1 }));
    expect(plan.summary.notes).toEqual(counts({ unchanged: 2 }));
    expect(plan.summary.people).toEqual(counts({}));
    expect(plan.totals).toEqual(counts({ new: 1, updated: 1, unchanged: 2 }));
    expect(plan.maxClock).toBe(t3);
  });

  it('an empty backup has no clock', () => {
    expect(planRestore(emptyTables(), backupOf(() => {})).maxClock).toBeNull();
  });

  it('restoring the same backup twice changes nothing the second time', () => {
    const backup = createBackup(sampleTables(), 1, 4);
    const first = planRestore(emptyTables(), backup);
    expect(first.totals.new).toBeGreaterThan(10);
    const afterFirst = first.put;
    const second = planRestore(afterFirst, backup);
    expect(second.totals).toEqual(counts({ unchanged: first.totals.new + first.totals.unchanged }));
    for (const list of Object.values(second.put)) expect(list).toEqual([]);
  });

  it('keeps every losing local text, not only a note’s: an update that empties a person’s notes leaves a copy', () => {
    const person = (updatedAt: string, notes: string) => ({ id: 'p1', createdAt: 1, updatedAt, deletedAt: null, name: 'Sam', role: '', notes, meetingKeys: [] });
    const plan = planRestore(
      tablesOf((t) => (t.people = [person(t1, 'Wants to lead the migration')])),
      backupOf((t) => (t.people = [person(t2, '')])),
    );
    expect(plan.summary.people).toEqual(counts({ updated: 1, conflicts: 1 }));
    expect(plan.conflictCopies).toEqual([{ id: `cc:p1:notes:${t1}`, recordId: 'p1', type: 'people', field: 'notes', text: 'Wants to lead the migration', hlc: t1 }]);
  });

  it('merges a backup record by the clocks sync reads, not by an updatedAt that disagrees with them', () => {
    // updatedAt says t3, but every field was written at t1: the local t2 edit is newer.
    const fields = ['createdAt', 'sessionId', 'sectionId', 'text', 'private', 'questionIds'];
    const given = note('n1', { updatedAt: t3, text: 'from the backup', fieldClocks: Object.fromEntries(fields.map((field) => [field, t1])) });
    const plan = planRestore(
      tablesOf((t) => (t.notes = [note('n1', { updatedAt: t2, text: 'mine', fieldClocks: { text: t2 } })])),
      backupOf((t) => (t.notes = [given])),
    );
    expect(plan.put.notes).toEqual([]);
    expect(plan.summary.notes).toEqual(counts({ unchanged: 1, conflicts: 1 }));
  });

  it('gives every field of a backup record a clock, and a deleted one none newer than its delete', () => {
    const plan = planRestore(
      tablesOf(() => {}),
      backupOf((t) => {
        t.notes = [note('n1', { updatedAt: t2, fieldClocks: {} })];
        t.sessions = [session('s1', { updatedAt: t3, deletedAt: t1, fieldClocks: { createdAt: t3 } })];
      }),
    );
    expect(plan.put.notes[0]!.fieldClocks).toMatchObject({ text: t2, sessionId: t2, private: t2 });
    expect(plan.quiet.sessions[0]).toMatchObject({ updatedAt: t1, deletedAt: t1, fieldClocks: {} });
  });

  it('does not modify its inputs', () => {
    const local = tablesOf((t) => (t.notes = [note('n1', { updatedAt: t1, text: 'mine' })]));
    const backup = backupOf((t) => (t.notes = [note('n1', { updatedAt: t2, text: 'theirs' })]));
    const before = JSON.stringify({ local, backup });
    planRestore(local, backup);
    expect(JSON.stringify({ local, backup })).toBe(before);
  });
});
