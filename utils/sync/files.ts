import { z } from 'zod';
import { conflictTypes, hlcPattern, limits } from '../backup/schema';
import { isTooFarAhead } from '../clock/hlc';
import { lazy } from '../lazy';
import { DecryptError, fromBase64, maxKdfIterations, seal, toBase64, unseal, type FilePlace } from './crypto';
import type { Batch, Envelope } from './envelope';
import { VaultKeys } from './vault-keys';

/** The remote layout (see the sync design): one folder per device, each writing only its own. */
export const vaultPath = 'sync.json';
export const devicesFolder = 'devices/';
export const headPath = (deviceId: string) => `devices/${deviceId}/head.json`;
export const logPath = (deviceId: string, seq: number) => `devices/${deviceId}/log/${String(seq).padStart(10, '0')}.json`;

export const syncFormat = 'coachbar-sync';
/**
 * The newest vault format this build reads; bumped only for changes older builds cannot read, which
 * then say "Update needed". 2: encrypted files are bound to their vault and path, and padded
 * (crypto.ts). A plain vault did not change and stays 1; see docs/sync.md, "Formats".
 */
export const syncFormatVersion = 2;
/** Plain vaults, heads and batches: their JSON has not changed since format 1. */
export const fileFormatVersion = 1;

/**
 * The most this build reads of each kind of file. A batch stays under 1 MB of JSON unless one record
 * is larger (a long note); the rest is room for that, for padding and for encryption.
 */
export const maxFileBytes = { vault: 64_000, head: 256_000, log: 8_000_000 } as const;

/** Built on first use, like the backup schemas (see schemas in ../backup/schema.ts). */
const syncSchemas = lazy(() => {
  const hlc = z.string().regex(hlcPattern);
  const deviceId = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);
  const seq = z.int().min(0).max(1e12);

  const vaultSchema = z.object({
    format: z.literal(syncFormat),
    formatVersion: z.int().min(1),
    vaultId: z.string().min(1).max(100),
    createdAt: z.number(),
    encryption: z
      .object({ kdf: z.literal('PBKDF2-SHA256'), iterations: z.int().min(100_000), salt: z.string().max(100), check: z.string().max(1_000) })
      .nullable(),
  });

  const headSchema = z.object({
    formatVersion: z.int().min(1),
    deviceId,
    seq,
    /** Random per push: tells our own lost commit from a cloned profile writing under our id. */
    commit: z.string().max(100),
    /** Batches from this seq on hold everything the device knew: a reader further behind skips to it. */
    fullFrom: seq.nullable(),
    schemaVersion: z.int().min(1),
    lastSeen: z.record(deviceId, seq),
    updatedAt: z.number(),
  });

  /** A field name; "__proto__" would change the parsed object's prototype instead of adding a field. */
  const fieldName = z.string().min(1).max(100).refine((name) => name !== '__proto__', 'reserved field name');

  const envelopeSchema = z.object({
    id: z.string().min(1).max(limits.idChars),
    type: z.enum([...conflictTypes, 'conflicts']),
    fh: z.record(fieldName, hlc),
    data: z.record(fieldName, z.unknown()),
    del: hlc.nullable(),
  });

  const batchSchema = z.object({
    formatVersion: z.int().min(1),
    deviceId,
    seq: seq.min(1),
    schemaVersion: z.int().min(1),
    /** What the writer had seen of each device when it wrote this batch: edits it had not seen are concurrent. */
    lastSeen: z.record(deviceId, seq),
    records: z.array(envelopeSchema).max(100_000),
  });

  return { vaultSchema, headSchema, batchSchema };
});
export type Vault = z.infer<ReturnType<typeof syncSchemas>['vaultSchema']>;
export type Head = z.infer<ReturnType<typeof syncSchemas>['headSchema']>;
export type LogBatch = Batch & { formatVersion: number; lastSeen: Record<string, number> };

/** A peer's file that cannot be read: its peer is skipped, never half-applied. */
export class CorruptFileError extends Error {
  override name = 'CorruptFileError';
}

/** A peer's file that names another device or sequence than its path: moved there, or replayed. */
export class MisplacedFileError extends CorruptFileError {
  override name = 'MisplacedFileError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The folder asks for more than this build does (a key derivation too costly): nothing is read. */
export class LimitError extends Error {
  override name = 'LimitError';
}

/** The passphrase is missing or wrong for an encrypted vault. */
export class PassphraseError extends Error {
  override name = 'PassphraseError';
}

/** Encrypts the vault: the passphrase, or keys kept from it (the background keeps no passphrase); null for plain JSON. */
export type VaultSecret = string | VaultKeys | null;

function vaultKeys(secret: VaultSecret): VaultKeys | null {
  if (typeof secret !== 'string') return secret;
  return secret ? new VaultKeys(secret) : null;
}

/**
 * Turns files into bytes and back: JSON, sealed with AES-GCM when the vault is encrypted. A sealed
 * file opens only in the vault, and at the path, it was written for.
 */
export class FileCodec {
  private constructor(
    private readonly key: CryptoKey | null,
    private readonly vaultId: string,
  ) {}

  static plain(vaultId: string): FileCodec {
    return new FileCodec(null, vaultId);
  }

  static async forVault(vault: Vault, secret: VaultSecret): Promise<FileCodec> {
    if (!vault.encryption) return FileCodec.plain(vault.vaultId);
    const { iterations } = vault.encryption;
    if (iterations > maxKdfIterations) throw new LimitError(`${vaultPath} asks for ${iterations} PBKDF2 rounds; this version of Coachbar does at most ${maxKdfIterations}`);
    const keys = vaultKeys(secret);
    const kdf = { salt: vault.encryption.salt, iterations: vault.encryption.iterations };
    const key = await keys?.keyFor(kdf);
    if (!keys || !key) throw new PassphraseError('This sync folder is encrypted: enter its passphrase');
    const codec = new FileCodec(key, vault.vaultId);
    try {
      const check = new TextDecoder().decode(await unseal(key, fromBase64(vault.encryption.check), codec.place(vaultPath)));
      // Format 2 pads what it seals with spaces.
      if (check.trimEnd() !== checkText(vault.vaultId)) throw new DecryptError('check text differs');
    } catch {
      throw new PassphraseError('The passphrase does not open this sync folder');
    }
    await keys.opened(kdf, key);
    return codec;
  }

  /** A new vault description; with a passphrase (or a key kept from one), files are encrypted from the first one on. */
  static async newVault(secret: VaultSecret, now: number): Promise<Vault> {
    const vaultId = crypto.randomUUID();
    const keys = vaultKeys(secret);
    if (!keys) return { format: syncFormat, formatVersion: fileFormatVersion, vaultId, createdAt: now, encryption: null };
    const fresh = await keys.newKey();
    if (!fresh) throw new PassphraseError('The sync folder must be encrypted again: enter its passphrase');
    const check = toBase64(await seal(fresh.key, new TextEncoder().encode(checkText(vaultId)), { vaultId, path: vaultPath }));
    return { format: syncFormat, formatVersion: syncFormatVersion, vaultId, createdAt: now, encryption: { kdf: 'PBKDF2-SHA256', iterations: fresh.kdf.iterations, salt: fresh.kdf.salt, check } };
  }

  /** `path` is where the file goes: sealed, it opens nowhere else. */
  async encode(value: unknown, path: string): Promise<Uint8Array<ArrayBuffer>> {
    const json = new TextEncoder().encode(JSON.stringify(value));
    return this.key ? seal(this.key, json, this.place(path)) : json;
  }

  async decodeHead(bytes: Uint8Array, path: string): Promise<Head> {
    return parseWith(syncSchemas().headSchema, await this.decode(bytes, path), path);
  }

  async decodeBatch(bytes: Uint8Array, path: string): Promise<LogBatch> {
    return parseWith(syncSchemas().batchSchema, await this.decode(bytes, path), path) as LogBatch;
  }

  private place(path: string): FilePlace {
    return { vaultId: this.vaultId, path };
  }

  private async decode(bytes: Uint8Array, path: string): Promise<unknown> {
    let plain: Uint8Array = bytes;
    if (this.key) {
      try {
        plain = await unseal(this.key, bytes, this.place(path));
      } catch (error) {
        throw new CorruptFileError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as unknown;
    } catch {
      throw new CorruptFileError(`${path}: not valid JSON (cut off or damaged)`);
    }
  }
}

/**
 * The first clock stamp in a peer's batch more than 24 h ahead of `now`, or null: the field clocks,
 * the delete, and a conflict copy's clock of its text. The batch schema has checked their format,
 * except a conflict's, which is checked with its record when applied.
 */
export function firstStampTooFarAhead(records: readonly Envelope[], now: number): string | null {
  for (const { fh, del, type, data } of records) {
    for (const stamp of Object.values(fh)) if (isTooFarAhead(stamp, now)) return stamp;
    if (del !== null && isTooFarAhead(del, now)) return del;
    if (type === 'conflicts' && typeof data.hlc === 'string' && hlcPattern.test(data.hlc) && isTooFarAhead(data.hlc, now)) return data.hlc;
  }
  return null;
}

/**
 * An encrypted vault of format 1, marked as format 2 once this build writes bound files into it, so
 * that older builds say "Update needed" instead of finding files they cannot open. Null when there
 * is nothing to change.
 */
export function upgradedVault(vault: Vault): Vault | null {
  return vault.encryption && vault.formatVersion < syncFormatVersion ? { ...vault, formatVersion: syncFormatVersion } : null;
}

export function encodeVault(vault: Vault): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(vault, null, 2));
}

export function decodeVault(bytes: Uint8Array): Vault {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CorruptFileError(`${vaultPath}: not valid JSON`);
  }
  return parseWith(syncSchemas().vaultSchema, value, vaultPath);
}

function checkText(vaultId: string): string {
  return `coachbar-vault:${vaultId}`;
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CorruptFileError(`${path}: ${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unexpected content'}`);
}

export type { Envelope };
