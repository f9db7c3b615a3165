/**
 * The training-time view: train and test error against gradient-descent steps on a log axis,
 * the same run started from w₀ = 0 for comparison, and marks at the step where training error is
 * fit and the step where test error comes within twice its final value. Step 0 has no place on a
 * log axis, so the chart starts at step 1 and the text states the values at step 0.
 */
import type { TrainingViewCurve } from '../view-compute.js';
import type { BandKind } from './capacity-view.js';
import type { ChartData, ChartMark } from './chart.js';
import { formatTick } from './scale.js';
import { sliceQuantiles, trialSeries } from './view-series.js';

/** The index of the first step drawn (step 0 is left off the log axis). */
export function firstDrawn(curve: TrainingViewCurve): number {
  const index = curve.x.findIndex((step) => step > 0);
  return index < 0 ? curve.x.length : index;
}

/** The chart data for a training-time curve. */
export function trainingChart(curve: TrainingViewCurve, band: BandKind): ChartData {
  const from = firstDrawn(curve);
  const lines = {
    train: curve.train.slice(from),
    test: curve.test.slice(from),
    testQuantiles: sliceQuantiles(curve.quantiles.test, from),
    trials: curve.params.trials,
  };
  const series = trialSeries(lines, band);
  // From w₀ = 0 the run is the main one whenever the initialisation is already zero.
  if (curve.params.initScale > 0) {
    series.push({
      id: 'zero-init',
      part: 'zero-init-curve',
      label: 'Test MSE from w₀ = 0',
      kind: 'dashed',
      values: curve.zeroInit.test.slice(from),
    });
  }
  return {
    x: curve.x.slice(from),
    series,
    threshold: null,
    xTitle: 'Gradient-descent steps (log scale)',
    shortXTitle: 'Steps (log scale)',
    yTitle: 'Mean squared error',
    xScale: 'log',
    marks: trainingMarks(curve),
  };
}

/** The fit and generalisation marks that fall on the drawn steps. */
export function trainingMarks(curve: TrainingViewCurve): ChartMark[] {
  const { trainFitStep, generalizationStep } = curve.marks;
  const marks: ChartMark[] = [];
  if (trainFitStep !== null && trainFitStep > 0) {
    const below = formatTick(curve.params.trainThreshold);
    marks.push({
      id: 'fit-mark',
      value: trainFitStep,
      label: `train < ${below}: step ${trainFitStep}`,
      shortLabel: `fit: ${trainFitStep}`,
    });
  }
  if (generalizationStep !== null && generalizationStep > 0) {
    marks.push({
      id: 'generalization-mark',
      value: generalizationStep,
      label: `test ≤ 2× final: step ${generalizationStep}`,
      shortLabel: `test: ${generalizationStep}`,
    });
  }
  return marks;
}
