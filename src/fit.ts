/**
 * The fitted-function view of the 1-D feature families: for one trial and the capacity under the
 * cursor, the training points, the true function and the fitted function on a grid, all computed
 * by the kernel.
 */
import type { Kernel } from './kernel.js';
import type { FeatureFamily as AnyFamily, RngKind } from './types.js';

/** A 1-D feature family (the Gaussian family has no 1-D input to draw). */
export type FeatureFamily = Exclude<AnyFamily, 'gaussian'>;

/** What the fit panel draws. */
export interface FitView {
  /** The capacity that was fitted. */
  d: number;
  /** The feature family. */
  features: FeatureFamily;
  /** Evaluation points spanning [−1, 1]. */
  grid: number[];
  /** The true function on the grid. */
  truth: number[];
  /** The fitted function on the grid. */
  fitted: number[];
  /** Training inputs and noisy labels of the trial. */
  xTrain: number[];
  yTrain: number[];
  /** The fitted function at the training inputs. */
  fittedTrain: number[];
}

/** Parameters of one fit: the trial (seed), the task sizes and the capacity. */
export interface FitRequest {
  features: FeatureFamily;
  rng: RngKind;
  seed: number;
  nTrain: number;
  maxD: number;
  noise: number;
  ridge: number;
  d: number;
  gridPoints?: number;
}

const FAMILY_CODES: Record<FeatureFamily, number> = { relu: 1, fourier: 2 };

/** Fits capacity `d` on trial `seed` and evaluates the fitted function on a grid. */
export function fitFunction(kernel: Kernel, request: FitRequest): FitView {
  const { nTrain: n, d } = request;
  const points = request.gridPoints ?? 241;
  const sizes = [points, points, points, n, n, n];
  return kernel.withBuffers(sizes, ([grid, truth, fitted, xs, ys, fittedTrain]) => {
    const status = kernel.wasm.fitFunction(
      request.rng === 'numpy' ? 0 : 1,
      request.seed >>> 0,
      FAMILY_CODES[request.features],
      n,
      request.maxD,
      request.noise,
      request.ridge,
      d,
      points,
      grid,
      truth,
      fitted,
      xs,
      ys,
      fittedTrain,
    );
    if (status !== 0) {
      throw new Error(
        `The kernel could not factor the Gram matrix of ${request.features} features at ` +
          `d = ${d}: they are numerically collinear here. Add a small ridge ` +
          '(for example ridge="1e-6").',
      );
    }
    return {
      d,
      features: request.features,
      grid: Array.from(kernel.read(grid, points)),
      truth: Array.from(kernel.read(truth, points)),
      fitted: Array.from(kernel.read(fitted, points)),
      xTrain: Array.from(kernel.read(xs, n)),
      yTrain: Array.from(kernel.read(ys, n)),
      fittedTrain: Array.from(kernel.read(fittedTrain, n)),
    };
  });
}
