import type { Transaction } from 'dexie';
import { stores as previousStores } from './001-initial';

/** Schema v2: the section clock also keeps the call's start and its time away, for the call time of notes. */
export const version = 2;

export const stores = previousStores;

interface ClockV1 {
  index: number;
  sectionStartedAt: number;
  pausedAt: number | null;
  callStartedAt?: number;
  pausedMs?: number;
}

export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table<{ startedAt: number; clock: ClockV1 }>('sessions')
    .toCollection()
    .modify((session) => {
      session.clock.callStartedAt ??= session.startedAt;
      session.clock.pausedMs ??= 0;
    });
}
