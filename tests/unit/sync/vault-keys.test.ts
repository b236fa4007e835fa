import { describe, expect, it, vi } from 'vitest';
import { fromBase64, kdfIterations } from '@/utils/sync/crypto';
import { kdfId, VaultKeys, type KdfParams, type KeptKey, type KeyStore } from '@/utils/sync/vault-keys';

/** Keys kept in memory, as the background keeps them in its IndexedDB. */
class MemoryKeyStore implements KeyStore {
  readonly kept = new Map<string, KeptKey>();
  async get(kdf: KdfParams) {
    return this.kept.get(kdfId(kdf))?.key ?? null;
  }
  async keep(kept: KeptKey) {
    this.kept.set(kdfId(kept.kdf), kept);
  }
  async latest() {
    return [...this.kept.values()].at(-1) ?? null;
  }
}

// Few rounds: these tests are about which key is used, not about PBKDF2.
const kdf: KdfParams = { salt: 'AAECAwQFBgcICQoLDA0ODw==', iterations: 1_000 };

async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const iv = new Uint8Array(12);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, new TextEncoder().encode('x'));
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, sealed).then(
    () => true,
    () => false,
  );
}

describe('VaultKeys', () => {
  it('derives from the passphrase and keeps only what opened the vault', async () => {
    const store = new MemoryKeyStore();
    const keys = new VaultKeys('correct horse', store);
    const key = (await keys.keyFor(kdf))!;
    expect(store.kept.size).toBe(0);
    await keys.opened(kdf, key);
    expect(await store.get(kdf)).toBe(key);
    expect(key.extractable).toBe(false);
  });

  it('opens a vault with a kept key and no passphrase, and has nothing for another salt', async () => {
    const store = new MemoryKeyStore();
    const derived = (await new VaultKeys('correct horse', store).keyFor(kdf))!;
    await store.keep({ kdf, key: derived });
    const withoutPassphrase = new VaultKeys(null, store);
    expect(await withoutPassphrase.keyFor(kdf)).toBe(derived);
    expect(await withoutPassphrase.keyFor({ ...kdf, salt: 'EBESExQVFhcYGRobHB0eHw==' })).toBeNull();
    expect(await withoutPassphrase.keyFor({ ...kdf, iterations: 2_000 })).toBeNull();
  });

  it('makes a new vault with a fresh salt from the passphrase, and derives its key once', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const keys = new VaultKeys('correct horse');
    const fresh = (await keys.newKey())!;
    expect(fresh.kdf.iterations).toBe(kdfIterations);
    expect(fromBase64(fresh.kdf.salt)).toHaveLength(16);
    expect(await keys.keyFor(fresh.kdf)).toBe(fresh.key);
    expect(derive).toHaveBeenCalledTimes(1);
    expect((await new VaultKeys('correct horse').newKey())!.kdf.salt).not.toBe(fresh.kdf.salt);
  });

  it('without the passphrase, makes a vault again with the kept key and its salt, so other browsers still open it', async () => {
    const store = new MemoryKeyStore();
    const key = (await new VaultKeys('correct horse').keyFor(kdf))!;
    await store.keep({ kdf, key });
    expect(await new VaultKeys(null, store).newKey()).toEqual({ kdf, key });
    expect(await sameKey(key, (await new VaultKeys('correct horse').keyFor(kdf))!)).toBe(true);
    expect(await new VaultKeys(null, new MemoryKeyStore()).newKey()).toBeNull();
  });
});
