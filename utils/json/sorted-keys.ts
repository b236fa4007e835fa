/**
 * Key order of JSON data. The backup file lists every object's keys in sorted order, and records
 * are stored that way too (utils/db/sorted-keys-middleware.ts), so an export can hand them to
 * JSON.stringify as they are: without a replacer it is several times faster.
 */

/** Plain objects only, from any realm: Dates, Maps, Blobs and the like are values, not records. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * A copy of `value` with every plain object's keys, at every level, in sorted order (by UTF-16
 * code units, like Array.prototype.sort); arrays keep their order, other values are shared.
 * JavaScript lists integer-like keys ("1", "20") first whatever their insertion order, so an
 * object with those can still fail hasSortedKeys.
 */
export function withSortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withSortedKeys) as T;
  if (!isPlainObject(value)) return value;
  // fromEntries defines each key as its own, so even a key named "__proto__" stays data.
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, withSortedKeys(value[key])]),
  ) as T;
}

/**
 * True when every object in `value`, at every level, lists its keys in strictly sorted order and
 * none is named "__proto__": then JSON.stringify(value) is the file's sorted form as it is.
 */
export function hasSortedKeys(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (!hasSortedKeys(item)) return false;
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    if (key === '__proto__' || (index > 0 && keys[index - 1]! >= key)) return false;
    if (!hasSortedKeys((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** JSON with sorted keys, so equal values compare equal whatever order their keys came in. */
export function sortedJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? '';
}
