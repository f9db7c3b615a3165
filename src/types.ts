/**
 * The public data shapes of double-descent-demo: the parameters of one experiment and the curve
 * the kernel computes from them. The `curve` event's detail and the CLI's JSON are a `Curve`.
 */

/** Which random stream generates the synthetic data. */
export type RngKind = 'numpy' | 'fast';

/** How test error is measured: exactly in expectation, or on a sampled test set. */
export type TestErrorKind = 'expected' | 'sampled';

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
}

/** The result of one capacity sweep: what the chart draws and what the `curve` event carries. */
export interface Curve {
  /** Which x-axis produced this curve. */
  view: 'capacity';
  /** The capacities d (x-axis). */
  x: number[];
  /** Mean training MSE over trials, one per capacity. */
  train: number[];
  /** Mean test MSE over trials, one per capacity. */
  test: number[];
  /** Training MSE of every trial: `trainTrials[t][i]` is trial t at capacity `x[i]`. */
  trainTrials: number[][];
  /** Test MSE of every trial: `testTrials[t][i]` is trial t at capacity `x[i]`. */
  testTrials: number[][];
  /** The capacity at which training error first reaches zero: d = nTrain. */
  interpolationThreshold: number;
  /** Every parameter that produced this curve. */
  params: ExperimentParams;
}
