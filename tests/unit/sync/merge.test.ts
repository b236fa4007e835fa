import { describe, expect, it } from 'vitest';
import { formatHlc } from '@/utils/clock/hlc';
import type { NoteRecord } from '@/utils/db/records';
import { fromEnvelope, toEnvelope, type Envelope } from '@/utils/sync/envelope';
import { conflictCopy, envelopeKey, mergeBatches, mergeEnvelope, pendingDelete } from '@/utils/sync/merge';

const at = (wallMs: number, deviceId: string, counter = 0) => formatHlc({ wallMs, counter, deviceId });
const t0 = at(1_000, 'a');

function note(overrides: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id: 'n1',
    createdAt: 1,
    updatedAt: t0,
    deletedAt: null,
    sessionId: 's1',
    sectionId: 'intro',
    text: 'base',
    private: false,
    questionIds: [],
    ...overrides,
  };
}

const base = toEnvelope('notes', note());
/** The base note with some fields rewritten at `hlc`. */
function edit(fields: Record<string, unknown>, hlc: string): Envelope {
  const fh = { ...base.fh };
  for (const field of Object.keys(fields)) fh[field] = hlc;
  return { ...base, fh, data: { ...base.data, ...fields } };
}
const tombstone = (hlc: string): Envelope => ({ id: 'n1', type: 'notes', fh: {}, data: {}, del: hlc });

describe('toEnvelope / fromEnvelope', () => {
  it('round-trips a live record with its field clocks', () => {
    const record = note({ updatedAt: at(2_000, 'a') });
    const clocked = { ...record, fieldClocks: { ...toEnvelope('notes', record).fh, text: at(1_500, 'b') } };
    const envelope = toEnvelope('notes', clocked);
    expect(envelope.fh.text).toBe(at(1_500, 'b'));
    expect(envelope.fh.sectionId).toBe(at(2_000, 'a'));
    expect(envelope.data).not.toHaveProperty('updatedAt');
    expect(envelope.data).not.toHaveProperty('fieldClocks');
    expect(fromEnvelope(envelope)).toEqual({ ...clocked, updatedAt: at(2_000, 'a') });
  });

  it('counts every field of a record from before field clocks as written at updatedAt', () => {
    const envelope = toEnvelope('notes', note({ updatedAt: at(2_000, 'a') }));
    expect(new Set(Object.values(envelope.fh))).toEqual(new Set([at(2_000, 'a')]));
  });

  it('keeps a value a delete dropped (a field without a clock) on this device only', () => {
    const tombstoneWithLaterEdit = note({ deletedAt: at(3_000, 'b'), updatedAt: at(4_000, 'a'), fieldClocks: { private: at(4_000, 'a') }, private: true });
    expect(toEnvelope('notes', tombstoneWithLaterEdit)).toEqual({ id: 'n1', type: 'notes', fh: { private: at(4_000, 'a') }, data: { private: true }, del: at(3_000, 'b') });
  });

  it('sends a deleted record as a bare tombstone and brings it back with the delete clock', () => {
    const envelope = toEnvelope('notes', note({ updatedAt: at(3_000, 'a'), deletedAt: at(3_000, 'a') }));
    expect(envelope).toEqual(tombstone(at(3_000, 'a')));
    expect(fromEnvelope(envelope)).toEqual({ id: 'n1', createdAt: 0, updatedAt: at(3_000, 'a'), deletedAt: at(3_000, 'a'), fieldClocks: {} });
  });

  it('brings a record written whole after its delete back to life', () => {
    const revived = note({ createdAt: 5, updatedAt: at(4_000, 'a'), deletedAt: null, text: 'again' });
    const merged = mergeEnvelope(tombstone(at(3_000, 'b')), toEnvelope('notes', revived)).merged;
    expect(merged.del).toBe(at(3_000, 'b'));
    expect(fromEnvelope(merged)).toMatchObject({ deletedAt: null, text: 'again', createdAt: 5 });
  });

  it('lets no peer set the fields the envelope owns, such as base clocks, by naming them as data', () => {
    const far = '9999999999999:99990:x';
    const crafted: Envelope = { id: 'n1', type: 'notes', fh: { text: at(2_000, 'b'), baseClocks: far, fieldClocks: far, id: far }, data: { text: 'x', baseClocks: { text: far }, fieldClocks: { text: far }, id: 'other', updatedAt: far }, del: null };
    const record = fromEnvelope(crafted);
    expect(record).toEqual({ id: 'n1', createdAt: 0, updatedAt: at(2_000, 'b'), deletedAt: null, text: 'x', fieldClocks: { text: at(2_000, 'b') } });
    expect(record).not.toHaveProperty('baseClocks');
  });

  it('keeps only the values that carry a clock', () => {
    const crafted: Envelope = { id: 'n1', type: 'notes', fh: { text: at(2_000, 'b') }, data: { text: 'x', sessionId: 's9' }, del: null };
    expect(fromEnvelope(crafted)).not.toHaveProperty('sessionId');
  });

  it('takes updatedAt from the newest field clock', () => {
    expect(fromEnvelope(edit({ text: 'x' }, at(9_000, 'c'))).updatedAt).toBe(at(9_000, 'c'));
  });
});

describe('mergeEnvelope', () => {
  const edited = edit({ text: 'edited' }, at(5_000, 'b'));
  it.each([
    { name: 'older delete, then a newer edit', local: tombstone(at(2_000, 'a')), incoming: edited },
    { name: 'newer edit, then an older delete', local: edited, incoming: tombstone(at(2_000, 'a')) },
    { name: 'newer delete, then an older edit', local: tombstone(at(9_000, 'a')), incoming: edited },
    { name: 'older edit, then a newer delete', local: edited, incoming: tombstone(at(9_000, 'a')) },
  ])('delete wins over an edit of some fields: $name', ({ local, incoming }) => {
    const { merged, conflicts } = mergeEnvelope(local, incoming);
    const del = (local.del ?? incoming.del)!;
    expect(merged.del).toBe(del);
    expect(fromEnvelope(merged).deletedAt).toBe(del);
    // Only values written after the delete stay, hidden, for a revival to build on.
    expect(merged.data).toEqual(del < at(5_000, 'b') ? { text: 'edited' } : {});
    expect(conflicts).toEqual([]);
  });

  it('keeps the later of two deletes', () => {
    expect(mergeEnvelope(tombstone(at(2_000, 'a')), tombstone(at(3_000, 'b'))).merged.del).toBe(at(3_000, 'b'));
    expect(mergeEnvelope(tombstone(at(3_000, 'b')), tombstone(at(2_000, 'a'))).merged.del).toBe(at(3_000, 'b'));
  });

  it('merges different fields edited on two devices', () => {
    const { merged } = mergeEnvelope(edit({ text: 'mine' }, at(2_000, 'a')), edit({ private: true }, at(3_000, 'b')));
    expect(merged.data).toMatchObject({ text: 'mine', private: true });
    expect(merged.fh).toMatchObject({ text: at(2_000, 'a'), private: at(3_000, 'b') });
  });

  it('breaks a tie in wall time and counter by device id, the same way on both devices', () => {
    const fromA = edit({ text: 'from a' }, at(4_000, 'dev-a', 3));
    const fromB = edit({ text: 'from b' }, at(4_000, 'dev-b', 3));
    expect(mergeEnvelope(fromA, fromB).merged).toEqual(mergeEnvelope(fromB, fromA).merged);
    expect(mergeEnvelope(fromA, fromB).merged.data.text).toBe('from b');
  });

  it('keeps a field from a newer build that this build does not know', () => {
    const newer = edit({ mood: { score: 3 } }, at(2_000, 'b'));
    const { merged } = mergeEnvelope(edit({ text: 'mine' }, at(3_000, 'a')), newer);
    expect(merged.data).toMatchObject({ text: 'mine', mood: { score: 3 } });
    expect(merged.fh.mood).toBe(at(2_000, 'b'));
    expect(fromEnvelope(merged)).toMatchObject({ mood: { score: 3 } });
  });

  it('makes exactly one conflict copy, with the same id on both devices, for a concurrent text edit', () => {
    const onA = edit({ text: 'A wrote this' }, at(2_000, 'a'));
    const onB = edit({ text: 'B wrote that' }, at(3_000, 'b'));
    const pending = new Set(['text']);
    // Each device still has its own edit unpushed when the other's arrives.
    const atA = mergeEnvelope(onA, onB, pending);
    const atB = mergeEnvelope(onB, onA, pending);
    expect(atA.merged).toEqual(atB.merged);
    expect(atA.merged.data.text).toBe('B wrote that');
    const copy = { id: `cc:n1:text:${at(2_000, 'a')}`, recordId: 'n1', type: 'notes', field: 'text', text: 'A wrote this', hlc: at(2_000, 'a') };
    expect(atA.conflicts).toEqual([copy]);
    expect(atB.conflicts).toEqual([copy]);
  });

  it.each([
    { name: 'the local edit was pushed already', pending: new Set<string>() },
    { name: 'the field is not text', pending: new Set(['text']), fields: { sectionId: 'other' } },
    { name: 'both wrote the same text', pending: new Set(['text']), fields: { text: 'base' } },
  ])('makes no conflict copy when $name', ({ pending, fields }) => {
    const mine = edit(fields ?? { text: 'mine' }, at(2_000, 'a'));
    const theirs = edit(fields ?? { text: 'theirs' }, at(3_000, 'b'));
    expect(mergeEnvelope(mine, theirs, pending).conflicts).toEqual([]);
  });

  it('keeps unpushed local text as a conflict copy when a peer deletes the record', () => {
    const mine = edit({ text: 'unsaved thought' }, at(5_000, 'a'));
    const { merged, conflicts } = mergeEnvelope(mine, tombstone(at(4_000, 'b')), new Set(['text']));
    expect(merged.del).toBe(at(4_000, 'b'));
    expect(conflicts.map((c) => [c.id, c.text])).toEqual([[`cc:n1:text:${at(5_000, 'a')}`, 'unsaved thought']]);
    // The deleting device makes the same copy when the edit reaches its unpushed tombstone.
    const back = mergeEnvelope(tombstone(at(4_000, 'b')), mine, new Set([pendingDelete, 'text']));
    expect(back.conflicts).toEqual(conflicts);
  });

  it('takes an unknown incoming record as it is, stripping values older than a delete', () => {
    expect(mergeEnvelope(undefined, edited).merged).toEqual(edited);
    expect(mergeEnvelope(undefined, { ...edited, del: at(9_000, 'z') }).merged).toEqual(tombstone(at(9_000, 'z')));
  });

  it('refuses to merge two different records', () => {
    expect(() => mergeEnvelope(base, { ...base, id: 'n2' })).toThrow('Cannot merge');
  });

  it('does not let a field named __proto__ change the prototype', () => {
    const hostile = JSON.parse(`{"id":"n1","type":"notes","fh":{"__proto__":"${at(9_000, 'x')}"},"data":{"__proto__":{"polluted":true}},"del":null}`) as Envelope;
    const { merged } = mergeEnvelope(base, hostile);
    expect(Object.getPrototypeOf(merged.data)).toBe(Object.prototype);
    expect(Object.keys(merged.data)).toContain('__proto__');
  });
});

describe('mergeBatches', () => {
  it('applies batches in order without touching the state it was given', () => {
    const state = new Map([[envelopeKey(base), base]]);
    const batch = (seq: number, records: Envelope[]) => ({ deviceId: 'b', seq, schemaVersion: 1, records });
    const next = mergeBatches(state, [batch(1, [edit({ text: 'one' }, at(2_000, 'b'))]), batch(2, [tombstone(at(3_000, 'b'))])]);
    expect(next.get('notes/n1')).toEqual(tombstone(at(3_000, 'b')));
    expect(state.get('notes/n1')).toBe(base);
  });
});

describe('conflictCopy', () => {
  it('keeps ids within the id limit, the same on every device, for long record ids and copies of copies', () => {
    const long = 'n'.repeat(200);
    const copy = conflictCopy('notes', long, 'text', 'mine', at(1_000, 'device-with-a-rather-long-identifier-0123456789'));
    expect(copy.id.length).toBeLessThanOrEqual(200);
    expect(copy.id).toBe(conflictCopy('notes', long, 'text', 'mine', copy.hlc).id);
    expect(copy.id).not.toBe(conflictCopy('notes', `${long}x`, 'text', 'mine', copy.hlc).id);
    expect(conflictCopy('notes', 'n1', 'text', 'mine', at(1_000, 'a')).id).toBe(`cc:n1:text:${at(1_000, 'a')}`);
  });
});
