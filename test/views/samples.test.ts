import { describe, expect, it } from 'vitest';
import { loadKernel } from '../../src/kernel.js';
import type { ExperimentParams, SampleParams } from '../../src/types.js';
import { sampleSweep } from '../../src/views.js';
import { expectedTestError, fitCapacity, meanSquaredError } from '../reference/least-squares.js';

describe('sample-size view', () => {
  for (const ridge of [0, 0.05]) {
    it(`matches Householder QR on every prefix of the pool (ridge ${ridge})`, async () => {
      const kernel = await loadKernel();
      const d = 20;
      const params: SampleParams = {
        d, maxD: 30, nMax: 40, ns: [1, 5, 19, 20, 21, 22, 30, 40], noise: 0.3, ridge,
        trials: 2, seed: 4, rng: 'fast',
      };
      const curve = sampleSweep(kernel, params);
      for (let t = 0; t < params.trials; t++) {
        // With the fast stream the pool is drawn as the capacity view draws nMax training samples.
        const pool: ExperimentParams = {
          nTrain: params.nMax, nTest: 1, maxD: params.maxD, noise: params.noise, trials: 1,
          seed: params.seed + t, dims: [d], rng: 'fast', testError: 'expected', ridge: 0,
          features: 'gaussian',
        };
        const data = kernel.trialData(pool, params.seed + t, false);
        params.ns.forEach((n, i) => {
          const x = data.xTrain.subarray(0, n * params.maxD);
          const y = data.yTrain.subarray(0, n);
          const shift = ridge > 0 ? ridge * n : n <= d ? 1e-8 : 0;
          const b = n <= d || ridge > 0
            ? fitCapacity(x, n, params.maxD, y, d, shift)
            : fitCapacity(x, n, params.maxD, y, d, 0);
          const test = expectedTestError(b, data.wTrue, params.noise);
          const train = meanSquaredError(x, n, params.maxD, y, b);
          const tolerance = Math.abs(n - d) <= 1 ? 1e-6 : 1e-8;
          expect(Math.abs(curve.testTrials[t][i] / test - 1)).toBeLessThan(tolerance);
          if (train > 1e-12) {
            expect(Math.abs(curve.trainTrials[t][i] / train - 1)).toBeLessThan(tolerance);
          } else {
            expect(curve.trainTrials[t][i]).toBeLessThan(1e-12);
          }
        });
      }
    });
  }

  it('shows more data hurting near n = d (d = 100, n = 1…200)', async () => {
    const ns = Array.from({ length: 200 }, (_, i) => i + 1);
    const curve = sampleSweep(await loadKernel(), {
      d: 100, maxD: 100, nMax: 200, ns, noise: 0.2, ridge: 0, trials: 20, seed: 0, rng: 'fast',
    });
    const peak = curve.x[curve.test.indexOf(Math.max(...curve.test))];
    expect(Math.abs(peak - 100)).toBeLessThanOrEqual(2);
    // Adding samples from n = 80 to n = 100 makes the test error worse.
    expect(curve.test[99]).toBeGreaterThan(curve.test[79]);
  });
});
