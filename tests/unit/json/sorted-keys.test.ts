import { describe, expect, it } from 'vitest';
import { sortedJson, withSortedKeys } from '@/utils/json/sorted-keys';

describe('withSortedKeys', () => {
  it('sorts keys at every level and leaves the original alone', () => {
    const original = { b: 1, a: { d: [{ f: 1, e: 2 }], c: null } };
    const sorted = withSortedKeys(original);
    expect(JSON.stringify(sorted)).toBe('{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1}');
    expect(Object.keys(original)).toEqual(['b', 'a']);
  });

  it('keeps values that are not plain objects as they are', () => {
    const at = new Date(0);
    const bytes = new Uint8Array([1, 2]);
    const sorted = withSortedKeys({ z: at, y: bytes, x: [3, 'a'] });
    expect(sorted.z).toBe(at);
    expect(sorted.y).toBe(bytes);
    expect(sorted.x).toEqual([3, 'a']);
  });

  it('keeps a key named like the object prototype as data, not as the prototype', () => {
    const sorted = withSortedKeys(JSON.parse('{"b":1,"__proto__":{"polluted":true}}') as Record<string, unknown>);
    expect(Object.keys(sorted)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(sorted)).toBe(Object.prototype);
    expect((sorted as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('sortedJson', () => {
  it('is the same for equal values whatever their key order', () => {
    expect(sortedJson({ site: 'meet', code: 'a', title: 't' })).toBe(sortedJson({ code: 'a', title: 't', site: 'meet' }));
    expect(sortedJson({ a: 1 })).not.toBe(sortedJson({ a: 2 }));
    expect(sortedJson(undefined)).toBe('');
  });
});
