import { stores as previousStores } from './014-future-stamps';

/**
 * Schema v15: the sync password and the keys derived from the encryption passphrase move out of
 * `storage.local`, which the content scripts in call pages can read, into a store only extension
 * code opens. Nothing to convert here: the background moves stored settings when it next reads them.
 */
export const version = 15;

export const storageOnly = true;

export const stores = {
  ...previousStores,
  syncSecrets: 'id',
};
