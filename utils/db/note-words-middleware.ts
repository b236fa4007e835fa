import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
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
 * reads and writes less. Dexie builds this stack again for each migration step: before migration 10
 * made the store, there is nothing to keep. Promises are chained, not awaited, as Dexie's own
 * middlewares do, so the transaction zone the layers below read stays current.
 */
export const noteWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noteWords',
  create(down) {
    if (!down.schema.tables.some((table) => table.name === wordsStore)) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' && stores.includes(notesStore) && !stores.includes(wordsStore) ? [...stores, wordsStore] : stores, mode, options),
      table(name) {
        const table = down.table(name);
        if (name !== notesStore) return table;
        const words = down.table(wordsStore);
        return { ...table, mutate: (request) => table.mutate(request).then((response) => keepWords(words, request, response).then(() => response)) };
      },
    };
  },
};

function keepWords(words: DBCoreTable, request: DBCoreMutateRequest, response: DBCoreMutateResponse): Promise<unknown> {
  const { trans } = request;
  if (request.type === 'delete') return words.mutate({ type: 'delete', trans, keys: request.keys });
  if (request.type === 'deleteRange') return words.mutate({ type: 'deleteRange', trans, range: request.range });
  // The last value written for each id counts; values that failed were not written.
  const written = new Map<string, { text?: string; deletedAt?: string | null }>();
  (request.values as { id: string; text?: string; deletedAt?: string | null }[]).forEach((note, index) => {
    if (!response.failures[index]) written.set(note.id, note);
  });
  const live = [...written].filter(([, note]) => !note.deletedAt);
  const deleted = [...written].filter(([, note]) => note.deletedAt).map(([id]) => id);
  const put = live.length > 0 ? words.mutate({ type: 'put', trans, values: live.map(([id, note]) => ({ id, words: indexWords(note.text ?? '') })) }) : Promise.resolve();
  return put.then(() => (deleted.length > 0 ? words.mutate({ type: 'delete', trans, keys: deleted }) : undefined));
}
