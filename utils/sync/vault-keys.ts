import { deriveKey, fromBase64, kdfIterations, randomSalt, toBase64 } from './crypto';

/** What the key of an encrypted vault is derived with; both stand in the vault's `sync.json`. */
export interface KdfParams {
  /** Base64. */
  salt: string;
  iterations: number;
}

export interface KeptKey {
  kdf: KdfParams;
  key: CryptoKey;
}

/**
 * Where the background keeps derived keys between runs (utils/db/sync-secrets.ts), so that the
 * passphrase itself is needed only until the first run has opened the folder with it.
 */
export interface KeyStore {
  get(kdf: KdfParams): Promise<CryptoKey | null>;
  /** The key opened its vault: keep it, and drop the passphrase it came from. */
  keep(kept: KeptKey): Promise<void>;
  /** The key kept last, to encrypt a vault made again (a folder emptied on the server). */
  latest(): Promise<KeptKey | null>;
}

/**
 * The key of an encrypted vault: one kept from an earlier run for the vault's salt, or else derived
 * from the passphrase. Keys are non-extractable: code that can read them can use them in this
 * browser, never copy them out.
 */
export class VaultKeys {
  /** PBKDF2 is slow on purpose: a new vault's key is derived once and found here when it is opened. */
  private readonly derived = new Map<string, CryptoKey>();

  constructor(
    private readonly passphrase: string | null,
    private readonly store: KeyStore | null = null,
  ) {}

  /** Null when no key is kept for this salt and no passphrase was given. */
  async keyFor(kdf: KdfParams): Promise<CryptoKey | null> {
    const known = this.derived.get(kdfId(kdf)) ?? (await this.store?.get(kdf)) ?? null;
    if (known || this.passphrase === null) return known;
    const key = await deriveKey(this.passphrase, fromBase64(kdf.salt), kdf.iterations);
    this.derived.set(kdfId(kdf), key);
    return key;
  }

  /** The key's check text decrypted: it is the right one. */
  async opened(kdf: KdfParams, key: CryptoKey): Promise<void> {
    await this.store?.keep({ kdf, key });
  }

  /**
   * A fresh salt and its key, from the passphrase; without one, the kept key and its salt, so that
   * browsers that know the passphrase still open the vault made with them. Null without either.
   */
  async newKey(): Promise<KeptKey | null> {
    if (this.passphrase === null) return (await this.store?.latest()) ?? null;
    const kdf = { salt: toBase64(randomSalt()), iterations: kdfIterations };
    const key = await deriveKey(this.passphrase, fromBase64(kdf.salt), kdf.iterations);
    this.derived.set(kdfId(kdf), key);
    return { kdf, key };
  }
}

export function kdfId({ salt, iterations }: KdfParams): string {
  return `${iterations}:${salt}`;
}
