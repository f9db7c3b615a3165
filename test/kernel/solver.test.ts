import { describe, expect, it } from 'vitest';
import { loadKernel, type SweepMethod } from '../../src/kernel.js';
import type { ExperimentParams, RngKind, TestErrorKind } from '../../src/types.js';
import {
  expectedTestError,
  fitCapacity,
  meanSquaredError,
} from '../reference/least-squares.js';

const n = 30;
const maxD = 60;
// Every regime: tiny, well inside, both sides of the threshold, and the widest model.
const dims = [1, 5, 17, 28, 29, 30, 31, 32, 45, 60];

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

// Within 1e-8 relative away from the threshold; 1e-6 at d = n − 1, n, n + 1, where the Gram
// matrix is worst conditioned and both solvers lose digits in proportion to its condition number.
function tolerance(d: number): number {
  return Math.abs(d - n) <= 1 ? 1e-6 : 1e-8;
}

interface Case {
  rng: RngKind;
  testError: TestErrorKind;
  method: SweepMethod;
  ridge: number;
}

const cases: Case[] = [];
for (const method of ['incremental', 'direct'] as const) {
  for (const rng of ['numpy', 'fast'] as const) {
    for (const testError of ['expected', 'sampled'] as const) {
      cases.push({ rng, testError, method, ridge: 0 });
    }
  }
  cases.push({ rng: 'fast', testError: 'expected', method, ridge: 0.05 });
}

describe('capacity sweep against Householder QR', () => {
  for (const { rng, testError, method, ridge } of cases) {
    const name = `${method}, rng=${rng}, test-error=${testError}, ridge=${ridge}`;
    it(`${name}: train and test MSE match at every capacity`, async () => {
      const kernel = await loadKernel();
      const params: ExperimentParams = {
        nTrain: n, nTest: 400, maxD, noise: 0.3, trials: 3, seed: 11, dims, rng, testError,
        ridge, features: 'gaussian',
      };
      const curve = kernel.capacitySweep(params, { method, ridge });

      for (let t = 0; t < params.trials; t++) {
        const data = kernel.trialData(params, params.seed + t, testError === 'sampled');
        dims.forEach((d, i) => {
          // The reference's shift: λ·n for ridge, else 1e-8 for d ≥ n and nothing below.
          const shift = ridge > 0 ? ridge * n : d >= n ? 1e-8 : 0;
          const b = fitCapacity(data.xTrain, n, maxD, data.yTrain, d, shift);
          const train = meanSquaredError(data.xTrain, n, maxD, data.yTrain, b);
          const test =
            testError === 'sampled'
              ? meanSquaredError(data.xTest!, params.nTest, maxD, data.yTest!, b)
              : expectedTestError(b, data.wTrue, params.noise);

          expect(relativeError(curve.testTrials[t][i], test)).toBeLessThan(tolerance(d));
          if (train > 1e-12) {
            expect(relativeError(curve.trainTrials[t][i], train)).toBeLessThan(tolerance(d));
          } else {
            // An interpolating fit: both values are 1e-8·α-sized; the reference's explicit
            // residual carries rounding of about eps·‖y‖ per entry, so agree to 1e-3.
            expect(curve.trainTrials[t][i]).toBeLessThan(1e-12);
            expect(relativeError(curve.trainTrials[t][i], train)).toBeLessThan(1e-3);
          }
        });
      }
    });
  }

  it('averages trials into the mean curve', async () => {
    const kernel = await loadKernel();
    const params: ExperimentParams = {
      nTrain: 10, nTest: 10, maxD: 20, noise: 0.1, trials: 4, seed: 2, dims: [3, 10, 20],
      rng: 'fast', testError: 'expected', ridge: 0, features: 'gaussian',
    };
    const curve = kernel.capacitySweep(params);
    curve.x.forEach((_, i) => {
      const mean = curve.testTrials.reduce((sum, row) => sum + row[i], 0) / params.trials;
      expect(curve.test[i]).toBeCloseTo(mean, 12);
    });
    expect(curve.interpolationThreshold).toBe(10);
    expect(curve.params).toEqual(params);
  });
});
