/**
 * The worker pool behind computeCurve, in a real browser: trials split across workers give
 * exactly the single-thread curve, and an aborted request is dropped.
 */
import { computeCurve } from '../../src/compute.js';
import { loadKernel } from '../../src/kernel.js';
import type { ExperimentParams } from '../../src/types.js';
import { assert, assertEqual, describe, it } from './helpers.js';

const params: ExperimentParams = {
  nTrain: 20, nTest: 50, maxD: 40, noise: 0.2, trials: 7, seed: 3,
  dims: Array.from({ length: 40 }, (_, i) => i + 1), rng: 'numpy', testError: 'sampled',
  ridge: 0, features: 'gaussian',
};

describe('computeCurve in a worker pool', () => {
  it('merges trials split across workers into exactly the single-thread curve', async () => {
    const pooled = await computeCurve(params);
    const single = (await loadKernel()).capacitySweep(params);
    assertEqual(pooled.trainTrials.length, params.trials, 'trial rows');
    assertEqual(JSON.stringify(pooled.testTrials), JSON.stringify(single.testTrials), 'test rows');
    assertEqual(JSON.stringify(pooled.test), JSON.stringify(single.test), 'mean test curve');
    assertEqual(JSON.stringify(pooled.train), JSON.stringify(single.train), 'mean train curve');
  });

  it('rejects an aborted request with an AbortError and still serves the next one', async () => {
    const controller = new AbortController();
    const stale = computeCurve({ ...params, maxD: 400, trials: 40 }, { signal: controller.signal });
    controller.abort();
    let name = '';
    await stale.catch((error: unknown) => {
      name = (error as Error).name;
    });
    assertEqual(name, 'AbortError', 'error of the aborted request');
    const fresh = await computeCurve(params);
    assert(fresh.test.every(Number.isFinite), 'the next curve is complete');
  });
});
