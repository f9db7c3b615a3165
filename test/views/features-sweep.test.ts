import { describe, expect, it } from 'vitest';
import { fitFunction } from '../../src/fit.js';
import { loadKernel } from '../../src/kernel.js';
import type { ExperimentParams } from '../../src/types.js';

function params(overrides: Partial<ExperimentParams>): ExperimentParams {
  return {
    nTrain: 40,
    nTest: 300,
    maxD: 400,
    noise: 0.1,
    trials: 4,
    seed: 0,
    dims: [5, 20, 39, 40, 41, 60, 100, 400],
    rng: 'fast',
    testError: 'expected',
    ridge: 0,
    features: 'relu',
    ...overrides,
  };
}

describe('capacity sweep on the 1-D feature families', () => {
  for (const features of ['relu', 'fourier'] as const) {
    for (const testError of ['expected', 'sampled'] as const) {
      it(`${features}, ${testError}: the incremental sweep matches per-capacity solves`, async () => {
        const kernel = await loadKernel();
        const p = params({ features, testError });
        const fast = kernel.capacitySweep(p);
        const direct = kernel.capacitySweep(p, { method: 'direct' });
        // Both are Gram-matrix solves of the same ill-conditioned systems, so they agree to what
        // the conditioning leaves: cond ≈ 1e11 at d ≈ n for hinge features, and for random
        // Fourier features (numerically rank-deficient) the 1e-9 relative shift: 1e-4 for both.
        const tolerance = 1e-4;
        fast.testTrials.forEach((row, t) =>
          row.forEach((value, i) => {
            expect(Number.isFinite(value)).toBe(true);
            expect(Math.abs(value / direct.testTrials[t][i] - 1)).toBeLessThan(tolerance);
          }),
        );
      });
    }
  }

  it('relu, expected: the quadrature error agrees with the fitted function on a grid', async () => {
    const kernel = await loadKernel();
    const p = params({ trials: 1, seed: 7, dims: [10, 100, 400] });
    const curve = kernel.capacitySweep(p);
    p.dims.forEach((d, i) => {
      const fit = fitFunction(kernel, { ...p, features: 'relu', seed: 7, d, gridPoints: 20001 });
      let sum = 0;
      fit.fitted.forEach((value, g) => (sum += (value - fit.truth[g]) ** 2));
      const onGrid = sum / fit.grid.length + p.noise ** 2;
      // Two quadratures (1024 midpoints, 20001 grid points) of an integrand with kinks and
      // narrow spikes where the interpolant shoots between close inputs, and two solvers
      // (Cholesky, QR): they agree to 3%.
      expect(Math.abs(curve.test[i] / onGrid - 1)).toBeLessThan(3e-2);
    });
  });

  it('relu: the test error peaks near the interpolation threshold d = n', async () => {
    const kernel = await loadKernel();
    const dims = Array.from({ length: 200 }, (_, i) => i + 1);
    const curve = kernel.capacitySweep(params({ trials: 20, dims, maxD: 400 }));
    const peak = dims[curve.test.indexOf(Math.max(...curve.test))];
    expect(Math.abs(peak - 40)).toBeLessThanOrEqual(5);
    expect(curve.test.at(-1)!).toBeLessThan(curve.test[peak - 1] / 2);
  });
});
