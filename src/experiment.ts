/**
 * Turns the capacity view's settings into kernel requests: the main sweep, the same sweep over a
 * grid of ridge strengths (for the optimal-ridge overlay), and the theory curve. It also summarises
 * trials into quantiles. Every number comes from the kernel; this module only picks among them.
 */
import { computeCurve } from './compute.js';
import { loadKernel } from './kernel.js';
import { quantilesOverTrials } from './statistics.js';
import type { CapacityCurve, Curve, ExperimentParams, OptimalRidgeCurve } from './types.js';

/** Which overlays to compute besides the main curve. */
export interface CapacityOptions {
  /** Compute the curve at the per-capacity best λ (`show-optimal-ridge`). */
  optimalRidge: boolean;
  /** Compute the exact expected test error of the minimum-norm fit (`show-theory`). */
  theory: boolean;
}

/** Runs one capacity sweep; the element passes its own so tests can hold or fail runs. */
export type Sweep = (params: ExperimentParams) => Promise<Curve>;

/**
 * The ridge strengths tried for the optimal-ridge overlay: 0 (so the overlay is never above the
 * minimum-norm curve) and four values per decade from 1e-4 to 1e2. Near its optimum the test
 * error is flat in log λ, so a quarter-decade step is within a percent of the best value.
 */
export const RIDGE_GRID: readonly number[] = [
  0,
  ...Array.from({ length: 25 }, (_, i) => Number((10 ** (i / 4 - 4)).toPrecision(3))),
];

/** Computes the curve for `params` and the overlays `options` asks for. */
export async function computeCapacity(
  params: ExperimentParams,
  options: CapacityOptions,
  sweep: Sweep = computeCurve,
): Promise<CapacityCurve> {
  const ridges = options.optimalRidge
    ? [...new Set([params.ridge, ...RIDGE_GRID])]
    : [params.ridge];
  // Every λ sees the same seeds, hence the same data: the overlay differs only in the penalty.
  const curves = await Promise.all(ridges.map((ridge) => sweep({ ...params, ridge })));
  const curve = curves[0];
  // The closed form is the Gaussian prefix task's; the 1-D families have none.
  const theory = options.theory && params.features === 'gaussian' ? await theoryFor(params) : null;
  return {
    ...curve,
    ridge: params.ridge,
    quantiles: {
      train: quantilesOverTrials(curve.trainTrials),
      test: quantilesOverTrials(curve.testTrials),
    },
    theory,
    optimalRidge: options.optimalRidge ? bestRidge(RIDGE_GRID, ridges, curves) : null,
  };
}

/** At each capacity, the grid's λ whose mean test error is lowest, and that curve's values. */
export function bestRidge(
  grid: readonly number[],
  ridges: number[],
  curves: Curve[],
): OptimalRidgeCurve {
  const onGrid = ridges.map((ridge) => grid.includes(ridge));
  const result: OptimalRidgeCurve = { grid: [...grid], lambda: [], train: [], test: [] };
  curves[0].x.forEach((_, i) => {
    let best = -1;
    curves.forEach((candidate, k) => {
      const value = candidate.test[i];
      if (!onGrid[k] || !Number.isFinite(value)) return;
      if (best < 0 || value < curves[best].test[i]) best = k;
    });
    result.lambda.push(best < 0 ? Number.NaN : ridges[best]);
    result.train.push(best < 0 ? Number.NaN : curves[best].train[i]);
    result.test.push(best < 0 ? Number.NaN : curves[best].test[i]);
  });
  return result;
}

async function theoryFor(params: ExperimentParams): Promise<(number | null)[]> {
  const kernel = await loadKernel();
  return kernel.theoryCurve(params.nTrain, params.maxD, params.noise, params.dims);
}
