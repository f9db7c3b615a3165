/**
 * The sample-size and training-time views: each turns its parameters into one kernel call and
 * the kernel's per-trial numbers into a curve. The marks of the training view are read off the
 * kernel's curve, never recomputed.
 */
import type { Kernel } from './kernel.js';
import { meanOverTrials } from './statistics.js';
import type { SampleCurve, SampleParams, TrainingCurve, TrainingParams } from './types.js';

const RNG_CODES = { numpy: 0, fast: 1 } as const;
const SCENARIO_CODES = { 'grokking-like': 0, 'epoch-wise': 1 } as const;

function rows(flat: Float64Array, trials: number, width: number): number[][] {
  return Array.from({ length: trials }, (_, t) =>
    Array.from(flat.subarray(t * width, (t + 1) * width)),
  );
}

function fail(what: string): never {
  throw new Error(
    `The kernel could not factor a matrix in the ${what}: it is not numerically positive ` +
      'definite for these parameters. Add a small ridge or change the sizes.',
  );
}

/** Train and test MSE against training-set size n at a fixed capacity d. */
export function sampleSweep(kernel: Kernel, params: SampleParams): SampleCurve {
  const { ns, trials } = params;
  const count = trials * ns.length;
  const [train, test] = kernel.withBuffers([ns.length, count, count], ([nsPtr, tr, te]) => {
    kernel.view(nsPtr, ns.length).set(ns);
    const status = kernel.wasm.sampleSweep(
      RNG_CODES[params.rng],
      params.seed >>> 0,
      trials,
      params.d,
      params.maxD,
      params.nMax,
      params.noise,
      params.ridge,
      nsPtr,
      ns.length,
      tr,
      te,
    );
    if (status !== 0) fail('sample-size sweep');
    return [kernel.read(tr, count), kernel.read(te, count)];
  });
  const trainTrials = rows(train, trials, ns.length);
  const testTrials = rows(test, trials, ns.length);
  return {
    view: 'samples',
    x: [...ns],
    train: meanOverTrials(trainTrials),
    test: meanOverTrials(testTrials),
    trainTrials,
    testTrials,
    interpolationThreshold: params.d,
    params: { ...params, ns: [...ns] },
  };
}

/** Exact train and test MSE of gradient descent at every listed step count. */
export function trainingCurves(kernel: Kernel, params: TrainingParams): TrainingCurve {
  const { steps, trials } = params;
  const count = trials * steps.length;
  const sizes = [steps.length, count, count, count, count, trials * 3];
  const result = kernel.withBuffers(sizes, ([stepsPtr, tr, te, trZero, teZero, info]) => {
    kernel.view(stepsPtr, steps.length).set(steps);
    const status = kernel.wasm.trainingCurves(
      SCENARIO_CODES[params.scenario],
      params.seed >>> 0,
      trials,
      params.nTrain,
      params.d,
      params.noise,
      params.initScale,
      params.weightDecay,
      params.learningRate,
      stepsPtr,
      steps.length,
      tr,
      te,
      trZero,
      teZero,
      info,
    );
    if (status !== 0) {
      throw new Error("The kernel's eigendecomposition did not converge for these parameters.");
    }
    return {
      train: kernel.read(tr, count),
      test: kernel.read(te, count),
      trainZero: kernel.read(trZero, count),
      testZero: kernel.read(teZero, count),
      info: kernel.read(info, trials * 3),
    };
  });

  const trainTrials = rows(result.train, trials, steps.length);
  const testTrials = rows(result.test, trials, steps.length);
  const train = meanOverTrials(trainTrials);
  const test = meanOverTrials(testTrials);
  const infoRows = rows(result.info, trials, 3);
  const stepSize = infoRows.reduce((sum, row) => sum + row[0], 0) / trials;
  const finalTest = infoRows.reduce((sum, row) => sum + row[1], 0) / trials;
  return {
    view: 'training',
    x: [...steps],
    train,
    test,
    trainTrials,
    testTrials,
    zeroInit: {
      train: meanOverTrials(rows(result.trainZero, trials, steps.length)),
      test: meanOverTrials(rows(result.testZero, trials, steps.length)),
    },
    stepSize,
    finalTest,
    marks: {
      trainFitStep: firstStep(steps, train, (value) => value < params.trainThreshold),
      generalizationStep: firstStep(steps, test, (value) => value <= 2 * finalTest),
    },
    params: { ...params, steps: [...steps] },
  };
}

/** The first listed step whose value satisfies `test`, or null. */
export function firstStep(
  steps: number[],
  values: number[],
  test: (value: number) => boolean,
): number | null {
  const index = values.findIndex(test);
  return index < 0 ? null : steps[index];
}

/** About `points` step counts from 0 to maxSteps, log-spaced after the first few. */
export function stepGrid(maxSteps: number, points: number): number[] {
  const steps = new Set<number>([0]);
  for (let i = 0; i < points; i++) {
    steps.add(Math.round(Math.exp((Math.log(maxSteps) * i) / (points - 1))));
  }
  return [...steps].sort((a, b) => a - b);
}

/** One trial of a training scenario as the kernel draws it (X row-major, n×d). */
export interface TrainingData {
  x: Float64Array;
  y: Float64Array;
  beta: Float64Array;
  w0: Float64Array;
  scales: Float64Array;
}

/** The data of trial `seed` of a training scenario, for checking the exact curves by stepping. */
export function trainingData(kernel: Kernel, params: TrainingParams, seed: number): TrainingData {
  const { nTrain: n, d } = params;
  return kernel.withBuffers([n * d, n, d, d, d], ([x, y, beta, w0, scales]) => {
    kernel.wasm.trainingData(
      SCENARIO_CODES[params.scenario],
      seed >>> 0,
      n,
      d,
      params.noise,
      params.initScale,
      x,
      y,
      beta,
      w0,
      scales,
    );
    const columns = kernel.read(x, n * d);
    const rowMajor = new Float64Array(n * d);
    for (let j = 0; j < d; j++)
      for (let i = 0; i < n; i++) rowMajor[i * d + j] = columns[j * n + i];
    return {
      x: rowMajor,
      y: kernel.read(y, n),
      beta: kernel.read(beta, d),
      w0: kernel.read(w0, d),
      scales: kernel.read(scales, d),
    };
  });
}
