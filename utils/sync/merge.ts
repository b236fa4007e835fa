import { compareHlc } from '../clock/hlc';
import { sortedJson } from '../json/sorted-keys';
import type { RecordTable } from '../db/records';
import type { Batch, Envelope } from './envelope';

/** The losing side of a concurrent text edit, kept so nobody's words vanish silently. */
export interface ConflictCopy {
  /** `cc:<recordId>:<field>:<loserHlc>`: every device that sees the conflict makes the same id. */
  id: string;
  recordId: string;
  type: RecordTable;
  field: string;
  text: string;
  /** Clock of the losing text. */
  hlc: string;
}

/**
 * Free text the user typed. Only these get conflict copies: losing a sentence hurts, while a
 * scalar (a rating, a due date, a flag) is plain last-writer-wins.
 */
export const textFields: Readonly<Partial<Record<RecordTable, readonly string[]>>> = {
  notes: ['text'],
  sessions: ['takeaway'],
  objectives: ['text', 'successStory', 'personalBenefit'],
  keyResults: ['text'],
  risks: ['risk', 'counterMeasure'],
  actionItems: ['text'],
  people: ['notes'],
};

/**
 * Put this in `pendingLocalFields`, with the fields the peer edited, when our delete is news to the
 * peer. Then a peer's text edit that the delete swallows gets a conflict copy here, the same one
 * the peer makes when our delete reaches it. No record field starts with "$".
 */
export const pendingDelete = '$delete';

/** Deleting more than this many records of one kind, and more than this share of them, waits for a yes. */
const yesAfterDeletes = 10;
const yesAfterShare = 0.1;

/**
 * Whether deleting `deletes` of the `live` records here (both per table) is so much that the user
 * must say yes first: one rule for a restore and for a peer's sync batch. Counted per kind, so 12
 * people deleted among 30,000 ratings still ask.
 */
export function needsYesToDelete(deletes: Partial<Record<RecordTable, number>>, live: Partial<Record<RecordTable, number>>): boolean {
  return (Object.entries(deletes) as [RecordTable, number][]).some(([table, count]) => count > Math.max(yesAfterDeletes, (live[table] ?? 0) * yesAfterShare));
}

/** The longest record id files and batches take (utils/backup/schema.ts). */
export const maxIdChars = 200;

/**
 * The losing `text` of a record's `field`, under the id every device that sees it makes. An id that
 * would be too long (a long record id, a copy of a copy) takes a hash of itself instead, the same
 * on every device.
 */
export function conflictCopy(type: RecordTable, recordId: string, field: string, text: string, hlc: string): ConflictCopy {
  const id = `cc:${recordId}:${field}:${hlc}`;
  return { id: id.length <= maxIdChars ? id : `cc:${fnv1a64(id)}:${field}:${hlc}`.slice(0, maxIdChars), recordId, type, field, text, hlc };
}

/** FNV-1a, 2 × 32 bits, as 16 hex digits: enough to keep ids apart, no crypto needed. */
function fnv1a64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Records of different tables may share an id (e.g. fixed ids), so state is keyed by both. */
export function envelopeKey(envelope: Pick<Envelope, 'type' | 'id'>): string {
  return `${envelope.type}/${envelope.id}`;
}

const noPending: ReadonlySet<string> = new Set();

/**
 * Merges an incoming envelope into the local one: each field takes the value with the higher clock,
 * the later delete is kept, and a delete drops every value written before it. The result depends only on the two envelopes
 * (commutative, associative, idempotent), so every device reaches the same state whatever order,
 * grouping or repetition batches arrive in. `pendingLocalFields` (fields edited here and not yet
 * pushed) only decides which conflict copies to make, never the merged state.
 */
export function mergeEnvelope(
  local: Envelope | undefined,
  incoming: Envelope,
  pendingLocalFields: ReadonlySet<string> = noPending,
): { merged: Envelope; conflicts: ConflictCopy[] } {
  const { id, type } = incoming;
  if (local && (local.id !== id || local.type !== type)) {
    throw new Error(`Cannot merge ${envelopeKey(incoming)} into ${envelopeKey(local)}`);
  }
  const mine = local ?? { id, type, fh: {}, data: {}, del: null };
  const conflicts: ConflictCopy[] = [];
  const keep = (field: string, text: unknown, hlc: string | undefined) => {
    // Nothing to keep when the loser was empty or never stamped.
    if (typeof text !== 'string' || text === '' || !hlc || !isText(type, field)) return;
    conflicts.push(conflictCopy(type, id, field, text, hlc));
  };

  const del = maxNullable(mine.del, incoming.del);
  const fh: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  // Sorted, so every device writes the same bytes for the same state.
  const fields = [...new Set([...Object.keys(mine.fh), ...Object.keys(mine.data), ...Object.keys(incoming.fh), ...Object.keys(incoming.data)])].sort();
  const concurrentText: { field: string; loser: Stamped }[] = [];
  for (const field of fields) {
    const ours = { hlc: mine.fh[field] ?? '', value: mine.data[field] };
    const theirs = { hlc: incoming.fh[field] ?? '', value: incoming.data[field] };
    // Unknown fields go through the same rule; storing the record drops them (checkIncomingRecord).
    const incomingWins = beats(theirs, ours);
    const winner = incomingWins ? theirs : ours;
    // A delete drops every value written before it; later ones stay, for a revival to build on.
    if (del !== null && !(winner.hlc > del)) continue;
    if (winner.hlc !== '') define(fh, field, winner.hlc);
    if (winner.value !== undefined) define(data, field, winner.value);
    // Our unpushed edit and theirs cannot have seen each other: keep the loser, whichever side it is,
    // so both devices make the same copy (its id names the loser's clock).
    if (pendingLocalFields.has(field) && typeof ours.value === 'string' && typeof theirs.value === 'string' && ours.value !== theirs.value) {
      concurrentText.push({ field, loser: incomingWins ? ours : theirs });
    }
  }
  const merged = { id, type, fh, data, del };

  if (!isAlive(merged)) {
    // Text that a delete swallowed before anyone saw it: ours if we edited, theirs if we deleted.
    if (isAlive(mine)) {
      for (const field of pendingLocalFields) keep(field, mine.data[field], mine.fh[field]);
    } else if (isAlive(incoming) && pendingLocalFields.has(pendingDelete)) {
      for (const field of pendingLocalFields) keep(field, incoming.data[field], incoming.fh[field]);
    }
  } else {
    for (const { field, loser } of concurrentText) keep(field, loser.value, loser.hlc);
  }
  return { merged, conflicts };
}

/**
 * A record lives until deleted, and lives again when written whole after the delete (a rating
 * cleared and given again keeps its id): the writer stamps `createdAt` only then, so a later
 * `createdAt` clock marks a revival, while a concurrent edit of a few fields does not revive.
 */
export function isAlive(envelope: Pick<Envelope, 'fh' | 'del'>): boolean {
  return envelope.del === null || (envelope.fh.createdAt ?? '') > envelope.del;
}

/**
 * Applies batches in order to a copy of `state` (keyed by `envelopeKey`). Used for pulled logs and
 * snapshots; the order does not change the result, but applying in log order keeps it predictable.
 */
export function mergeBatches(state: ReadonlyMap<string, Envelope>, batches: readonly Batch[]): Map<string, Envelope> {
  const next = new Map(state);
  for (const batch of batches) {
    for (const envelope of batch.records) {
      const key = envelopeKey(envelope);
      next.set(key, mergeEnvelope(next.get(key), envelope).merged);
    }
  }
  return next;
}

export function isText(type: RecordTable, field: string): boolean {
  return textFields[type]?.includes(field) ?? false;
}

interface Stamped {
  hlc: string;
  value: unknown;
}

/**
 * Higher clock wins. Clocks end in the device id, so two devices never tie; an exact tie means a
 * corrupt or replayed file, and comparing the values keeps even that deterministic.
 */
function beats(a: Stamped, b: Stamped): boolean {
  const byClock = compareHlc(a.hlc, b.hlc);
  if (byClock !== 0) return byClock > 0;
  return sortedJson(a.value) > sortedJson(b.value);
}

function maxNullable(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareHlc(a, b) >= 0 ? a : b;
}

/** A peer's file may name a field "__proto__"; plain assignment would change the prototype instead. */
function define(target: Record<string, unknown>, field: string, value: unknown): void {
  Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
}
