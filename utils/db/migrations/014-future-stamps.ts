import type { Transaction } from 'dexie';
import { stores as previousStores } from './013-drop-rating-sheets';

/**
 * Schema v14: before restores and sync refused stamps far ahead of the device's clock, one such
 * stamp (e.g. `9999999999999:99990:x`) could reach stored records and the device clock, and then no
 * edit of those fields could ever win a merge. Every stamp more than 24 h ahead of now is brought
 * back to now (keeping its device), and a device clock that far ahead is dropped, so the device
 * ticks from its wall clock again. Peers run the same repair when they update.
 */
export const version = 14;

/** Same records, same stores; only stamps that could not be true change. */
export const storageOnly = true;

export const stores = previousStores;

// Frozen as of v14: the record stores and the stamp format of that version.
const recordStores = ['people', 'templates', 'sessions', 'notes', 'ratings', 'objectives', 'keyResults', 'risks', 'statements', 'statementSets', 'actionItems', 'questions', 'settings', 'conflicts'];
const stampPattern = /^(\d{13}):(\d{5}):([^:]+)$/;
const aheadMs = 24 * 60 * 60 * 1000;

type Stamped = Record<string, unknown> & { fieldClocks?: Record<string, unknown>; baseClocks?: Record<string, unknown> };

export async function upgrade(tx: Transaction): Promise<void> {
  const now = Date.now();
  const repair = (stamp: unknown): unknown => {
    const match = typeof stamp === 'string' ? stampPattern.exec(stamp) : null;
    return match && Number(match[1]) > now + aheadMs ? `${String(now).padStart(13, '0')}:00000:${match[3]}` : stamp;
  };
  const repairClocks = (clocks: Record<string, unknown> | undefined) => clocks && Object.fromEntries(Object.entries(clocks).map(([field, stamp]) => [field, repair(stamp)]));
  for (const store of recordStores) {
    const rows: Stamped[] = await tx.table(store).toArray();
    const repaired = rows.flatMap((row) => {
      const next: Stamped = { ...row, updatedAt: repair(row.updatedAt), deletedAt: repair(row.deletedAt) };
      if (row.fieldClocks) next.fieldClocks = repairClocks(row.fieldClocks);
      if (row.baseClocks) next.baseClocks = repairClocks(row.baseClocks);
      if ('hlc' in row) next.hlc = repair(row.hlc);
      return JSON.stringify(next) === JSON.stringify(row) ? [] : [next];
    });
    if (repaired.length > 0) await tx.table(store).bulkPut(repaired);
  }
  const clock = await tx.table<{ key: string; value: string }>('meta').get('clock');
  if (clock && repair(clock.value) !== clock.value) await tx.table('meta').delete('clock');
}
