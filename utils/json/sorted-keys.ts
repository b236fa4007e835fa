/** Key order of JSON data: equal values compare equal whatever order their keys came in. */

/** Plain objects only, from any realm: Dates, Maps, Blobs and the like are values, not records. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * A copy of `value` with every plain object's keys, at every level, in sorted order (by UTF-16
 * code units, like Array.prototype.sort); arrays keep their order, other values are shared.
 * JavaScript lists integer-like keys ("1", "20") first whatever their insertion order.
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

/** JSON with sorted keys, so equal values compare equal whatever order their keys came in. */
export function sortedJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? '';
}
