import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickHlc } from '@/utils/clock/hlc';
import type { Batch, Envelope } from '@/utils/sync/envelope';
import { envelopeKey, isAlive, mergeBatches, mergeEnvelope } from '@/utils/sync/merge';

// Fixed seed: a failure reproduces; fast-check's report prints the seed and the shrunk counterexample.
const seeded = { seed: 20_260_612, numRuns: 300 };

const hour = 3_600_000;
const start = 1_765_000_000_000;
const in2099 = Date.UTC(2099, 0, 1);
const devices = ['dev-a', 'dev-b', 'dev-c'] as const;
const recordIds = ['n1', 'n2'] as const;
// Note fields, plus one ("mood") that only a newer build knows.
const fields = ['text', 'sectionId', 'private', 'questionIds', 'mood'] as const;
const value = fc.oneof(fc.constantFrom('', 'a', 'b', 'hello'), fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.constant(null), fc.array(fc.constantFrom('q1', 'q2'), { maxLength: 2 }));

const event = fc.record({
  device: fc.integer({ min: 0, max: 2 }),
  record: fc.constantFrom(...recordIds),
  /** Real time passing before the event; 0 makes clocks share a millisecond and use the counter. */
  elapsedMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * 60_000 })),
  change: fc.oneof(
    { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...fields), value, { minKeys: 1 }).map((set) => ({ set })) },
    { weight: 1, arbitrary: fc.constant({ delete: true as const }) },
    // Written whole again after a delete, as the writer does for a record created anew under its id.
    { weight: 1, arbitrary: fc.record({ text: value, sectionId: value, private: value, questionIds: value, mood: value, createdAt: fc.integer({ min: 1, max: 9 }) }).map((set) => ({ set })) },
  ),
  /** Whether the device pushes its pending edits as a batch right after this event. */
  push: fc.boolean(),
});

interface Write {
  record: string;
  hlc: string;
  set?: Record<string, unknown>;
}

/** Three devices with skewed clocks (±2 h, one stuck in 2099) editing and deleting notes. */
const scenario = fc
  .record({
    skews: fc.tuple(fc.integer({ min: -2 * hour, max: 2 * hour }), fc.integer({ min: -2 * hour, max: 2 * hour })),
    events: fc.array(event, { minLength: 1, maxLength: 40 }),
  })
  .map(({ skews, events }) => {
    const clockOf = [(t: number) => t + skews[0], (t: number) => t + skews[1], (t: number) => in2099 + (t - start)];
    const last: (string | null)[] = [null, null, null];
    const pending: Envelope[][] = [[], [], []];
    const seqs = [0, 0, 0];
    const batches: Batch[] = [];
    const writes: Write[] = [];
    const push = (device: number) => {
      if (pending[device]!.length === 0) return;
      batches.push({ deviceId: devices[device]!, seq: ++seqs[device]!, schemaVersion: 1, records: pending[device]! });
      pending[device] = [];
    };
    let now = start;
    for (const e of events) {
      now += e.elapsedMs;
      const hlc = tickHlc(last[e.device]!, clockOf[e.device]!(now), devices[e.device]!);
      last[e.device] = hlc;
      if ('delete' in e.change) {
        pending[e.device]!.push({ id: e.record, type: 'notes', fh: {}, data: {}, del: hlc });
        writes.push({ record: e.record, hlc });
      } else {
        const fh = Object.fromEntries(Object.keys(e.change.set).map((field) => [field, hlc]));
        pending[e.device]!.push({ id: e.record, type: 'notes', fh, data: e.change.set, del: null });
        writes.push({ record: e.record, hlc, set: e.change.set });
      }
      if (e.push) push(e.device);
    }
    devices.forEach((_, device) => push(device));
    return { batches, writes };
  });

/** Keys to shuffle by, picks to repeat, and cut points to group by; reduced modulo the batch count. */
const schedule = fc.record({
  sortKeys: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
  repeats: fc.array(fc.nat(), { maxLength: 10 }),
  cuts: fc.array(fc.nat(), { maxLength: 3 }),
});

function fold(batches: readonly Batch[]): Map<string, Envelope> {
  return mergeBatches(new Map(), batches);
}

/** Merging two whole states is merging one state's envelopes into the other as a batch. */
function mergeStates(a: Map<string, Envelope>, b: Map<string, Envelope>): Map<string, Envelope> {
  return mergeBatches(a, [{ deviceId: 'state', seq: 0, schemaVersion: 1, records: [...b.values()] }]);
}

describe('merge properties (3 devices, skewed clocks)', () => {
  it('reaches the same state whatever the order, grouping or repetition of the batches', () => {
    fc.assert(
      fc.property(scenario, schedule, ({ batches }, { sortKeys, repeats, cuts }) => {
        const reference = fold(batches);
        const shuffled = batches
          .map((batch, i) => ({ batch, key: sortKeys[i % sortKeys.length]! }))
          .sort((x, y) => x.key - y.key)
          .map(({ batch }) => batch);
        const delivered = [...shuffled];
        for (const pick of repeats) delivered.splice(pick % (delivered.length + 1), 0, batches[pick % batches.length]!);
        expect(fold(delivered)).toEqual(reference);

        // Devices that saw different groups of batches, merging their states later, in reverse.
        const bounds = [...new Set([0, ...cuts.map((cut) => cut % (delivered.length + 1)), delivered.length])].sort((x, y) => x - y);
        const groups = bounds.slice(1).map((end, i) => fold(delivered.slice(bounds[i], end)));
        expect(groups.reduceRight((acc, group) => mergeStates(acc, group), new Map<string, Envelope>())).toEqual(reference);
      }),
      seeded,
    );
  });

  it('merges envelopes commutatively, associatively and idempotently', () => {
    fc.assert(
      fc.property(scenario, fc.tuple(fc.nat(), fc.nat(), fc.nat()), ({ batches }, picks) => {
        const envelopes = batches.flatMap((batch) => batch.records).filter((e) => e.id === 'n1');
        fc.pre(envelopes.length > 0);
        const [a, b, c] = picks.map((pick) => envelopes[pick % envelopes.length]!) as [Envelope, Envelope, Envelope];
        const merge = (x: Envelope, y: Envelope) => mergeEnvelope(x, y).merged;
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
        expect(merge(a, a)).toEqual(a);
        expect(merge(merge(a, b), b)).toEqual(merge(a, b));
      }),
      seeded,
    );
  });

  it('loses no field value unless a higher clock or a later delete overwrote it, and lives only when written whole after its last delete', () => {
    fc.assert(
      fc.property(scenario, ({ batches, writes }) => {
        const state = fold(batches);
        for (const id of recordIds) {
          const mine = writes.filter((w) => w.record === id);
          const merged = state.get(envelopeKey({ type: 'notes', id }));
          if (mine.length === 0) {
            expect(merged).toBeUndefined();
            continue;
          }
          const del = mine.filter((w) => !w.set).map((w) => w.hlc).sort().at(-1) ?? null;
          expect(merged?.del).toBe(del);
          for (const field of [...fields, 'createdAt']) {
            // The surviving value is exactly the one written with the highest clock, if after the delete.
            const latest = mine.filter((w) => w.set && field in w.set && (del === null || w.hlc > del)).sort((x, y) => (x.hlc < y.hlc ? -1 : 1)).at(-1);
            expect(merged?.fh[field]).toBe(latest?.hlc);
            expect(merged?.data[field]).toEqual(latest?.set?.[field]);
          }
          const revivedAfterDelete = mine.some((w) => w.set && 'createdAt' in w.set && del !== null && w.hlc > del);
          expect(isAlive(merged!)).toBe(del === null || revivedAfterDelete);
        }
      }),
      seeded,
    );
  });
});
