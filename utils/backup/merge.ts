import { compareHlc } from '../clock/hlc';
import type { BaseRecord, NoteRecord, RecordTable } from '../db/records';
import { backupTables, type Backup, type TableRecords } from './format';
import { limits } from './schema';

/**
 * Restore is a merge, planned here as pure data; the caller applies `put` in one transaction.
 *
 * Per id, per table:
 * - only in the backup, live            → new (put)
 * - only in the backup, tombstone       → put, counted as unchanged (nothing visible changes, but a
 *                                         later restore or sync learns of the delete)
 * - same `updatedAt` on both sides      → unchanged
 * - local `updatedAt` is higher         → unchanged: the local record wins and stays
 * - backup `updatedAt` is higher:
 *     backup is a tombstone, local live → deleted (put the tombstone)
 *     both tombstones                   → unchanged (put, to keep the newer clock)
 *     otherwise                         → updated (put), also when it revives a local tombstone
 * - only local                          → untouched (a restore never removes what it does not know)
 *
 * Conflicts: a live note on both sides with different `updatedAt` and different `text` counts as a
 * conflict, whichever side wins. When the backup wins, the local text would be overwritten, so a
 * copy of the losing local note goes to `conflictCopies` (NOT into `put`): id
 * `conflict:<noteId>:<loserUpdatedAt>`, same session, section and text (verbatim), clocks as the
 * loser's. The caller decides how to store them (e.g. restamp `updatedAt` and put them, so the user
 * sees both texts in the session). When the local note wins, the backup's text stays in the file.
 */

export interface RestoreCounts {
  new: number;
  updated: number;
  unchanged: number;
  deleted: number;
  conflicts: number;
}

export interface RestorePlan {
  /** Records to write, per table; the winning backup versions, unchanged. */
  put: TableRecords;
  summary: { [T in RecordTable]: RestoreCounts };
  totals: RestoreCounts;
  /** Copies of local notes whose text loses to the backup; not in `put`. */
  conflictCopies: NoteRecord[];
  /** The highest updatedAt/deletedAt stamp in the backup, to advance the local clock past it. */
  maxClock: string | null;
}

export const conflictIdPrefix = 'conflict:';

/** Deleting more than this many records, or more than this share of the live ones here, waits for a yes. */
const quietDeletes = 10;
const quietDeleteShare = 0.1;

/** Whether a restore deletes so much of what is here (`live` records) that the user must say yes first. */
export function restoreNeedsYes(totals: RestoreCounts, live: number): boolean {
  return totals.deleted > quietDeletes || totals.deleted > live * quietDeleteShare;
}

export function planRestore(current: TableRecords, incoming: Backup): RestorePlan {
  const put = {} as Record<RecordTable, BaseRecord[]>;
  const summary = {} as Record<RecordTable, RestoreCounts>;
  const totals = emptyCounts();
  const conflictCopies: NoteRecord[] = [];
  let maxClock: string | null = null;

  for (const table of backupTables) {
    const counts = emptyCounts();
    const local = new Map<string, BaseRecord>();
    for (const record of current[table] as BaseRecord[]) local.set(record.id, record);
    // Written records by id: a (malformed) backup with one id twice keeps the newest only.
    const writes = new Map<string, BaseRecord>();

    for (const record of incoming.records[table] as BaseRecord[]) {
      maxClock = maxStamp(maxStamp(maxClock, record.updatedAt), record.deletedAt);
      const mine = writes.get(record.id) ?? local.get(record.id);
      if (!mine) {
        if (record.deletedAt === null) counts.new++;
        else counts.unchanged++;
        writes.set(record.id, record);
        continue;
      }
      const order = compareHlc(record.updatedAt, mine.updatedAt);
      if (order === 0) {
        counts.unchanged++;
        continue;
      }
      if (table === 'notes' && isTextConflict(mine as NoteRecord, record as NoteRecord)) {
        counts.conflicts++;
        if (order > 0) conflictCopies.push(conflictCopy(mine as NoteRecord));
      }
      if (order < 0) {
        counts.unchanged++;
        continue;
      }
      if (record.deletedAt !== null) {
        if (mine.deletedAt === null) counts.deleted++;
        else counts.unchanged++;
      } else {
        counts.updated++;
      }
      writes.set(record.id, record);
    }

    put[table] = [...writes.values()];
    summary[table] = counts;
    for (const key of countKeys) totals[key] += counts[key];
  }

  return { put: put as unknown as TableRecords, summary, totals, conflictCopies, maxClock };
}

const countKeys = ['new', 'updated', 'unchanged', 'deleted', 'conflicts'] as const;

function emptyCounts(): RestoreCounts {
  return { new: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: 0 };
}

function maxStamp(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareHlc(a, b) >= 0 ? a : b;
}

function isTextConflict(local: NoteRecord, incoming: NoteRecord): boolean {
  return local.deletedAt === null && incoming.deletedAt === null && local.text !== incoming.text;
}

/** The losing local note under a new id; the id stays within the backup's id limit. */
export function conflictCopy(loser: NoteRecord): NoteRecord {
  return { ...loser, id: conflictId(loser.id, loser.updatedAt), questionIds: [...loser.questionIds] };
}

export function conflictId(noteId: string, loserUpdatedAt: string): string {
  const id = `${conflictIdPrefix}${noteId}:${loserUpdatedAt}`;
  if (id.length <= limits.idChars) return id;
  // A copy of a copy grows: fall back to a hash of the long id, still unique per note and stamp.
  return `${conflictIdPrefix}${hash(id)}:${loserUpdatedAt}`.slice(0, limits.idChars);
}

/** FNV-1a, 2 × 32 bits, as 16 hex digits: enough to keep ids apart, no crypto needed. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
