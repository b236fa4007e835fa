/** One measured 1:1: when it started and the manager's share of the words in it, whole percent. */
export interface SharePoint {
  at: number;
  value: number;
}

/** The straight line that fits the shares best (least squares over time), from the first 1:1 to the last. */
export interface ShareTrend {
  from: SharePoint;
  to: SharePoint;
  /** How far the line moves over the range, in percentage points (one decimal). */
  change: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const percent = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The trend of the manager's share across 1:1s (oldest first): none for fewer than two, a flat line
 * for 1:1s at one moment. The line's ends stay within 0–100 %.
 */
export function shareTrend(points: readonly SharePoint[]): ShareTrend | null {
  if (points.length < 2) return null;
  const first = points[0]!.at;
  const last = points.at(-1)!.at;
  const meanX = points.reduce((sum, point) => sum + (point.at - first), 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.at - first - meanX) * (point.value - meanY);
    variance += (point.at - first - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  const at = (x: number) => percent(meanY + slope * (x - first - meanX));
  const from = { at: first, value: oneDecimal(at(first)) };
  const to = { at: last, value: oneDecimal(at(last)) };
  return { from, to, change: oneDecimal(to.value - from.value) };
}
