import { describe, expect, it } from 'vitest';
import { okrHistory } from '@/utils/ratings/okr-history';

const objective = (period: string, progress: number | null, target = '3 releases') => ({ period, keyResults: [{ ambitiousTarget: target }], progress: progress === null ? null : { value: progress } });

describe('okrHistory', () => {
  it.each([
    { name: 'a past objective rated below 7 was missed', objectives: [objective('2026-Q2', 4)], missed: true },
    { name: 'a past objective rated 7 or more was reached', objectives: [objective('2026-Q2', 7)], missed: false },
    { name: 'a past objective never rated says nothing', objectives: [objective('2026-Q2', null)], missed: false },
    { name: 'this quarter does not count as past', objectives: [objective('2026-Q4', 2)], missed: false },
  ])('$name', ({ objectives, missed }) => {
    expect(okrHistory(objectives, '2026-Q4', false).missedGoals).toBe(missed);
  });

  it('finds objectives of this quarter without a measurable key result, and goals set', () => {
    expect(okrHistory([objective('2026-Q4', null, ' ')], '2026-Q4', false)).toEqual({ missedGoals: false, unmeasuredObjectives: true, goalsSet: true });
    expect(okrHistory([], '2026-Q4', true)).toEqual({ missedGoals: false, unmeasuredObjectives: false, goalsSet: true });
  });
});
