import type { Transaction } from 'dexie';
import { stores as previousStores } from './009-rating-text';

/**
 * Schema v10: a note's search words leave its row for a store of their own, `noteWords`, which
 * utils/db/note-words-middleware.ts keeps under every write of a note. An export then reads and
 * writes notes without them (0.9 MB of the seeded data's 3.7 MB of notes).
 */
export const version = 10;

/**
 * Files and peers never relied on the words: sync never carried them, and restores derive them
 * (readers of older files default them to empty). Files simply stop carrying them.
 */
export const storageOnly = true;

export const stores = {
  ...previousStores,
  notes: 'id, sessionId, updatedAt',
  noteWords: 'id, *words',
};

export async function upgrade(tx: Transaction): Promise<void> {
  // Each note written again without its words: the middleware indexes it into noteWords.
  await tx
    .table<{ words?: string[] }>('notes')
    .toCollection()
    .modify((note) => {
      delete note.words;
    });
}
