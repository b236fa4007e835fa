import { describe, expect, it } from 'vitest';
import { nudgeOf, recentSamples, sampleHistoryMs, type BalanceSample } from '@/utils/listening/nudge';

const minute = 60_000;

/** Cumulative samples every 10 s from minute 0, the manager and the other speaking at these words per minute in each minute. */
function talk(perMinute: [manager: number, other: number][]): BalanceSample[] {
  const samples: BalanceSample[] = [{ at: 0, manager: 0, other: 0 }];
  let manager = 0;
  let other = 0;
  perMinute.forEach(([managerRate, otherRate], index) => {
    for (let step = 1; step <= 6; step++) {
      manager += managerRate / 6;
      other += otherRate / 6;
      samples.push({ at: index * minute + step * 10_000, manager, other });
    }
  });
  return samples;
}

describe('nudgeOf', () => {
  it.each<[string, [number, number][], number, ReturnType<typeof nudgeOf>]>([
    ['balanced talk: none', [[60, 60], [60, 60], [60, 60], [60, 60]], 60, null],
    ['the manager at 70 % for 4 minutes', [[70, 30], [70, 30], [70, 30], [70, 30]], 60, { share: 70, minutes: 4 }],
    ['only 2 minutes of data: too soon', [[90, 10], [90, 10]], 60, null],
    ['a monologue that ended 2 minutes ago: none', [[100, 0], [100, 0], [100, 0], [20, 80], [20, 80]], 60, null],
    ['the share exactly at the threshold: none', [[60, 40], [60, 40], [60, 40]], 60, null],
    ['balanced, then 3 minutes of 80 %: the reason names the stretch', [[50, 50], [50, 50], [50, 50], [80, 20], [80, 20], [80, 20]], 60, { share: 80, minutes: 3 }],
    ['a higher threshold', [[70, 30], [70, 30], [70, 30]], 75, null],
    ['too few words to tell (a quiet stretch)', [[10, 2], [10, 2], [10, 2]], 60, null],
  ])('%s', (_case, perMinute, threshold, expected) => {
    const samples = talk(perMinute);
    expect(nudgeOf(samples, samples.at(-1)!.at, threshold)).toEqual(expected);
  });

  it('no samples: none', () => {
    expect(nudgeOf([], 10 * minute, 60)).toBeNull();
  });
});

describe('recentSamples', () => {
  it('keeps the last hour and the one sample before it', () => {
    const samples = talk(Array.from({ length: 70 }, () => [60, 60] as [number, number]));
    const now = samples.at(-1)!.at;
    const kept = recentSamples(samples, now);
    expect(kept[0]!.at).toBeLessThan(now - sampleHistoryMs);
    expect(kept[1]!.at).toBeGreaterThanOrEqual(now - sampleHistoryMs);
    expect(kept.at(-1)).toEqual(samples.at(-1));
  });

  it('keeps the first sample of each second and the latest: reports sent as fast as a page can send them grow no list', () => {
    const samples: BalanceSample[] = [];
    for (let at = 0; at <= 20 * minute; at += 100) samples.push({ at, manager: Math.floor((at * 0.8) / 1000), other: Math.floor((at * 0.2) / 1000) });
    const now = samples.at(-1)!.at;
    const kept = recentSamples(samples, now);
    expect(kept).toHaveLength(20 * 60 + 1);
    expect(new Set(kept.map((sample) => Math.floor(sample.at / 1000))).size).toBe(kept.length);
    expect(kept.at(-1)).toEqual(samples.at(-1));
    expect(nudgeOf(kept, now, 60)).toEqual({ share: 80, minutes: 20 });
  });

  it('keeps the latest when all are old', () => {
    expect(recentSamples([{ at: 0, manager: 1, other: 1 }], 2 * sampleHistoryMs)).toEqual([{ at: 0, manager: 1, other: 1 }]);
  });
});
