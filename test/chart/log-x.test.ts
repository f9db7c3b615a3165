/**
 * The chart's log x axis and marks, as the training-time view uses them: step 0 has no place on
 * a log axis, so it must never become a NaN or infinite coordinate, and marks outside the drawn
 * steps are left out rather than pinned somewhere misleading.
 */
import { describe, expect, it } from 'vitest';
import { layoutChart, type ChartData } from '../../src/element/chart.js';

const STEPS = [0, 1, 2, 5, 10, 100, 1000, 10_000];
const data: ChartData = {
  x: STEPS,
  series: [
    {
      id: 'train',
      part: 'train-curve',
      label: 'Train MSE',
      kind: 'line',
      values: STEPS.map((s) => 10 / (s + 1)),
    },
    {
      id: 'test',
      part: 'test-curve',
      label: 'Test MSE',
      kind: 'line',
      values: STEPS.map(() => 2),
      anchor: true,
    },
  ],
  threshold: null,
  xTitle: 'Gradient-descent steps (log scale)',
  yTitle: 'Mean squared error',
  xScale: 'log',
  marks: [
    { id: 'fit-mark', value: 10, label: 'fit: step 10', shortLabel: 'fit' },
    { id: 'zero-mark', value: 0, label: 'never drawn', shortLabel: 'never' },
    { id: 'late-mark', value: 1e6, label: 'past the axis', shortLabel: 'past' },
  ],
};

describe('log x axis', () => {
  const layout = layoutChart(data, { width: 640, height: 400, yScale: 'log' });

  it('spans whole decades of the positive steps with decade ticks', () => {
    expect(layout.xTicks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10_000]);
    expect(layout.xTicks[0].position).toBe(layout.plot.left);
    expect(layout.xTicks[4].position).toBe(layout.plot.right);
  });

  it('leaves step 0 out of every line and keeps every coordinate finite', () => {
    for (const series of layout.series) {
      expect(series.points[0]).toBeNull();
      expect(series.path).not.toMatch(/NaN|Infinity/);
      expect(series.path.startsWith(`M${layout.plot.left},`)).toBe(true);
    }
    expect(layout.xPositions.every(Number.isFinite)).toBe(true);
  });

  it('places ten times the steps one decade further right', () => {
    const [one, ten, hundred] = [1, 4, 5].map((i) => layout.xPositions[i]);
    expect(ten - one).toBeCloseTo(hundred - ten, 0);
  });

  it('draws only the marks that fall on the axis', () => {
    expect(layout.marks.map((m) => m.id)).toEqual(['fit-mark']);
    expect(layout.marks[0].x).toBe(layout.xPositions[4]);
    expect(layout.marks[0].label).toBe('fit: step 10');
    const narrow = layoutChart(data, { width: 320, height: 240, yScale: 'log' });
    expect(narrow.marks[0].label).toBe('fit');
  });

  it('keeps the linear axis for data that does not ask for log', () => {
    const options = { width: 640, height: 400, yScale: 'log' as const };
    const linear = layoutChart({ ...data, xScale: undefined }, options);
    expect(linear.xTicks[0].value).toBe(0);
    expect(linear.series[0].points[0]).not.toBeNull();
  });
});
