import { compareHlc } from '../clock/hlc';
import type { BaseRecord, RecordTable } from '../db/records';
import { withConsistentClocks } from '../sync/envelope';
import { conflictCopy, needsYesToDelete, textFields, type ConflictCopy } from '../sync/merge';
import { backupTables, type Backup, type TableRecords } from './format';

/**
 * Restore is a merge, planned here as pure data; the caller applies it in one transaction.
 *
 * Each backup record first gets clocks that agree with each other (withConsistentClocks), so it is
 * merged here as sync will merge it on the other devices. Then per id, per table:
 * - only in the backup, live            → new (put)
 * - only in the backup, tombstone       → unchanged; kept (`quiet`) so a later restore or sync
 *                                         knows of the delete, but not sent to other devices: it
 *                                         changes nothing here, and must not delete anything there
 * - same `updatedAt` on both sides      → unchanged
 * - local `updatedAt` is higher         → unchanged: the local record wins and stays
 * - backup `updatedAt` is higher:
 *     backup is a tombstone, local live → deleted (put the tombstone)
 *     both tombstones                   → unchanged (quiet, to keep the newer clock)
 *     otherwise                         → updated (put), also when it revives a local tombstone
 * - only local                          → untouched (a restore never removes what it does not know)
 *
 * Conflicts: a record live on both sides with a different text (any of its table's `textFields`,
 * as sync keeps them) counts as a conflict, whichever side wins. When the backup wins, the local
 * text would be overwritten, so it goes to `conflictCopies` as sync keeps the losing side of a text
 * (utils/sync/merge.ts), shown under its record with "Use this" / "Keep mine".
 */

export interface RestoreCounts {
  new: number;
  updated: number;
  unchanged: number;
  deleted: number;
  conflicts: number;
}

export interface RestorePlan {
  /** Records to write that change something here, per table; they go to sync peers too. */
  put: TableRecords;
  /** Records to write that change nothing visible (tombstones, newer clocks): kept here only. */
  quiet: TableRecords;
  summary: { [T in RecordTable]: RestoreCounts };
  totals: RestoreCounts;
  /** Local texts that lose to the backup; not in `put`. */
  conflictCopies: ConflictCopy[];
  /** The highest clock stamp in the backup, to advance the local clock past it. */
  maxClock: string | null;
}

/** Whether the plan deletes so much of what is here (`live` records per table) that the user must say yes first. */
export function restoreNeedsYes(summary: RestorePlan['summary'], live: Partial<Record<RecordTable, number>>): boolean {
  return needsYesToDelete(Object.fromEntries(Object.entries(summary).map(([table, counts]) => [table, counts.deleted])), live);
}

export function planRestore(current: TableRecords, incoming: Backup): RestorePlan {
  const put = {} as Record<RecordTable, BaseRecord[]>;
  const quiet = {} as Record<RecordTable, BaseRecord[]>;
  const summary = {} as Record<RecordTable, RestoreCounts>;
  const totals = emptyCounts();
  const conflictCopies: ConflictCopy[] = [];
  let maxClock: string | null = null;

  for (const table of backupTables) {
    const counts = emptyCounts();
    const local = new Map<string, BaseRecord>();
    for (const record of current[table] as BaseRecord[]) local.set(record.id, record);
    // Written records by id: a (malformed) backup with one id twice keeps the newest only.
    const writes = new Map<string, { record: BaseRecord; shown: boolean }>();

    for (const given of incoming.records[table] as BaseRecord[]) {
      const record = withConsistentClocks(table, given);
      maxClock = maxStamp(maxStamp(maxClock, record.updatedAt), record.deletedAt);
      const mine = writes.get(record.id)?.record ?? local.get(record.id);
      if (!mine) {
        if (record.deletedAt === null) counts.new++;
        else counts.unchanged++;
        writes.set(record.id, { record, shown: record.deletedAt === null });
        continue;
      }
      const order = compareHlc(record.updatedAt, mine.updatedAt);
      if (order === 0) {
        counts.unchanged++;
        continue;
      }
      const lostTexts = changedTexts(table, mine, record);
      if (lostTexts.length > 0) {
        counts.conflicts++;
        if (order > 0) for (const field of lostTexts) conflictCopies.push(conflictCopy(table, mine.id, field, textOf(mine, field), mine.fieldClocks?.[field] ?? mine.updatedAt));
      }
      if (order < 0) {
        counts.unchanged++;
        continue;
      }
      if (record.deletedAt !== null && mine.deletedAt !== null) {
        counts.unchanged++;
        writes.set(record.id, { record, shown: false });
        continue;
      }
      if (record.deletedAt !== null) counts.deleted++;
      else counts.updated++;
      writes.set(record.id, { record, shown: true });
    }

    put[table] = [...writes.values()].filter((write) => write.shown).map((write) => write.record);
    quiet[table] = [...writes.values()].filter((write) => !write.shown).map((write) => write.record);
    summary[table] = counts;
    for (const key of countKeys) totals[key] += counts[key];
  }

  return { put: put as unknown as TableRecords, quiet: quiet as unknown as TableRecords, summary, totals, conflictCopies, maxClock };
}

/** The text fields both live versions hold with different, non-empty local text: what the local side would lose. */
function changedTexts(table: RecordTable, local: BaseRecord, incoming: BaseRecord): string[] {
  if (local.deletedAt !== null || incoming.deletedAt !== null) return [];
  return (textFields[table] ?? []).filter((field) => textOf(local, field) !== '' && textOf(local, field) !== textOf(incoming, field));
}

function textOf(record: BaseRecord, field: string): string {
  const value = (record as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
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


