/**
 * The sentences of the sample-size and training-time views: a summary of each curve, the numbers
 * at one x, and what the training-time curve is (a grokking-like delay in a linear model, or
 * epoch-wise double descent) with its mechanism. Every sentence is scoped to these synthetic
 * linear tasks and only reads numbers off the kernel's curve.
 */
import { peakIndex } from '../readings.js';
import type { SampleViewCurve, TrainingViewCurve } from '../view-compute.js';
import { firstStep } from '../views.js';
import { formatRidge, formatValue } from './describe.js';
import { formatTick } from './scale.js';

const averaged = (trials: number) =>
  trials === 1 ? 'in a single trial' : `averaged over ${trials} trials`;

/** The index of the lowest value among `values[from..to)`, or -1. */
function lowestIn(values: number[], from: number, to: number): number {
  let best = -1;
  for (let i = Math.max(0, from); i < Math.min(to, values.length); i++) {
    if (Number.isFinite(values[i]) && (best < 0 || values[i] < values[best])) best = i;
  }
  return best;
}

/** One or two sentences on where test error rises as samples are added, if it does. */
export function describeSamples(curve: SampleViewCurve): string {
  const { x, test } = curve;
  const { d, trials, ridge } = curve.params;
  const last = x.length - 1;
  const with_ = ridge > 0 ? ` with ridge λ = ${formatRidge(ridge)}` : '';
  const peak = peakIndex(test);
  const before = peak > 0 ? lowestIn(test, 0, peak) : -1;
  // A rise of under 5% is within trial-to-trial scatter at these sizes; it is not called worse.
  if (peak < 0 || before < 0 || test[peak] <= 1.05 * test[before]) {
    const first = x[0];
    return (
      `In this synthetic linear task${with_}, test error did not rise as samples were added: ` +
      `mean test MSE went from ${formatValue(test[0])} at n = ${first} to ` +
      `${formatValue(test[last])} at n = ${x[last]} (${averaged(trials)}).`
    );
  }
  const near = Math.abs(x[peak] - d) <= Math.max(2, 0.1 * d) ? ` near n = d = ${d}` : '';
  const after = peak < last ? `, then fell to ${formatValue(test[last])} at n = ${x[last]}` : '';
  return (
    `In this synthetic linear task${with_}, adding samples${near} made test error worse: ` +
    `mean test MSE rose from ${formatValue(test[before])} at n = ${x[before]} to ` +
    `${formatValue(test[peak])} at n = ${x[peak]}${after} (${averaged(trials)}).`
  );
}

/** The numbers at one training-set size. */
export function describeSampleReading(curve: SampleViewCurve, i: number): string {
  const median = formatValue(curve.quantiles.test.median[i]);
  const spread = curve.params.trials === 1 ? '' : ` (median ${median})`;
  return (
    `n = ${curve.x[i]}: train MSE ${formatValue(curve.train[i])}, ` +
    `test MSE ${formatValue(curve.test[i])}${spread}.`
  );
}

/** The numbers at one step, including the run from w₀ = 0 when it differs. */
export function describeTrainingReading(curve: TrainingViewCurve, i: number): string {
  const zeroTest = formatValue(curve.zeroInit.test[i]);
  const zero = curve.params.initScale > 0 ? `; from w₀ = 0, test MSE ${zeroTest}` : '';
  return (
    `step ${curve.x[i]}: train MSE ${formatValue(curve.train[i])}, ` +
    `test MSE ${formatValue(curve.test[i])}${zero}.`
  );
}

/** The values before training, which a log step axis cannot show. */
export function describeStart(curve: TrainingViewCurve): string {
  const start = curve.x.indexOf(0);
  if (start < 0) return '';
  return (
    `Before training (step 0, left of the log axis) train MSE is ` +
    `${formatValue(curve.train[start])} and test MSE is ${formatValue(curve.test[start])}.`
  );
}

/** The sentence stating the gap between fitting the training set and generalising. */
export function describeGap(curve: TrainingViewCurve): string {
  const { trainFitStep: fit, generalizationStep: general } = curve.marks;
  const threshold = formatTick(curve.params.trainThreshold);
  const last = curve.x[curve.x.length - 1];
  const final = formatValue(curve.finalTest);
  const fitText =
    fit === null
      ? `train MSE stays above ${threshold} through step ${last}`
      : `train MSE falls below ${threshold} at step ${fit}`;
  const generalText =
    general === null
      ? `test MSE has not come within twice its final value (${final}) by step ${last}`
      : `test MSE first comes within twice its final value (${final}) at step ${general}`;
  let gap = '';
  if (fit !== null && general !== null && general > fit) {
    const ratio = fit > 0 ? `, ${formatValue(general / fit)} times as many` : '';
    gap = `: a gap of ${general - fit} steps${ratio}`;
  }
  const trials = averaged(curve.params.trials);
  return `In this synthetic linear task ${fitText}, and ${generalText}${gap} (${trials}).`;
}

/** What the grokking-like curve is, and what it is not. */
export function describeGrokkingLike(curve: TrainingViewCurve): string {
  // From zero the test error starts within twice the final value, so the comparison that
  // says something is how soon it settles: within 5% of the final value.
  const settled = firstStep(curve.x, curve.zeroInit.test, (v) => v <= 1.05 * curve.finalTest);
  const zero =
    curve.params.initScale > 0 && settled !== null
      ? ` Started from w₀ = 0 (dashed), the same model's test MSE is within 5% of the final ` +
        `value (${formatValue(curve.finalTest)}) by step ${settled}; the main run gets there ` +
        `at step ${firstStep(curve.x, curve.test, (v) => v <= 1.05 * curve.finalTest) ?? '–'}.`
      : '';
  return (
    'This is a grokking-like delay in a linear model, not grokking itself. The part of the ' +
    'initial weights w₀ that the training inputs cannot see leaves the training error ' +
    'untouched, so only weight decay removes it, slowly, and test error falls late.' +
    zero
  );
}

/** Where test error falls, rises and falls again over training, if it does. */
export function describeEpochWise(curve: TrainingViewCurve): string {
  const { x, test } = curve;
  const fall = firstLocalMinimum(test);
  const bump = fall < 0 ? -1 : peakAfter(test, fall);
  const end = test.length - 1;
  if (fall < 0 || bump < 0 || !(test[end] < test[bump])) {
    return (
      `In this synthetic linear task test error went from ${formatValue(test[0])} at step 0 ` +
      `to ${formatValue(test[end])} at step ${x[end]} without a second descent ` +
      `(${averaged(curve.params.trials)}).`
    );
  }
  return (
    `In this synthetic linear task test error falls from ${formatValue(test[0])} at step 0 ` +
    `to ${formatValue(test[fall])} at step ${x[fall]}, rises to ${formatValue(test[bump])} ` +
    `at step ${x[bump]}, and falls again to ${formatValue(test[end])} by step ${x[end]} ` +
    `(${averaged(curve.params.trials)}). This is epoch-wise double descent: features learned ` +
    'at different speeds (here many fast ones and one slow one) each give a U-shaped curve, ' +
    'and their peaks fall at different times.'
  );
}

/** The index of the first value followed by a clear rise (over 1%), or -1. */
export function firstLocalMinimum(values: number[]): number {
  let low = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] < values[low]) low = i;
    else if (values[i] > 1.01 * values[low]) return low;
  }
  return -1;
}

function peakAfter(values: number[], from: number): number {
  let peak = -1;
  for (let i = from + 1; i < values.length; i++) {
    if (peak < 0 || values[i] > values[peak]) peak = i;
  }
  return peak;
}
