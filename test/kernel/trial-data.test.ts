import { describe, expect, it } from 'vitest';
import { loadKernel } from '../../src/kernel.js';
import type { ExperimentParams } from '../../src/types.js';
import trial from '../fixtures/numpy-trial.json';

function params(overrides: Partial<ExperimentParams>): ExperimentParams {
  return {
    nTrain: 80,
    nTest: 2000,
    maxD: 300,
    noise: 0.2,
    trials: 1,
    seed: 0,
    dims: [1],
    rng: 'numpy',
    testError: 'sampled',
    ridge: 0,
    features: 'gaussian',
    ...overrides,
  };
}

function expectClose(actual: ArrayLike<number>, expected: number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(
      tolerance * Math.max(1, Math.abs(expected[i])),
    );
  }
}

describe('trial data', () => {
  it('draws w_true, both matrices and both noise vectors as the NumPy reference does', async () => {
    const kernel = await loadKernel();
    const { nTrain, nTest, maxD, noise, seed } = trial.params;
    const data = kernel.trialData(params({ nTrain, nTest, maxD, noise }), seed, true);
    // Draws agree to a few ulps; labels also differ by the order of the dot product's sum.
    expectClose(data.wTrue, trial.wTrue, 1e-15);
    expectClose(data.xTrain, trial.xTrain, 1e-15);
    expectClose(data.xTest!, trial.xTest, 1e-15);
    expectClose(data.yTrain, trial.yTrain, 1e-14);
    expectClose(data.yTest!, trial.yTest, 1e-14);
  });

  for (const [nTest, maxD] of [
    [2000, 300],
    [3, 3],
    [5, 7],
  ]) {
    it(`skipping the ${nTest}×${maxD} test matrix leaves the training noise unchanged`, async () => {
      const kernel = await loadKernel();
      const p = params({ nTrain: 11, nTest, maxD });
      const full = kernel.trialData(p, 3, true);
      const skipped = kernel.trialData(p, 3, false);
      expect(skipped.xTest).toBeNull();
      expect(Array.from(skipped.yTrain)).toEqual(Array.from(full.yTrain));
    });
  }

  it("keeps the fast stream's training data independent of the test-error mode", async () => {
    const kernel = await loadKernel();
    const p = params({ nTrain: 20, nTest: 50, maxD: 30, rng: 'fast' });
    const full = kernel.trialData(p, 9, true);
    const skipped = kernel.trialData(p, 9, false);
    expect(Array.from(skipped.xTrain)).toEqual(Array.from(full.xTrain));
    expect(Array.from(skipped.yTrain)).toEqual(Array.from(full.yTrain));
  });
});
