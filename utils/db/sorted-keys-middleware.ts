import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { withSortedKeys } from '../json/sorted-keys';

/**
 * Every row is stored with its keys sorted at every level, the order the backup file writes
 * them in, so an export can serialize rows as they are read (serializeTable). Written here, below
 * every table call, so no write path can miss it; a single record costs microseconds.
 */
export const sortedKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sortedKeys',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return { ...table, mutate: (request: DBCoreMutateRequest) => table.mutate(request.type === 'add' || request.type === 'put' ? { ...request, values: request.values.map(withSortedKeys) } : request) };
    },
  }),
};
