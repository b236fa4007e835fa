import type { KdfParams, KeptKey, KeyStore } from '../sync/vault-keys';
import { kdfId } from '../sync/vault-keys';
import type { CoachbarDatabase } from './database';

/**
 * A sync secret, in the extension's own IndexedDB: content scripts run in the call page's origin and
 * cannot open it, as they can read `storage.local`. Never synced, never in a backup file.
 */
export type SyncSecret =
  | { id: 'password'; value: string }
  /** The passphrase as given, only until a sync run has opened the folder with it and kept its key. */
  | { id: 'passphrase'; value: string }
  | { id: `key:${string}`; kdf: KdfParams; key: CryptoKey; keptAt: number };

/** The WebDAV password, and the encryption passphrase's derived, non-extractable keys (one per vault salt). */
export class SyncSecrets implements KeyStore {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** New sign-in details: whatever was kept for an earlier server or passphrase goes. */
  async replace({ password, passphrase }: { password: string; passphrase: string | null }): Promise<void> {
    await this.db.transaction('rw', this.db.syncSecrets, async () => {
      await this.db.syncSecrets.clear();
      await this.db.syncSecrets.put({ id: 'password', value: password });
      if (passphrase !== null) await this.db.syncSecrets.put({ id: 'passphrase', value: passphrase });
    });
  }

  async password(): Promise<string | null> {
    const found = await this.db.syncSecrets.get('password');
    return found?.id === 'password' ? found.value : null;
  }

  async passphrase(): Promise<string | null> {
    const found = await this.db.syncSecrets.get('passphrase');
    return found?.id === 'passphrase' ? found.value : null;
  }

  async get(kdf: KdfParams): Promise<CryptoKey | null> {
    const found = await this.db.syncSecrets.get(`key:${kdfId(kdf)}`);
    return found && 'key' in found ? found.key : null;
  }

  async keep({ kdf, key }: KeptKey): Promise<void> {
    await this.db.transaction('rw', this.db.syncSecrets, async () => {
      await this.db.syncSecrets.put({ id: `key:${kdfId(kdf)}`, kdf, key, keptAt: this.now() });
      await this.db.syncSecrets.delete('passphrase');
    });
  }

  async latest(): Promise<KeptKey | null> {
    const keys = (await this.db.syncSecrets.toArray()).flatMap((secret) => ('key' in secret ? [secret] : []));
    const last = keys.sort((a, b) => b.keptAt - a.keptAt)[0];
    return last ? { kdf: last.kdf, key: last.key } : null;
  }

  async clear(): Promise<void> {
    await this.db.syncSecrets.clear();
  }
}
