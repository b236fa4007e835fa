/**
 * The listening nudge's threshold: the manager's share of the spoken words, in whole percent, above
 * which a long stretch of talking nudges toward listening. Below half it would nudge a manager who
 * talks less than the other person; above nine in ten it would hardly ever speak.
 */
export const listeningThresholds = { min: 50, max: 90, step: 5, default: 60 } as const;

/** A threshold the setting can hold: whole, within the range. */
export function clampThreshold(percent: number): number {
  if (!Number.isFinite(percent)) return listeningThresholds.default;
  return Math.min(listeningThresholds.max, Math.max(listeningThresholds.min, Math.round(percent)));
}
