/**
 * The local calendar day of `ms` as YYYY-MM-DD. `offsetMinutes` is what
 * `Date.prototype.getTimezoneOffset()` returns for that moment (UTC minus local).
 */
export function localDay(ms: number, offsetMinutes: number): string {
  return new Date(ms - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function localDayNow(ms: number): string {
  return localDay(ms, new Date(ms).getTimezoneOffset());
}
