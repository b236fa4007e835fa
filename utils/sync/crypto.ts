/**
 * End-to-end encryption of sync files: AES-GCM with a key derived from the user's passphrase by
 * PBKDF2-SHA-256. WebCrypto only, so the same code runs in the service worker and in Node tests.
 */
export const kdfIterations = 600_000;
const magic = new TextEncoder().encode('CBX1');
const ivBytes = 12;

export class DecryptError extends Error {
  override name = 'DecryptError';
}

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(16));
}

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = kdfIterations): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** "CBX1" + a fresh 12-byte IV + ciphertext with its tag. */
export async function seal(key: CryptoKey, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const sealed = new Uint8Array(magic.length + ivBytes + cipher.length);
  sealed.set(magic, 0);
  sealed.set(iv, magic.length);
  sealed.set(cipher, magic.length + ivBytes);
  return sealed;
}

/** Throws DecryptError for a wrong key, a plaintext file, or any changed byte. */
export async function unseal(key: CryptoKey, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < magic.length + ivBytes + 16 || magic.some((byte, i) => sealed[i] !== byte)) throw new DecryptError('Not an encrypted Coachbar file');
  const iv = sealed.slice(magic.length, magic.length + ivBytes);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed.slice(magic.length + ivBytes)));
  } catch {
    throw new DecryptError('The file does not decrypt with this passphrase, or it was changed');
  }
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
