import type { TipCondition } from '../content/structure';

/** The current quarter as "2026-Q4", in local time. */
export function currentPeriod(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** A past objective counts as missed when its last progress stayed below this (of 10). */
export const reachedProgress = 7;

interface ObjectiveSummary {
  period: string;
  keyResults: readonly { ambitiousTarget: string }[];
  progress: { value: number } | null;
}

/**
 * What this person's OKRs say for the tips: past goals missed (tip 4), an objective without a
 * measurable key result (tip 5), goals already set (tip 6).
 */
export function okrHistory(objectives: readonly ObjectiveSummary[], period: string, goalsInNotes: boolean): Record<TipCondition, boolean> {
  const current = objectives.filter((objective) => objective.period === period);
  return {
    // An objective never rated says nothing about whether it was reached.
    missedGoals: objectives.some((objective) => objective.period < period && objective.progress !== null && objective.progress.value < reachedProgress),
    unmeasuredObjectives: current.some((objective) => objective.keyResults.every((kr) => kr.ambitiousTarget.trim() === '')),
    goalsSet: goalsInNotes || current.length > 0,
  };
}
