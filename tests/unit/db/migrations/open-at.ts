import Dexie from 'dexie';
import { declareMigrations } from '@/utils/db/migrations';

/** The database `name` opened at schema `version`: upgraded by the migrations up to it, none after. */
export async function openAt(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  declareMigrations(db, version);
  await db.open();
  return db;
}

/** Whether every object in `value`, at every level, lists its keys in sorted order, as v8–v11 stored rows. */
export function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return keys.every((key, index) => index === 0 || keys[index - 1]! < key) && Object.values(value).every(keysSorted);
}
