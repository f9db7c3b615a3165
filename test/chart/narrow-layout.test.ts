/**
 * What the chart layout promises at any width: the x axis spans exactly the data (so no curve
 * stops short of the axis end), labels of vertical lines sit above the plot without overprinting
 * each other, and the x title stays on the drawing, shortened where the full one would not fit.
 */
import { describe, expect, it } from 'vitest';
import { CHARACTER_WIDTH } from '../../src/element/chart-axes.js';
import { layoutChart, type ChartData, type ChartLayout } from '../../src/element/chart.js';

/** A curve over `x` with the training view's shape: train falls away, test stays high. */
function curve(x: number[], extra: Partial<ChartData> = {}): ChartData {
  return {
    x,
    series: [
      {
        id: 'train',
        part: 'train-curve',
        label: 'Train MSE',
        kind: 'line',
        values: x.map((v) => 100 / (v + 1)),
      },
      {
        id: 'test',
        part: 'test-curve',
        label: 'Test MSE',
        kind: 'line',
        values: x.map(() => 90),
        anchor: true,
      },
    ],
    threshold: null,
    xTitle: 'Capacity d (features used)',
    yTitle: 'Mean squared error',
    ...extra,
  };
}

/** 1, 2, …, `last`. */
function upTo(last: number): number[] {
  return Array.from({ length: last }, (_, i) => i + 1);
}

/** The training view's steps: about 24 per decade from 1 to `last`, as whole numbers. */
function steps(last: number): number[] {
  const count = Math.round(24 * Math.log10(last));
  return [...new Set(Array.from({ length: count + 1 }, (_, i) => Math.round(last ** (i / count))))];
}

const GROKKING_MARKS = {
  xScale: 'log' as const,
  xTitle: 'Gradient-descent steps (log scale)',
  shortXTitle: 'Steps (log scale)',
  marks: [
    { id: 'fit-mark', value: 24, label: 'train < 10⁻³: step 24', shortLabel: 'fit: 24' },
    { id: 'test-mark', value: 2120, label: 'test ≤ 2× final: step 2120', shortLabel: 'test: 2120' },
  ],
};

/** The horizontal extent of a label, estimated as the layout estimates it. */
function extent(text: ChartLayout['marks'][number]['text'], label: string): [number, number] {
  const length = label.length * CHARACTER_WIDTH;
  return text.anchor === 'end' ? [text.x - length, text.x] : [text.x, text.x + length];
}

describe('x axis extent', () => {
  for (const [maxD, width] of [
    [80, 240],
    [300, 240],
    [300, 360],
    [300, 1000],
    [137, 640],
  ]) {
    it(`ends at the largest capacity (max-d ${maxD}, ${width}px), ticks inside the data`, () => {
      const layout = layoutChart(curve(upTo(maxD)), { width, height: 300, yScale: 'log' });
      expect(layout.xPositions[0]).toBe(layout.plot.left);
      expect(layout.xPositions[maxD - 1]).toBe(layout.plot.right);
      const values = layout.xTicks.map((t) => t.value);
      expect(values.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...values)).toBeLessThanOrEqual(maxD);
    });
  }

  it('starts at the smallest x, not at 0, when the data starts later', () => {
    const layout = layoutChart(curve([10, 30, 60, 80, 100, 150, 300]), {
      width: 640,
      height: 400,
      yScale: 'log',
    });
    expect(layout.xPositions[0]).toBe(layout.plot.left);
    expect(layout.xTicks.map((t) => t.value)).toEqual([50, 100, 150, 200, 250, 300]);
  });

  it('ends a log axis at the last step, with the decades inside as ticks', () => {
    const data = curve(steps(3000), { xScale: 'log' });
    const layout = layoutChart(data, { width: 640, height: 400, yScale: 'log' });
    expect(layout.xPositions[layout.xPositions.length - 1]).toBe(layout.plot.right);
    expect(layout.xTicks.map((t) => t.value)).toEqual([1, 10, 100, 1000]);
  });
});

describe('labels and titles at narrow widths', () => {
  for (const width of [240, 300, 360, 640, 1000]) {
    it(`sets mark labels above the plot, apart and on the drawing at ${width}px`, () => {
      const data = curve(steps(100_000), GROKKING_MARKS);
      const layout = layoutChart(data, { width, height: 240, yScale: 'log' });
      expect(layout.marks).toHaveLength(2);
      const spans = layout.marks.map((m) => extent(m.text, m.label));
      for (const [i, mark] of layout.marks.entries()) {
        // The baseline 8px above the plot leaves room for descenders under 12px text.
        expect(mark.text.y).toBeLessThanOrEqual(layout.plot.top - 8);
        // A row is 16px, so the upper label's top (about 12px above its baseline) stays > 0.
        expect(mark.text.y).toBeGreaterThanOrEqual(12);
        expect(spans[i][0]).toBeGreaterThanOrEqual(0);
        expect(spans[i][1]).toBeLessThanOrEqual(width);
      }
      const [a, b] = spans;
      const sameRow = layout.marks[0].text.y === layout.marks[1].text.y;
      if (sameRow) expect(a[1] < b[0] || b[1] < a[0]).toBe(true);
    });
  }

  it('leaves the top margin as it was when no label needs a second row', () => {
    const one = layoutChart(curve(upTo(300)), { width: 640, height: 400, yScale: 'log' });
    expect(one.plot.top).toBe(26);
  });

  it('draws the full x title where it fits and the short one where it does not', () => {
    const data = curve(steps(100_000), GROKKING_MARKS);
    for (const width of [160, 240, 360, 640]) {
      const layout = layoutChart(data, { width, height: 240, yScale: 'log' });
      const { text, x } = layout.xTitleText;
      const half = (text.length * CHARACTER_WIDTH) / 2;
      expect(x - half, `${width}px: left end`).toBeGreaterThanOrEqual(0);
      expect(x + half, `${width}px: right end`).toBeLessThanOrEqual(width);
      expect(layout.xTitle).toBe('Gradient-descent steps (log scale)');
    }
    const narrow = layoutChart(data, { width: 240, height: 240, yScale: 'log' });
    expect(narrow.xTitleText.text).toBe('Steps (log scale)');
    const wide = layoutChart(data, { width: 640, height: 400, yScale: 'log' });
    expect(wide.xTitleText.text).toBe('Gradient-descent steps (log scale)');
  });
});
