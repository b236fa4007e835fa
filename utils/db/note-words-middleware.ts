import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { indexWords } from '../search/tokenize';

/** A note's search words, kept apart from the note: derived from its text, looked up by search. */
export interface NoteWords {
  id: string;
  words: string[];
}

const notesStore = 'notes';
const wordsStore = 'noteWords';

/**
 * Keeps `noteWords` in step with `notes` under every write, in the same transaction: a live note
 * gets its text's words, a deleted one none. Every read-write transaction over notes is widened to
 * cover noteWords, so no write path can miss it. The notes themselves carry no words, so an export
 * reads and writes less. Older migrations run before the store exists: then there is nothing to keep.
 */
export const noteWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noteWords',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes(notesStore) && !stores.includes(wordsStore) ? [...stores, wordsStore] : stores, mode, options),
    table(name) {
      const table = down.table(name);
      if (name !== notesStore) return table;
      return {
        ...table,
        async mutate(request) {
          const result = await table.mutate(request);
          // Dexie's IndexedDB core hands the native transaction down; during an older migration it lacks the store.
          if ((request.trans as unknown as IDBTransaction).objectStoreNames.contains(wordsStore)) await keepWords(down.table(wordsStore), request);
          return result;
        },
      };
    },
  }),
};

async function keepWords(words: DBCoreTable, request: DBCoreMutateRequest): Promise<void> {
  const { trans } = request;
  if (request.type === 'delete') {
    await words.mutate({ type: 'delete', trans, keys: request.keys });
  } else if (request.type === 'deleteRange') {
    await words.mutate({ type: 'deleteRange', trans, range: request.range });
  } else {
    const notes = request.values as { id: string; text?: string; deletedAt?: string | null }[];
    const live = notes.filter((note) => !note.deletedAt);
    const deleted = notes.filter((note) => note.deletedAt).map((note) => note.id);
    if (live.length > 0) await words.mutate({ type: 'put', trans, values: live.map((note) => ({ id: note.id, words: indexWords(note.text ?? '') })) });
    if (deleted.length > 0) await words.mutate({ type: 'delete', trans, keys: deleted });
  }
}
