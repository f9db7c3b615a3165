/**
 * The public data shapes of double-descent-demo: the parameters of one experiment and the curve
 * the kernel computes from them. The `curve` event's detail and the CLI's JSON are a `Curve`.
 */

import type { Quantiles } from './statistics.js';

/** Which random stream generates the synthetic data. */
export type RngKind = 'numpy' | 'fast';

/** How test error is measured: exactly in expectation, or on a sampled test set. */
export type TestErrorKind = 'expected' | 'sampled';

/**
 * The feature family: `gaussian` is the prefix-of-Gaussian-inputs task. The 1-D families (`relu`,
 * `fourier`) are named here so validation can explain that they are not available yet.
 */
export type FeatureFamily = 'gaussian' | 'relu' | 'fourier';

/** Every parameter of the capacity sweep (the reference experiment and its generalisations). */
export interface ExperimentParams {
  /** Number of training samples n. */
  nTrain: number;
  /** Number of test samples (used when `testError` is `sampled`). */
  nTest: number;
  /** Number of Gaussian input features D; capacity d uses the first d of them. */
  maxD: number;
  /** Standard deviation of the label noise. */
  noise: number;
  /** Number of independent trials averaged into the curve. */
  trials: number;
  /** Seed of the first trial; trial t uses seed + t. */
  seed: number;
  /** The capacities d to evaluate, increasing, each in 1..maxD. */
  dims: number[];
  /** The random stream: `numpy` reproduces NumPy's legacy RandomState exactly. */
  rng: RngKind;
  /** Test error in expectation (exact, no test set) or on `nTest` sampled points. */
  testError: TestErrorKind;
  /** Ridge λ on (1/n)‖y − Xb‖² + λ‖b‖²; 0 is the minimum-norm (ridgeless) limit. */
  ridge: number;
  /** The feature family of the task. */
  features: FeatureFamily;
}

/** Train and test error of every trial along one x-axis, and their means over trials. */
export interface TrialCurves {
  /** The x positions: capacities, sample counts or steps, depending on the view. */
  x: number[];
  /** Mean training MSE over trials, one per x. */
  train: number[];
  /** Mean test MSE over trials, one per x. */
  test: number[];
  /** Training MSE of every trial: `trainTrials[t][i]` is trial t at `x[i]`. */
  trainTrials: number[][];
  /** Test MSE of every trial: `testTrials[t][i]` is trial t at `x[i]`. */
  testTrials: number[][];
}

/** The result of one capacity sweep: what the chart draws and what the `curve` event carries. */
export interface Curve extends TrialCurves {
  /** Which x-axis produced this curve. */
  view: 'capacity';
  /** The capacity at which training error first reaches zero: d = nTrain. */
  interpolationThreshold: number;
  /** Every parameter that produced this curve. */
  params: ExperimentParams;
}

/** The capacity curve at the best ridge λ of a grid, chosen separately at each capacity. */
export interface OptimalRidgeCurve {
  /** The λ values tried (0, the minimum-norm limit, then a log grid). */
  grid: number[];
  /** The λ with the lowest mean test error at each capacity (one per `x`). */
  lambda: number[];
  /** Mean training MSE at that λ. */
  train: number[];
  /** Mean test MSE at that λ: the lowest over the grid. */
  test: number[];
}

/**
 * Everything the capacity view shows: the curve, its spread across trials, and the overlays that
 * were asked for. This is the `curve` event's detail and what `double-descent --format json`
 * prints.
 */
export interface CapacityCurve extends Curve {
  /** The ridge λ of the main curve (also in `params.ridge`). */
  ridge: number;
  /** Per-capacity quantiles across trials of training and test MSE. */
  quantiles: { train: Quantiles; test: Quantiles };
  /** Exact expected test MSE of the minimum-norm fit (null where infinite); null if not asked. */
  theory: (number | null)[] | null;
  /** The per-capacity optimally regularised curve, or null if not asked. */
  optimalRidge: OptimalRidgeCurve | null;
}

/** The numbers at one capacity: the `capacity-change` event's detail. */
export interface CapacityReading {
  /** The capacity d. */
  d: number;
  /** Mean training MSE at d. */
  train: number;
  /** Mean test MSE at d. */
  test: number;
  /** Median test MSE across trials at d. */
  testMedian: number;
  /** Expected test MSE from theory at d (null where infinite or not computed). */
  theory: number | null;
  /** The optimal λ and its mean test MSE at d, when the optimal-ridge overlay is on. */
  optimalRidge: { lambda: number; test: number } | null;
}

/** A reader's guess of where test error peaks, and where it does: the `prediction` detail. */
export interface Prediction {
  /** The capacity the reader picked. */
  guess: number;
  /** The capacity with the highest mean test error. */
  truth: number;
  /** How many capacities apart they are, |guess − truth|. */
  distance: number;
}

/** What the x-axis of a curve is. */
export type ViewKind = 'capacity' | 'samples' | 'training';

/** A preset of the training-time view (recipes in THEORY.md). */
export type Scenario = 'grokking-like' | 'epoch-wise';

/** Parameters of the sample-size sweep: fixed capacity d, growing training set. */
export interface SampleParams {
  /** Capacity: the model uses the first d features. */
  d: number;
  /** Number of Gaussian input features D of the task (d ≤ D). */
  maxD: number;
  /** Largest training-set size; every n is a prefix of one pool of this many samples. */
  nMax: number;
  /** The training-set sizes n to evaluate, increasing, each in 1..nMax. */
  ns: number[];
  /** Standard deviation of the label noise. */
  noise: number;
  /** Ridge λ on (1/n)‖y − Xb‖² + λ‖b‖²; 0 is the minimum-norm / least-squares fit. */
  ridge: number;
  /** Number of independent trials. */
  trials: number;
  /** Seed of the first trial. */
  seed: number;
  /** The random stream. */
  rng: RngKind;
}

/** Parameters of the training-time view: gradient descent on a linear model. */
export interface TrainingParams {
  /** Which preset task. */
  scenario: Scenario;
  /** Number of training samples n. */
  nTrain: number;
  /** Number of features d (epoch-wise: d − 1 fast features and one slow one). */
  d: number;
  /** Standard deviation of the label noise. */
  noise: number;
  /** Norm of the random initialisation ‖w₀‖ (0: start from zero). */
  initScale: number;
  /** Weight decay λ in (1/2n)‖Xw − y‖² + (λ/2)‖w‖². */
  weightDecay: number;
  /** Step size as a fraction of the stable maximum 2 / (μ_max + λ). */
  learningRate: number;
  /** Number of independent trials. */
  trials: number;
  /** Seed of the first trial. */
  seed: number;
  /** The step counts to evaluate, increasing. */
  steps: number[];
  /** Train MSE below which the model counts as having fit the training set. */
  trainThreshold: number;
}

/** Train and test error against training-set size at a fixed capacity. */
export interface SampleCurve extends TrialCurves {
  view: 'samples';
  /** The sample count at which n = d. */
  interpolationThreshold: number;
  params: SampleParams;
}

/** Train and test error against gradient-descent steps. */
export interface TrainingCurve extends TrialCurves {
  view: 'training';
  /** The same run started from w₀ = 0, for comparison. */
  zeroInit: { train: number[]; test: number[] };
  /** Mean over trials of the step size η used. */
  stepSize: number;
  /** Mean over trials of the test MSE in the limit of infinitely many steps. */
  finalTest: number;
  /** Where train error first falls below the threshold and test error first reaches twice
   *  its final value (null when it does not happen within the steps shown). */
  marks: { trainFitStep: number | null; generalizationStep: number | null };
  params: TrainingParams;
}
