/**
 * End-to-end encryption of sync files: AES-GCM with a key derived from the user's passphrase by
 * PBKDF2-SHA-256. WebCrypto only, so the same code runs in the service worker and in Node tests.
 */
export const kdfIterations = 600_000;
/**
 * The most PBKDF2 rounds a sync folder may ask of us: `sync.json` is the server's to write, and a
 * huge count would keep the background busy at every run. Raising the default above this needs a
 * new vault format version, so older builds say "Update needed" rather than refuse.
 */
export const maxKdfIterations = 2_000_000;

/** Format 1: no additional data, no padding. Still read (docs/sync.md, "Encryption"). */
const magicV1 = new TextEncoder().encode('CBX1');
/** Format 2: bound to its vault and path by AES-GCM additional data, and padded. */
const magicV2 = new TextEncoder().encode('CBX2');
const magicBytes = 4;
const ivBytes = 12;
const tagBytes = 16;

export class DecryptError extends Error {
  override name = 'DecryptError';
}

/** Where a sealed file belongs: a file moved to another vault, device or sequence no longer opens. */
export interface FilePlace {
  vaultId: string;
  /** The file's path in the vault, e.g. `devices/<device>/log/0000000007.json`; it names device and seq. */
  path: string;
}

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(16));
}

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = kdfIterations): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * "CBX2" + a fresh 12-byte IV + ciphertext with its tag. The plaintext is padded with spaces (JSON
 * ignores them) to a Padmé bucket, so a file's size tells little about how much it holds.
 */
export async function seal(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, place: FilePlace): Promise<Uint8Array<ArrayBuffer>> {
  const padded = new Uint8Array(paddedLength(plain.length)).fill(0x20);
  padded.set(plain, 0);
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(place) }, key, padded));
  const sealed = new Uint8Array(magicBytes + ivBytes + cipher.length);
  sealed.set(magicV2, 0);
  sealed.set(iv, magicBytes);
  sealed.set(cipher, magicBytes + ivBytes);
  return sealed;
}

/**
 * Opens a file of format 2 sealed for `place`, or of format 1 (which the caller checks by its
 * content). Throws DecryptError for a wrong key, a plaintext file, a file sealed for another place,
 * or any changed byte. Padding stays: JSON.parse skips it.
 */
export async function unseal(key: CryptoKey, sealed: Uint8Array, place: FilePlace): Promise<Uint8Array<ArrayBuffer>> {
  const version = sealed.length < magicBytes + ivBytes + tagBytes ? null : sealedVersion(sealed);
  if (version === null) throw new DecryptError('Not an encrypted Coachbar file');
  const iv = sealed.slice(magicBytes, magicBytes + ivBytes);
  const params: AesGcmParams = version === 2 ? { name: 'AES-GCM', iv, additionalData: additionalData(place) } : { name: 'AES-GCM', iv };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, key, sealed.slice(magicBytes + ivBytes)));
  } catch {
    throw new DecryptError('The file does not decrypt with this passphrase, or it was changed or moved');
  }
}

/** The format of a sealed file by its first bytes, or null when it is none of ours. */
function sealedVersion(sealed: Uint8Array): 1 | 2 | null {
  return startsWith(sealed, magicV2) ? 2 : startsWith(sealed, magicV1) ? 1 : null;
}

/**
 * Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
 * PURBs", PETS 2019): at most 12 % larger, and a size reveals O(log log n) bits. Small files share
 * one bucket.
 */
export function paddedLength(length: number): number {
  const size = Math.max(length, 512);
  const exponent = Math.floor(Math.log2(size));
  const bitsOfExponent = Math.floor(Math.log2(exponent)) + 1;
  const mask = 2 ** (exponent - bitsOfExponent) - 1;
  return Math.ceil(size / (mask + 1)) * (mask + 1);
}

function additionalData(place: FilePlace): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(['coachbar-sync', 2, place.vaultId, place.path]));
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
