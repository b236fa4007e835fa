import type { WordSplit } from './types';

/** The session's word counts at one moment (cumulative since the session started). */
export interface BalanceSample extends WordSplit {
  at: number;
}

export interface NudgeRule {
  /** How long the manager's share must stay above the threshold: "a few minutes". */
  stretchMs: number;
  /** Words the stretch must hold, so a few sentences in a quiet stretch do not decide it. */
  minWords: number;
}

const minuteMs = 60_000;

export const defaultNudgeRule: NudgeRule = { stretchMs: 3 * 60_000, minWords: 60 };

/** How long sample history is kept: longer than any stretch a reason names is of no use. */
export const sampleHistoryMs = 60 * 60_000;

export interface Nudge {
  /** The manager's share over the stretch, whole percent. */
  share: number;
  /** The stretch's length, whole minutes. */
  minutes: number;
}

/** The latest counts at or before `at`; null before the first sample. */
function countsAt(samples: readonly BalanceSample[], at: number): BalanceSample | null {
  for (let index = samples.length - 1; index >= 0; index--) if (samples[index]!.at <= at) return samples[index]!;
  return null;
}

/**
 * Whether to nudge toward listening at `now`: minute by minute back from now, the manager's share
 * of each minute's words is above `thresholdPercent`, for at least `stretchMs`, with at least
 * `minWords` spoken in that stretch. A minute without words (a silence) or with the manager at or
 * below the threshold ends the stretch. The reason names the stretch: "you have talked 68 % for
 * 4 minutes". Samples are in time order.
 */
export function nudgeOf(samples: readonly BalanceSample[], now: number, thresholdPercent: number, rule: NudgeRule = defaultNudgeRule): Nudge | null {
  let minutes = 0;
  let manager = 0;
  let other = 0;
  for (;;) {
    const end = countsAt(samples, now - minutes * minuteMs);
    const start = countsAt(samples, now - (minutes + 1) * minuteMs);
    if (!end || !start) break;
    const managerWords = end.manager - start.manager;
    const words = managerWords + (end.other - start.other);
    if (words === 0 || (100 * managerWords) / words <= thresholdPercent) break;
    minutes += 1;
    manager += managerWords;
    other += words - managerWords;
  }
  if (minutes * minuteMs < rule.stretchMs || manager + other < rule.minWords) return null;
  return { share: Math.round((100 * manager) / (manager + other)), minutes };
}

/** Samples are kept about one per this long: a nudge counts whole minutes. */
const sampleSpacingMs = 1_000;

/**
 * Keeps the samples a nudge can still look at: the last hour's, the first of each second and the
 * latest, so reports sent faster than the captions script sends them grow no list.
 */
export function recentSamples(samples: readonly BalanceSample[], now: number): BalanceSample[] {
  const keepFrom = now - sampleHistoryMs;
  const firstKept = samples.findIndex((sample) => sample.at >= keepFrom);
  if (firstKept === -1) return samples.slice(-1);
  // One sample before the kept range still marks where it starts.
  const recent = samples.slice(Math.max(0, firstKept - 1));
  const secondOf = (sample: BalanceSample) => Math.floor(sample.at / sampleSpacingMs);
  return recent.filter((sample, index) => index === 0 || index === recent.length - 1 || secondOf(recent[index - 1]!) !== secondOf(sample));
}
