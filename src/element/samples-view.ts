/**
 * The sample-size view: train and test error against the number of training samples n at a
 * fixed capacity d, with the threshold n = d marked. Turns the kernel's curve into the generic
 * chart's data; the numbers are the kernel's, unchanged.
 */
import type { SampleViewCurve } from '../view-compute.js';
import type { BandKind } from './capacity-view.js';
import type { ChartData } from './chart.js';
import { formatRidge } from './describe.js';
import { trialSeries } from './view-series.js';

/** The chart data for a sample-size curve. */
export function samplesChart(curve: SampleViewCurve, band: BandKind): ChartData {
  const { ridge, trials } = curve.params;
  const penalty = ridge > 0 ? `, λ = ${formatRidge(ridge)}` : '';
  const testQuantiles = curve.quantiles.test;
  const lines = { train: curve.train, test: curve.test, testQuantiles, trials };
  const d = curve.interpolationThreshold;
  return {
    x: curve.x,
    series: trialSeries(lines, band, penalty),
    threshold: { value: d, label: `threshold n = d = ${d}`, shortLabel: `n = d = ${d}` },
    xTitle: 'Training samples n',
    shortXTitle: 'Samples n',
    yTitle: 'Mean squared error',
  };
}
