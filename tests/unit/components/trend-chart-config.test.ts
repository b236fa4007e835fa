import { describe, expect, it } from 'vitest';
import { configFor, faint, type ChartOptions } from '@/components/trend-chart-config';

const day = 86_400_000;
const first = Date.UTC(2025, 0, 6, 9);
const colors = { text: '#000', grid: '#ccc', tooltipBackground: '#000', tooltipText: '#fff' };
const line = (label: string, days: readonly number[]) => ({ label, color: '#2f6b4f', hidden: false, points: days.map((offset, index) => ({ x: first + offset * day, y: 1 + (index % 7) })) });
const options = (lines: ChartOptions['lines'], compact: boolean): ChartOptions => ({ width: 600, pixelRatio: 1, language: 'en', min: 1, max: 7, compact, colors, lines });

describe('chart configuration: the time axis', () => {
  it.each([
    { name: 'a chart of several lines', compact: false },
    { name: 'a small multiple', compact: true },
  ])('$name runs from the first answer to the last, not from rounded ends before them', ({ compact }) => {
    const x = configFor(options([line('a', [10, 20, 400]), line('b', [0, 30])], compact)).options?.scales?.x;
    expect(x?.min).toBe(first);
    expect(x?.max).toBe(first + 400 * day);
  });

  it('gives one answer a day around it', () => {
    const x = configFor(options([line('a', [3])], true)).options?.scales?.x;
    expect([x?.min, x?.max]).toEqual([first + 3 * day - day / 2, first + 3 * day + day / 2]);
  });

  it('leaves the axis to chart.js without answers', () => {
    const x = configFor(options([line('a', [])], false)).options?.scales?.x;
    expect(x?.min).toBeUndefined();
  });
});

describe('chart configuration: a small multiple with its rolling average', () => {
  const datasets = (lines: ChartOptions['lines']) => configFor(options(lines, true)).data.datasets;

  it('draws the average bold and on top, the answers faint and thin beneath it', () => {
    const [answers, average] = datasets([line('answers', [0, 7, 14, 21]), line('average', [0, 7, 14, 21])]);
    expect(Number(average!.borderWidth)).toBeGreaterThanOrEqual(2 * Number(answers!.borderWidth));
    // chart.js draws the dataset with the lowest order last, that is on top.
    expect(average!.order).toBeLessThan(answers!.order!);
    expect(answers!.borderColor).toBe(faint('#2f6b4f'));
    expect(average!.borderColor).toBe('#2f6b4f');
  });

  it('draws the answers in full colour when they are the only line', () => {
    const [answers] = datasets([line('answers', [0, 7])]);
    expect(answers!.borderColor).toBe('#2f6b4f');
  });
});
