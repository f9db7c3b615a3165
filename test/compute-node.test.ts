/**
 * computeCurve in Node: the sweep's trials run in a worker_threads pool and merge into exactly
 * the curve one thread computes; an aborted request is dropped; and the split and merge the two
 * hosts share reproduce the single sweep from separately computed ranges.
 */
import { describe, expect, it } from 'vitest';
import { nodeWorkers } from '../src/compute-node.js';
import { mergeRanges, splitTrials } from '../src/compute-pool.js';
import { computeCurve } from '../src/compute.js';
import { loadKernel } from '../src/kernel.js';
import type { ExperimentParams } from '../src/types.js';

const params: ExperimentParams = {
  nTrain: 20, nTest: 50, maxD: 40, noise: 0.2, trials: 7, seed: 3,
  dims: Array.from({ length: 40 }, (_, i) => i + 1), rng: 'numpy', testError: 'sampled',
  ridge: 0, features: 'gaussian',
};

describe('computeCurve in Node', () => {
  it('offers a worker_threads pool', () => {
    expect(nodeWorkers()?.size).toBeGreaterThanOrEqual(1);
  });

  it('merges trials split across worker threads into exactly the single-thread curve', async () => {
    const pooled = await computeCurve(params);
    const single = (await loadKernel()).capacitySweep(params);
    // JSON compares every double exactly (and would show a NaN as null on both sides alike).
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(single));
  });

  it('rejects an aborted request with an AbortError and still serves the next one', async () => {
    const controller = new AbortController();
    const stale = computeCurve({ ...params, maxD: 400, trials: 40 }, { signal: controller.signal });
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    const fresh = await computeCurve({ ...params, rng: 'fast', testError: 'expected' });
    const single = (await loadKernel()).capacitySweep({
      ...params, rng: 'fast', testError: 'expected',
    });
    expect(JSON.stringify(fresh.test)).toBe(JSON.stringify(single.test));
  });
});

describe('splitTrials and mergeRanges', () => {
  it('cover the trials in order with shifted seeds and merge back to the sweep', async () => {
    const kernel = await loadKernel();
    const ranges = splitTrials(params, 3);
    expect(ranges.map((r) => [r.first, r.params.trials, r.params.seed])).toEqual([
      [0, 2, 3], [2, 2, 5], [4, 3, 7],
    ]);
    const merged = mergeRanges(params, ranges.map((r) => kernel.capacitySweep(r.params)));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(kernel.capacitySweep(params)));
  });

  it('never makes more ranges than trials, nor an empty one', () => {
    const ranges = splitTrials({ ...params, trials: 2 }, 8);
    expect(ranges.map((r) => r.params.trials)).toEqual([1, 1]);
  });
});
