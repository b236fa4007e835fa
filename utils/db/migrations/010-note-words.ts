import type { Transaction } from 'dexie';
import { stores as previousStores } from './009-rating-text';

/**
 * Schema v10: a note's search words leave its row for a store of their own, `noteWords`, derived
 * again from the note's text. An export then reads and writes notes without them.
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

/** A note as v9 stored it: its words on the row. Tombstones from sync carry no text. */
interface StoredNote {
  id: string;
  text?: string;
  deletedAt?: string | null;
  words?: string[];
}

export async function upgrade(tx: Transaction): Promise<void> {
  const notes = tx.table<StoredNote, string>('notes');
  const stored = await notes.toArray();
  await notes.bulkPut(stored.map(({ words: _words, ...note }) => note));
  // A deleted note has no words: search never finds it.
  const live = stored.filter((note) => !note.deletedAt);
  await tx.table('noteWords').bulkPut(live.map((note) => ({ id: note.id, words: indexWords(note.text ?? '') })));
}

/**
 * Frozen copy of utils/search/tokenize.ts's indexWords as of v11, so this upgrade indexes as it
 * always did whatever search does later: lower-case, accents kept, at least 2 characters, each once.
 */
function indexWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]{2,}/gu)) words.add(match[0].slice(0, 40));
  return [...words];
}
