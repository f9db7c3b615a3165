/**
 * Chart layout: every coordinate must be a finite number for any curve the kernel can produce,
 * including training errors of exactly zero and a test peak far above the rest.
 */
import { describe, expect, it } from 'vitest';
import { describeCurve, layoutChart } from '../../src/element/chart.js';
import type { Curve } from '../../src/types.js';

/** The NumPy reference table (seeds 0..19, n = 80, D = 300), as the kernel reports it. */
function referenceCurve(): Curve {
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
    },
  };
}

function numbersIn(path: string): number[] {
  return (path.match(/-?[\d.]+(e-?\d+)?|NaN|Infinity/g) ?? []).map(Number);
}

describe('layoutChart', () => {
  it('keeps every path coordinate finite and inside the plot on a log axis', () => {
    const layout = layoutChart(referenceCurve(), { width: 640, height: 400, yScale: 'log' });
    for (const path of [layout.trainPath, layout.testPath]) {
      expect(path).not.toMatch(/NaN|Infinity/);
      for (const value of numbersIn(path)) expect(Number.isFinite(value)).toBe(true);
    }
    const ys = numbersIn(layout.trainPath).filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.plot.bottom);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(layout.plot.top);
  });

  it('floors a log axis two decades under the test minimum and pins train errors there', () => {
    const layout = layoutChart(referenceCurve(), { width: 640, height: 400, yScale: 'log' });
    // Smallest test error 0.7877 lies in the 0.1 decade; two decades below is 1e-3.
    expect(layout.floor).toBe(1e-3);
    expect(layout.yTicks[0].value).toBe(1e-3);
    expect(layout.yTicks[layout.yTicks.length - 1].value).toBe(1000);
    const trainYs = numbersIn(layout.trainPath).filter((_, i) => i % 2 === 1);
    expect(trainYs.slice(3)).toEqual(Array(4).fill(layout.plot.bottom));
  });

  it('copes with training errors of exactly zero and a missing value', () => {
    const curve = referenceCurve();
    curve.train = [0.8, 0.5, 0.2, 0, 0, 0, 0];
    curve.test = [1.1, 1.5, 3.2, Number.POSITIVE_INFINITY, 3.5, 1.3, 0.79];
    for (const yScale of ['log', 'linear'] as const) {
      const layout = layoutChart(curve, { width: 320, height: 240, yScale });
      const text = JSON.stringify(layout);
      expect(text).not.toMatch(/NaN|null,|Infinity/);
      // The infinite test value splits the line into two runs rather than drawing to infinity.
      expect(layout.testPath.match(/M/g)).toHaveLength(2);
    }
  });

  it('marks the interpolation threshold at d = n and omits it when n lies beyond the chart', () => {
    const layout = layoutChart(referenceCurve(), { width: 640, height: 400, yScale: 'log' });
    expect(layout.threshold?.label).toBe('threshold d = n = 80');
    const far = referenceCurve();
    far.interpolationThreshold = 500;
    expect(layoutChart(far, { width: 640, height: 400, yScale: 'log' }).threshold).toBeNull();
  });

  it('starts a linear axis at zero and ends it on a round number above the peak', () => {
    const layout = layoutChart(referenceCurve(), { width: 640, height: 400, yScale: 'linear' });
    expect(layout.yTicks[0].value).toBe(0);
    expect(layout.yTicks[layout.yTicks.length - 1].value).toBeGreaterThanOrEqual(160.65);
    expect(layout.floor).toBeNull();
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
