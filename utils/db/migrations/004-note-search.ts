import type { Transaction } from 'dexie';
import { indexWords } from '../../search/tokenize';
import { stores as previousStores } from './003-people-okrs';

/** Schema v4: every note keeps its words in a multi-entry index, so search looks words up instead of scanning notes. */
export const version = 4;

export const stores = {
  ...previousStores,
  notes: 'id, sessionId, *words, updatedAt',
  actionItems: 'id, personId, sessionId, doneAt, updatedAt',
};

export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table<{ text: string; words?: string[] }>('notes')
    .toCollection()
    .modify((note) => {
      note.words = indexWords(note.text);
    });
}
