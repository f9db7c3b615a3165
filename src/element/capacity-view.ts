/**
 * The capacity view: turns a computed `CapacityCurve` and the reader's display choices into the
 * generic chart's series (spread band, theory, optimal ridge, train, median and mean test) and
 * its threshold. A later view (samples, training time) supplies its own function of this shape.
 */
import type { CapacityCurve } from '../types.js';
import type { ChartData, Series } from './chart.js';
import { formatRidge } from './describe.js';

/** Which spread band to draw around the test curve. */
export type BandKind = 'iqr' | 'minmax' | 'none';

/** The accepted values of `band`, the first being the default. */
export const BAND_KINDS: readonly BandKind[] = ['iqr', 'minmax', 'none'];

/** What the reader has chosen to see. */
export interface CapacityDisplay {
  band: BandKind;
  /** False while a prediction is pending: the test curves and the threshold stay hidden. */
  revealTest: boolean;
}

/** The chart data for `curve` under `display`. */
export function capacityChart(curve: CapacityCurve, display: CapacityDisplay): ChartData {
  const series: Series[] = [];
  const { test } = curve.quantiles;
  const reveal = display.revealTest;

  if (reveal && display.band !== 'none' && curve.trainTrials.length > 1) {
    const iqr = display.band === 'iqr';
    series.push({
      id: 'test-band',
      part: 'test-band',
      label: iqr ? 'Middle half of trials (test)' : 'Range of trials (test)',
      kind: 'band',
      values: iqr ? test.q75 : test.max,
      lower: iqr ? test.q25 : test.min,
    });
  }
  if (reveal && curve.theory !== null) {
    series.push({
      id: 'theory',
      part: 'theory-curve',
      label: 'Theory (expected test MSE, λ = 0)',
      kind: 'dashed',
      values: curve.theory,
    });
  }
  if (reveal && curve.optimalRidge !== null) {
    series.push({
      id: 'optimal',
      part: 'optimal-ridge-curve',
      label: 'Test MSE at the best λ per d',
      kind: 'line',
      values: curve.optimalRidge.test,
    });
  }
  const penalty = curve.ridge > 0 ? `, λ = ${formatRidge(curve.ridge)}` : '';
  series.push({
    id: 'train',
    part: 'train-curve',
    label: `Train MSE${penalty}`,
    kind: 'line',
    values: curve.train,
  });
  if (reveal && display.band !== 'none' && curve.trainTrials.length > 1) {
    series.push({
      id: 'test-median',
      part: 'test-median',
      label: 'Median test MSE',
      kind: 'thin',
      values: test.median,
    });
  }
  if (reveal) {
    series.push({
      id: 'test',
      part: 'test-curve',
      label: `Test MSE${penalty}`,
      kind: 'line',
      values: curve.test,
      anchor: true,
    });
  }

  const n = curve.interpolationThreshold;
  return {
    x: curve.x,
    series,
    threshold: reveal
      ? { value: n, label: `threshold d = n = ${n}`, shortLabel: `d = n = ${n}` }
      : null,
    xTitle: 'Capacity d (features used)',
    shortXTitle: 'Capacity d',
    yTitle: 'Mean squared error',
  };
}
