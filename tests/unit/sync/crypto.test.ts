import { describe, expect, it } from 'vitest';
import { DecryptError, deriveKey, paddedLength, randomSalt, seal, unseal } from '@/utils/sync/crypto';

const place = { vaultId: 'vault-1', path: 'devices/a/log/0000000002.json' };
const plain = (text: string) => new TextEncoder().encode(text);

describe('sealed sync files', () => {
  const key = deriveKey('correct horse battery staple', randomSalt(), 100_000);

  it('open where they were sealed for, and nowhere else', async () => {
    const sealed = await seal(await key, plain('{"seq":2}'), place);
    expect(new TextDecoder().decode(await unseal(await key, sealed, place)).trimEnd()).toBe('{"seq":2}');
    for (const elsewhere of [
      { ...place, path: 'devices/a/log/0000000003.json' },
      { ...place, path: 'devices/b/log/0000000002.json' },
      { ...place, path: 'devices/a/head.json' },
      { ...place, vaultId: 'vault-2' },
    ]) {
      await expect(unseal(await key, sealed, elsewhere)).rejects.toThrow(DecryptError);
    }
  });

  it('start with CBX2, and one changed byte fails', async () => {
    const sealed = await seal(await key, plain('{}'), place);
    expect(new TextDecoder().decode(sealed.subarray(0, 4))).toBe('CBX2');
    sealed[sealed.length - 1]! ^= 1;
    await expect(unseal(await key, sealed, place)).rejects.toThrow(DecryptError);
  });

  it('come in few sizes: small files alike, larger ones at most 12 % padded', async () => {
    const small = await Promise.all([1, 100, 400].map(async (n) => (await seal(await key, plain('x'.repeat(n)), place)).length));
    expect(new Set(small).size).toBe(1);
    const sizes = new Set<number>();
    for (let length = 1; length <= 200_000; length += 97) {
      const padded = paddedLength(length);
      expect(padded).toBeGreaterThanOrEqual(length);
      expect(padded).toBeLessThanOrEqual(Math.max(512, length * 1.12));
      sizes.add(padded);
    }
    // About 2,000 lengths tried share a small fraction as many sizes.
    expect(sizes.size).toBeLessThan(200);
  });
});
