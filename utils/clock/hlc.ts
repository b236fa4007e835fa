/**
 * Hybrid logical clock stamps: "<wallMs:13>:<counter:5>:<deviceId>". Zero-padded, so comparing
 * the strings as text orders them by wall time, then counter, then device.
 */
export interface Hlc {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const maxWallMs = 9_999_999_999_999;
const maxCounter = 99_999;
const hlcPattern = /^(\d{13}):(\d{5}):([^:]+)$/;

/** Refuses anything that would not fit the fixed widths, since a wider or signed field breaks text order. */
export function formatHlc({ wallMs, counter, deviceId }: Hlc): string {
  if (deviceId === '' || deviceId.includes(':')) throw new Error(`Invalid device id for a clock stamp: "${deviceId}"`);
  if (!Number.isInteger(wallMs) || wallMs < 0 || wallMs > maxWallMs) throw new Error(`Clock stamp wall time out of range: ${wallMs}`);
  if (!Number.isInteger(counter) || counter < 0 || counter > maxCounter) throw new Error(`Clock stamp counter out of range: ${counter}`);
  return `${String(wallMs).padStart(13, '0')}:${String(counter).padStart(5, '0')}:${deviceId}`;
}

export function parseHlc(stamp: string): Hlc {
  const match = hlcPattern.exec(stamp);
  if (!match) throw new Error(`Not a clock stamp: "${stamp.slice(0, 60)}"`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), deviceId: match[3]! };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A stamp more than this far ahead of the device's wall clock is not trusted: a restore or a peer
 * carrying one is refused (docs/sync.md), since adopting it would carry this device's clock, and
 * every later stamp, that far into the future.
 */
export const maxClockAheadMs = 24 * 60 * 60 * 1000;

/**
 * For a well-formed stamp (callers check the format first): its fixed-width wall time is compared
 * as text, since a restore checks every stamp of every record.
 */
export function isTooFarAhead(stamp: string, now: number): boolean {
  const limit = Math.max(0, Math.floor(now)) + maxClockAheadMs;
  return limit < maxWallMs && stamp.slice(0, 13) > String(limit).padStart(13, '0');
}

/**
 * The stamp for a local event: later than `last`, and never behind the wall clock. At the format's
 * largest stamp it stays there rather than throw: a write must not fail because of a clock.
 */
export function tickHlc(last: string | null, now: number, deviceId: string): string {
  const previous = last === null ? null : parseHlc(last);
  return formatHlc(advance(previous, wallTime(now), deviceId));
}

/** The stamp after seeing a remote one: later than both, so causality survives clock skew. */
export function receiveHlc(last: string | null, remote: string, now: number, deviceId: string): string {
  const seen = parseHlc(remote);
  const previous = last === null ? seen : maxHlc(parseHlc(last), seen);
  return formatHlc(advance(previous, wallTime(now), deviceId));
}

/**
 * NaN would silently lose every comparison in `advance` and reuse the previous wall time; a time
 * outside the format is held at its edge.
 */
function wallTime(now: number): number {
  if (Number.isNaN(now)) throw new Error(`Clock stamp needs a time, got ${now}`);
  return Math.min(maxWallMs, Math.max(0, Math.floor(now)));
}

/** The device id is ignored: the next stamp carries our own id and a higher counter either way. */
function maxHlc(a: Hlc, b: Hlc): Hlc {
  return a.wallMs > b.wallMs || (a.wallMs === b.wallMs && a.counter >= b.counter) ? a : b;
}

function advance(previous: Hlc | null, now: number, deviceId: string): Hlc {
  if (!previous || now > previous.wallMs) return { wallMs: now, counter: 0, deviceId };
  if (previous.counter < maxCounter) return { wallMs: previous.wallMs, counter: previous.counter + 1, deviceId };
  // The counter is spent: borrow a millisecond from the future rather than repeat a stamp.
  if (previous.wallMs < maxWallMs) return { wallMs: previous.wallMs + 1, counter: 0, deviceId };
  return { wallMs: maxWallMs, counter: maxCounter, deviceId };
}
