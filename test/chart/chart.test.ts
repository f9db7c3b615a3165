/**
 * Chart layout: every coordinate must be a finite number for any curve the kernel can produce,
 * including training errors of exactly zero, a test peak far above the rest, and gaps where the
 * theory is infinite. The capacity view decides what is drawn; the chart only places it.
 */
import { describe, expect, it } from 'vitest';
import { capacityChart, type CapacityDisplay } from '../../src/element/capacity-view.js';
import { layoutChart, nearestIndex, seriesById } from '../../src/element/chart.js';
import type { ChartLayout } from '../../src/element/chart.js';
import { describeCurve } from '../../src/element/describe.js';
import { quantilesOverTrials } from '../../src/statistics.js';
import type { CapacityCurve } from '../../src/types.js';

/** The NumPy reference table (seeds 0..19, n = 80, D = 300), as the kernel reports it. */
function referenceCurve(): CapacityCurve {
  const x = [10, 30, 60, 80, 100, 150, 300];
  const train = [0.8323, 0.5655, 0.207, 2.97e-13, 1.07e-18, 2.82e-20, 1.57e-21];
  const test = [1.1615, 1.4997, 3.2022, 160.6502801191443, 3.5505, 1.3235, 0.7877];
  return {
    view: 'capacity',
    x,
    train,
    test,
    trainTrials: [train],
    testTrials: [test],
    interpolationThreshold: 80,
    params: {
      nTrain: 80,
      nTest: 2000,
      maxD: 300,
      noise: 0.2,
      trials: 20,
      seed: 0,
      dims: x,
      rng: 'numpy',
      testError: 'sampled',
      ridge: 0,
      features: 'gaussian',
    },
    ridge: 0,
    quantiles: { train: quantilesOverTrials([train]), test: quantilesOverTrials([test]) },
    theory: null,
    optimalRidge: null,
  };
}

const PLAIN: CapacityDisplay = { band: 'none', revealTest: true };

function layout(curve: CapacityCurve, size: [number, number], yScale: 'log' | 'linear') {
  return layoutChart(capacityChart(curve, PLAIN), { width: size[0], height: size[1], yScale });
}

function path(chart: ChartLayout, id: string): string {
  const series = seriesById(chart, id);
  expect(series, `series ${id} is drawn`).toBeDefined();
  return series!.path;
}

function numbersIn(data: string): number[] {
  return (data.match(/-?[\d.]+(e-?\d+)?|NaN|Infinity/g) ?? []).map(Number);
}

describe('layoutChart', () => {
  it('keeps every path coordinate finite and inside the plot on a log axis', () => {
    const chart = layout(referenceCurve(), [640, 400], 'log');
    for (const data of [path(chart, 'train'), path(chart, 'test')]) {
      expect(data).not.toMatch(/NaN|Infinity/);
      for (const value of numbersIn(data)) expect(Number.isFinite(value)).toBe(true);
    }
    const ys = numbersIn(path(chart, 'train')).filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(chart.plot.bottom);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(chart.plot.top);
  });

  it('floors a log axis two decades under the test minimum and pins train errors there', () => {
    const chart = layout(referenceCurve(), [640, 400], 'log');
    // Smallest test error 0.7877 lies in the 0.1 decade; two decades below is 1e-3.
    expect(chart.floor).toBe(1e-3);
    expect(chart.yTicks[0].value).toBe(1e-3);
    expect(chart.yTicks[chart.yTicks.length - 1].value).toBe(1000);
    const trainYs = numbersIn(path(chart, 'train')).filter((_, i) => i % 2 === 1);
    expect(trainYs.slice(3)).toEqual(Array(4).fill(chart.plot.bottom));
  });

  it('copes with training errors of exactly zero and a missing value', () => {
    const curve = referenceCurve();
    curve.train = [0.8, 0.5, 0.2, 0, 0, 0, 0];
    curve.test = [1.1, 1.5, 3.2, Number.POSITIVE_INFINITY, 3.5, 1.3, 0.79];
    for (const yScale of ['log', 'linear'] as const) {
      const chart = layout(curve, [320, 240], yScale);
      const text = JSON.stringify({ ...chart, series: chart.series.map((s) => s.path) });
      expect(text).not.toMatch(/NaN|null,|Infinity/);
      // The infinite test value splits the line into two runs rather than drawing to infinity.
      expect(path(chart, 'test').match(/M/g)).toHaveLength(2);
    }
  });

  it('marks the interpolation threshold at d = n and omits it when n lies beyond the chart', () => {
    expect(layout(referenceCurve(), [640, 400], 'log').threshold?.label).toBe(
      'threshold d = n = 80',
    );
    expect(layout(referenceCurve(), [320, 240], 'log').threshold?.label).toBe('d = n = 80');
    const far = referenceCurve();
    far.interpolationThreshold = 500;
    expect(layout(far, [640, 400], 'log').threshold).toBeNull();
  });

  it('starts a linear axis at zero and ends it on a round number above the peak', () => {
    const chart = layout(referenceCurve(), [640, 400], 'linear');
    expect(chart.yTicks[0].value).toBe(0);
    expect(chart.yTicks[chart.yTicks.length - 1].value).toBeGreaterThanOrEqual(160.65);
    expect(chart.floor).toBeNull();
  });

  it('leaves a gap in the theory curve where it is infinite (null)', () => {
    const curve = referenceCurve();
    curve.theory = [1.15, 1.3, 3.1, null, 3.4, 1.4, 0.79];
    const chart = layout(curve, [640, 400], 'log');
    const theory = path(chart, 'theory');
    expect(theory.match(/M/g)).toHaveLength(2);
    expect(numbersIn(theory)).toHaveLength(12);
    expect(seriesById(chart, 'theory')!.part).toBe('theory-curve');
  });

  it('draws a closed band between the quartiles, and nothing while a prediction is pending', () => {
    const curve = referenceCurve();
    const low = curve.test.map((v) => v * 0.8);
    const high = curve.test.map((v) => v * 1.3);
    curve.testTrials = [low, curve.test, high];
    curve.trainTrials = [curve.train, curve.train, curve.train];
    curve.quantiles.test = quantilesOverTrials(curve.testTrials);
    const iqr = layoutChart(capacityChart(curve, { band: 'iqr', revealTest: true }), {
      width: 640,
      height: 400,
      yScale: 'log',
    });
    const band = path(iqr, 'test-band');
    expect(band.endsWith('Z')).toBe(true);
    expect(numbersIn(band)).toHaveLength(2 * 2 * 7);
    expect(seriesById(iqr, 'test-median')).toBeDefined();

    const hidden = capacityChart(curve, { band: 'iqr', revealTest: false });
    expect(hidden.series.map((s) => s.id)).toEqual(['train']);
    expect(hidden.threshold).toBeNull();
  });

  it('maps a pointer position to the nearest capacity', () => {
    const chart = layout(referenceCurve(), [640, 400], 'log');
    expect(nearestIndex(chart, chart.xPositions[3] + 2)).toBe(3);
    expect(nearestIndex(chart, 0)).toBe(0);
    expect(nearestIndex(chart, 10_000)).toBe(6);
  });
});

describe('describeCurve', () => {
  it('names the capacity and value of the highest test error, scoped to this task', () => {
    expect(describeCurve(referenceCurve())).toBe(
      'In this synthetic linear task, test error is highest at d = 80, with a mean squared ' +
        'error of 160.7 averaged over 20 trials; the interpolation threshold is d = n = 80.',
    );
  });
});
