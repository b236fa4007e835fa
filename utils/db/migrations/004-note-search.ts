import type { Transaction } from 'dexie';
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

/**
 * Frozen copy of utils/search/tokenize.ts's indexWords as of v11, so this upgrade indexes as it
 * always did whatever search does later: lower-case, accents kept, at least 2 characters, each once.
 */
function indexWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]{2,}/gu)) words.add(match[0].slice(0, 40));
  return [...words];
}
