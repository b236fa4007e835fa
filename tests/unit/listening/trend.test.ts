import { describe, expect, it } from 'vitest';
import { shareTrend, type SharePoint } from '@/utils/listening/trend';

const day = 86_400_000;
const weekly = (...values: number[]): SharePoint[] => values.map((value, index) => ({ at: index * 7 * day, value }));

describe('shareTrend', () => {
  it.each<{ name: string; points: SharePoint[]; expected: ReturnType<typeof shareTrend> }>([
    { name: 'no 1:1 measured', points: [], expected: null },
    { name: 'one 1:1: no line yet', points: weekly(60), expected: null },
    { name: 'two 1:1s: the line through both', points: weekly(70, 50), expected: { from: { at: 0, value: 70 }, to: { at: 7 * day, value: 50 }, change: -20 } },
    { name: 'a steady fall, weekly', points: weekly(70, 65, 60, 55), expected: { from: { at: 0, value: 70 }, to: { at: 21 * day, value: 55 }, change: -15 } },
    { name: 'up and down around a level: flat at its mean', points: weekly(40, 50, 50, 40), expected: { from: { at: 0, value: 45 }, to: { at: 21 * day, value: 45 }, change: 0 } },
    // By count (one step each) it would run from 86.7 to 46.7.
    { name: 'uneven gaps weigh by time, not by count', points: [{ at: 0, value: 80 }, { at: day, value: 80 }, { at: 30 * day, value: 40 }], expected: { from: { at: 0, value: 80.7 }, to: { at: 30 * day, value: 40 }, change: -40.7 } },
    { name: 'all at one moment: flat at the mean', points: [{ at: 5, value: 30 }, { at: 5, value: 50 }], expected: { from: { at: 5, value: 40 }, to: { at: 5, value: 40 }, change: 0 } },
    // Unbounded, the line would start at 118.2 %.
    { name: 'a steep fall: the line starts at 100 %, not above', points: [{ at: 0, value: 100 }, { at: day, value: 100 }, { at: 2 * day, value: 0 }, { at: 2 * day, value: 0 }], expected: { from: { at: 0, value: 100 }, to: { at: 2 * day, value: 9.1 }, change: -90.9 } },
  ])('$name', ({ points, expected }) => {
    expect(shareTrend(points)).toEqual(expected);
  });
});
