import type { IndexableType, Table } from 'dexie';
import { compareIds, serializeTable } from '../backup/format';
import type { CoachbarDatabase } from './database';
import { bySheet, ratingSheet, ratingsOf, ratingsOfRuns, runsInIdOrder, serializeSheets, sheetIdOf, type RatingRun, type RatingSheet } from './rating-sheets';
import type { RatingRecord, RecordTable, RecordTables } from './records';

/**
 * A table's records as the repositories, the writer, backups and sync see them: one record at a
 * time, whichever IndexedDB store holds them. Most tables are a store of their own; ratings live in
 * a rating sheet per person and year (utils/db/rating-sheets.ts). Calls join the caller's transaction,
 * which must take in `storesOf` the table.
 */
export interface RecordAccess<R> {
  get(id: string): Promise<R | undefined>;
  /** The records with these ids, in their order (undefined where missing). */
  bulkGet(ids: readonly string[]): Promise<(R | undefined)[]>;
  put(record: R): Promise<void>;
  bulkPut(records: readonly R[]): Promise<void>;
  /** Every record, tombstones included, sorted by id. */
  toArray(): Promise<R[]>;
  /** Every record as the backup file writes the table (serializeTable). */
  serialized(): Promise<string>;
  /** Records, tombstones included, whose `index` field equals one of `values`. */
  anyOf(index: string, values: readonly IndexableType[]): Promise<R[]>;
}

/** The IndexedDB stores that hold these tables, for a transaction's scope. */
export function storesOf(tables: readonly RecordTable[]): string[] {
  return [...new Set(tables.map((table) => (table === 'ratings' ? 'ratingSheets' : table)))];
}

export function recordAccess<T extends RecordTable>(db: CoachbarDatabase, table: T): RecordAccess<RecordTables[T]> {
  if (table === 'ratings') return new RatingAccess(db.ratingSheets) as unknown as RecordAccess<RecordTables[T]>;
  return new StoreAccess(db.table<RecordTables[T], string>(table));
}

class StoreAccess<R> implements RecordAccess<R> {
  constructor(private readonly store: Table<R, string>) {}

  get(id: string): Promise<R | undefined> {
    return this.store.get(id);
  }

  bulkGet(ids: readonly string[]): Promise<(R | undefined)[]> {
    return this.store.bulkGet([...ids]);
  }

  async put(record: R): Promise<void> {
    await this.store.put(record);
  }

  async bulkPut(records: readonly R[]): Promise<void> {
    await this.store.bulkPut([...records]);
  }

  toArray(): Promise<R[]> {
    // One getAll(), in primary-key order.
    return this.store.toArray();
  }

  async serialized(): Promise<string> {
    return serializeTable((await this.toArray()) as object[]);
  }

  anyOf(index: string, values: readonly IndexableType[]): Promise<R[]> {
    return whereAnyOf(this.store, index, values).toArray();
  }
}

/** Sheet indexes by the rating field they cover. */
const sheetIndexes = new Map<string, 'sessionIds' | 'ratingIds' | 'personIds' | 'objectiveIds'>([
  ['sessionId', 'sessionIds'],
  ['id', 'ratingIds'],
  ['personId', 'personIds'],
  ['objectiveId', 'objectiveIds'],
]);

/** For indexes a sheet keeps per run, the runs holding one of `wanted`: only those are decoded. */
const runPickers = new Map<string, (run: RatingRun, wanted: ReadonlySet<IndexableType>) => boolean>([
  ['sessionId', (run, wanted) => wanted.has(run.sessionId)],
  ['id', (run, wanted) => run.ids.some((id) => wanted.has(id))],
]);

class RatingAccess implements RecordAccess<RatingRecord> {
  constructor(private readonly sheets: Table<RatingSheet, string>) {}

  async get(id: string): Promise<RatingRecord | undefined> {
    return (await this.bulkGet([id]))[0];
  }

  async bulkGet(ids: readonly string[]): Promise<(RatingRecord | undefined)[]> {
    const found = new Map((await this.anyOf('id', ids)).map((rating) => [rating.id, rating]));
    return ids.map((id) => found.get(id));
  }

  put(record: RatingRecord): Promise<void> {
    return this.bulkPut([record]);
  }

  /** Puts each rating in its sheet (sheetIdOf), taking it out of another sheet if its person or year changed. */
  async bulkPut(records: readonly RatingRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.sheets.db.transaction('rw', this.sheets, async () => {
      const incoming = new Map(records.map((record) => [record.id, record]));
      const touched = new Map<string, RatingSheet>();
      for (const sheet of await this.sheets.bulkGet([...new Set(records.map(sheetIdOf))])) if (sheet) touched.set(sheet.id, sheet);
      const held = new Set([...touched.values()].flatMap((sheet) => sheet.ratingIds));
      const unseen = [...incoming.keys()].filter((id) => !held.has(id));
      if (unseen.length > 0) for (const sheet of await this.holding('ratingIds', unseen)) touched.set(sheet.id, sheet);
      const kept = [...touched.values()].flatMap((sheet) => ratingsOf(sheet).filter((rating) => !incoming.has(rating.id)));
      const next = bySheet([...kept, ...incoming.values()]);
      const emptied = [...touched.keys()].filter((id) => !next.has(id));
      await this.sheets.bulkPut([...next].map(([id, ratings]) => ratingSheet(id, ratings)));
      if (emptied.length > 0) await this.sheets.bulkDelete(emptied);
    });
  }

  async toArray(): Promise<RatingRecord[]> {
    return sortedById(ratingsOfRuns(runsInIdOrder(await this.sheets.toArray())));
  }

  async serialized(): Promise<string> {
    return serializeSheets(await this.sheets.toArray());
  }

  async anyOf(index: string, values: readonly IndexableType[]): Promise<RatingRecord[]> {
    const sheetIndex = sheetIndexes.get(index);
    if (!sheetIndex) throw new Error(`Ratings have no index on ${index}`);
    if (values.length === 0) return [];
    const wanted = new Set(values);
    const pick = runPickers.get(index);
    const runs = runsInIdOrder(await this.holding(sheetIndex, values)).filter((run) => !pick || pick(run, wanted));
    return sortedById(ratingsOfRuns(runs).filter((rating) => wanted.has(rating[index as keyof RatingRecord] as IndexableType)));
  }

  /**
   * The sheets whose `index` holds one of `values`, each once. One value is one getAll(). For
   * several, Dexie's anyOf would hand over a sheet once for every value it holds (a year's sheet
   * holds ~1,000 rating ids), so only the sheets' keys are read that way, then each sheet once.
   */
  private async holding(index: string, values: readonly IndexableType[]): Promise<RatingSheet[]> {
    if (values.length === 1) return this.sheets.where(index).equals(values[0]!).toArray();
    const ids = [...new Set(await this.sheets.where(index).anyOf([...values]).primaryKeys())];
    return (await this.sheets.bulkGet(ids)).filter((sheet): sheet is RatingSheet => sheet !== undefined);
  }
}

/** One value is a key range, read by one getAll(); Dexie's anyOf walks a cursor, a round trip per row. */
function whereAnyOf<R>(store: Table<R, string>, index: string, values: readonly IndexableType[]) {
  return values.length === 1 ? store.where(index).equals(values[0]!) : store.where(index).anyOf([...values]);
}

/** Runs put in order of their first ids are nearly always in id order as a whole; sorted only when not. */
function sortedById(ratings: RatingRecord[]): RatingRecord[] {
  for (let i = 1; i < ratings.length; i += 1) {
    if (compareIds(ratings[i - 1]!, ratings[i]!) > 0) return ratings.sort(compareIds);
  }
  return ratings;
}
