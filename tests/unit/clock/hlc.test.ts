import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, parseHlc, receiveHlc, tickHlc } from '@/utils/clock/hlc';

describe('formatHlc / parseHlc', () => {
  it('round-trips and pads so text order is clock order', () => {
    const stamp = formatHlc({ wallMs: 42, counter: 7, deviceId: 'dev-a' });
    expect(stamp).toBe('0000000000042:00007:dev-a');
    expect(parseHlc(stamp)).toEqual({ wallMs: 42, counter: 7, deviceId: 'dev-a' });
  });

  it.each([
    { name: 'colon in device id', build: () => formatHlc({ wallMs: 1, counter: 0, deviceId: 'a:b' }) },
    { name: 'empty device id', build: () => formatHlc({ wallMs: 1, counter: 0, deviceId: '' }) },
    { name: 'malformed stamp', build: () => parseHlc('12:3:x') },
    { name: 'stamp with extra field', build: () => parseHlc('0000000000001:00000:a:b') },
  ])('rejects $name', ({ build }) => {
    expect(build).toThrow();
  });
});

describe('tickHlc', () => {
  it.each([
    { name: 'first stamp takes the wall clock', last: null, now: 1000, expected: '0000000001000:00000:me' },
    { name: 'later wall clock resets the counter', last: '0000000001000:00004:me', now: 2000, expected: '0000000002000:00000:me' },
    { name: 'same millisecond bumps the counter', last: '0000000001000:00004:me', now: 1000, expected: '0000000001000:00005:me' },
    { name: 'wall clock went back: keep the higher time', last: '0000000005000:00000:me', now: 1000, expected: '0000000005000:00001:me' },
    { name: 'counter spent: borrow a millisecond', last: '0000000001000:99999:me', now: 1000, expected: '0000000001001:00000:me' },
  ])('$name', ({ last, now, expected }) => {
    expect(tickHlc(last, now, 'me')).toBe(expected);
  });
});

describe('receiveHlc', () => {
  it.each([
    { name: 'remote ahead (skewed device)', last: '0000000001000:00000:me', remote: '0000000009000:00003:peer', now: 2000, expected: '0000000009000:00004:me' },
    { name: 'local ahead', last: '0000000009000:00000:me', remote: '0000000001000:00003:peer', now: 2000, expected: '0000000009000:00001:me' },
    { name: 'wall clock ahead of both', last: '0000000001000:00000:me', remote: '0000000001500:00003:peer', now: 2000, expected: '0000000002000:00000:me' },
    { name: 'no local stamp yet', last: null, remote: '0000000003000:00002:peer', now: 1000, expected: '0000000003000:00003:me' },
  ])('$name', ({ last, remote, now, expected }) => {
    expect(receiveHlc(last, remote, now, 'me')).toBe(expected);
  });
});

describe('properties', () => {
  const event = fc.record({ now: fc.integer({ min: 0, max: 10_000 }), remote: fc.option(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 99_999 })), { nil: null }) });

  it('every new stamp is strictly greater than the last one and than what it received', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let last: string | null = null;
        for (const { now, remote } of events) {
          const remoteStamp = remote ? formatHlc({ wallMs: remote[0], counter: remote[1], deviceId: 'peer' }) : null;
          const next: string = remoteStamp ? receiveHlc(last, remoteStamp, now, 'me') : tickHlc(last, now, 'me');
          if (last !== null && compareHlc(next, last) <= 0) return false;
          if (remoteStamp && compareHlc(next, remoteStamp) <= 0) return false;
          last = next;
        }
        return true;
      }),
    );
  });

  it('text order equals (wallMs, counter, deviceId) order', () => {
    const hlc = fc.record({ wallMs: fc.integer({ min: 0, max: 9_999_999_999_999 }), counter: fc.integer({ min: 0, max: 99_999 }), deviceId: fc.constantFrom('a', 'b', 'dev-1') });
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const byFields = a.wallMs - b.wallMs || a.counter - b.counter || (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0);
        return Math.sign(compareHlc(formatHlc(a), formatHlc(b))) === Math.sign(byFields);
      }),
    );
  });
});
