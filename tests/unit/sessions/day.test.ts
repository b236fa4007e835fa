import { describe, expect, it } from 'vitest';
import { localDay } from '@/utils/sessions/day';

describe('localDay', () => {
  const utc = (iso: string) => new Date(iso).getTime();
  it.each([
    { name: 'UTC midday', ms: utc('2026-11-26T12:00:00Z'), offset: 0, expected: '2026-11-26' },
    { name: 'Amsterdam just after local midnight', ms: utc('2026-11-26T23:30:00Z'), offset: -60, expected: '2026-11-27' },
    { name: 'New York late evening', ms: utc('2026-11-27T03:00:00Z'), offset: 300, expected: '2026-11-26' },
    { name: 'year boundary', ms: utc('2026-12-31T23:59:59Z'), offset: -120, expected: '2027-01-01' },
  ])('$name', ({ ms, offset, expected }) => {
    expect(localDay(ms, offset)).toBe(expected);
  });
});
