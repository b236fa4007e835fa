import type { Transaction } from 'dexie';
import { stores as previousStores } from './002-call-clock';

/** Schema v3: pre-mortem risks, the user's own statements and statement sets; ratings by objective; session takeaways. */
export const version = 3;

export const stores = {
  ...previousStores,
  ratings: 'id, sessionId, personId, statementId, objectiveId, updatedAt',
  risks: 'id, objectiveId, updatedAt',
  statements: 'id, updatedAt',
  statementSets: 'id, updatedAt',
};

export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table<{ takeaway?: string }>('sessions')
    .toCollection()
    .modify((session) => {
      session.takeaway ??= '';
    });
}
