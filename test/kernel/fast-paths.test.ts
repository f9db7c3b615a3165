import { describe, expect, it } from 'vitest';
import {
  compileKernelModule,
  instantiateKernel,
  loadKernel,
  type Kernel,
} from '../../src/kernel.js';
import { incrementalSweep } from '../../src/reference/incremental.js';
import type { ExperimentParams, RngKind, TestErrorKind } from '../../src/types.js';

const n = 30;
const maxD = 70;
// Both regimes, the threshold's neighbours, gaps between listed capacities, and the widest model.
const dims = [1, 2, 9, 20, 28, 29, 30, 31, 32, 40, 41, 55, 70];

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

// 1e-8 relative, and 1e-6 at d = n − 1, n, n + 1, where the Gram matrix is worst conditioned and
// any two correct solvers differ by about eps·cond(K).
function tolerance(d: number, threshold: number): number {
  return Math.abs(d - threshold) <= 1 ? 1e-6 : 1e-8;
}

// Interpolating fits have train MSE of order (1e-8·‖α‖)²/n: rounding in any solver is a large
// part of such a number, so those are compared to 1e-3 once both are below 1e-12.
function expectTrainClose(actual: number, expected: number, d: number, threshold: number) {
  if (expected < 1e-12) {
    expect(actual).toBeLessThan(1e-12);
    expect(relativeError(actual, expected)).toBeLessThan(1e-3);
  } else {
    expect(relativeError(actual, expected)).toBeLessThan(tolerance(d, threshold));
  }
}

function params(rng: RngKind, testError: TestErrorKind, extra: Partial<ExperimentParams> = {}) {
  return {
    nTrain: n,
    nTest: 37,
    maxD,
    noise: 0.3,
    trials: 3,
    seed: 5,
    dims,
    rng,
    testError,
    ridge: 0,
    features: 'gaussian',
    ...extra,
  } satisfies ExperimentParams;
}

const cases: { rng: RngKind; testError: TestErrorKind; ridge: number }[] = [];
for (const rng of ['numpy', 'fast'] as const) {
  for (const testError of ['expected', 'sampled'] as const) {
    for (const ridge of [0, 0.05]) cases.push({ rng, testError, ridge });
  }
}

describe('incremental sweep against the direct per-capacity method', () => {
  for (const { rng, testError, ridge } of cases) {
    const name = `rng=${rng}, test-error=${testError}, λ=${ridge}`;
    it(`kernel and plain-TypeScript reference match the direct method: ${name}`, async () => {
      const kernel = await loadKernel();
      const p = params(rng, testError);
      const direct = kernel.capacitySweep(p, { method: 'direct', ridge });
      const fast = kernel.capacitySweep(p, { method: 'incremental', ridge });

      for (let t = 0; t < p.trials; t++) {
        const data = kernel.trialData(p, p.seed + t, testError === 'sampled');
        const reference = incrementalSweep(data, { ...p, sampled: testError === 'sampled', ridge });
        dims.forEach((d, i) => {
          const want = { train: direct.trainTrials[t][i], test: direct.testTrials[t][i] };
          for (const [train, test] of [
            [fast.trainTrials[t][i], fast.testTrials[t][i]],
            [reference.train[i], reference.test[i]],
          ]) {
            expect(relativeError(test, want.test)).toBeLessThan(tolerance(d, n));
            expectTrainClose(train, want.train, d, n);
          }
        });
      }
    });
  }

  it('starts the d ≥ n phase at a capacity far above n and still matches', async () => {
    const kernel = await loadKernel();
    for (const testError of ['expected', 'sampled'] as const) {
      const p = params('fast', testError, { dims: [3, 52, 53, 70] });
      const direct = kernel.capacitySweep(p, { method: 'direct' });
      const fast = kernel.capacitySweep(p);
      fast.test.forEach((value, i) => {
        expect(relativeError(value, direct.test[i])).toBeLessThan(1e-8);
      });
    }
  });

  it('still matches after a thousand square-root-free updates (n = 40, d ≤ 1040)', async () => {
    // The d ≥ n phase carries one L₁·D·L₁ᵀ factor through every added column, so rounding could
    // accumulate over the run; the direct method refactors at each capacity and cannot drift.
    const kernel = await loadKernel();
    const checked = [39, 40, 41, 42, 100, 400, 800, 1039, 1040];
    for (const testError of ['expected', 'sampled'] as const) {
      const p: ExperimentParams = {
        nTrain: 40,
        nTest: 60,
        maxD: 1040,
        noise: 0.2,
        trials: 1,
        seed: 9,
        dims: checked,
        rng: 'fast',
        testError,
        ridge: 0,
        features: 'gaussian',
      };
      const direct = kernel.capacitySweep(p, { method: 'direct' });
      // Every capacity listed, so the incremental run really makes each of the 1000 updates.
      const all = Array.from({ length: 1040 }, (_, i) => i + 1);
      const fast = kernel.capacitySweep({ ...p, dims: all });
      checked.forEach((d, i) => {
        expect(relativeError(fast.test[d - 1], direct.test[i])).toBeLessThan(tolerance(d, 40));
        expectTrainClose(fast.train[d - 1], direct.train[i], d, 40);
      });
    }
  });

  it('matches at the reference size (n = 80, every d up to 300) in the numpy stream', async () => {
    const kernel = await loadKernel();
    const all = Array.from({ length: 300 }, (_, i) => i + 1);
    const p: ExperimentParams = {
      nTrain: 80,
      nTest: 2000,
      maxD: 300,
      noise: 0.2,
      trials: 2,
      seed: 0,
      dims: all,
      rng: 'numpy',
      testError: 'sampled',
      ridge: 0,
      features: 'gaussian',
    };
    const direct = kernel.capacitySweep(p, { method: 'direct' });
    const fast = kernel.capacitySweep(p);
    for (let t = 0; t < p.trials; t++) {
      all.forEach((d, i) => {
        expect(relativeError(fast.testTrials[t][i], direct.testTrials[t][i])).toBeLessThan(
          tolerance(d, 80),
        );
        expectTrainClose(fast.trainTrials[t][i], direct.trainTrials[t][i], d, 80);
      });
    }
  });
});

describe('SIMD and scalar builds', () => {
  let simd: Kernel;
  let scalar: Kernel;

  it('compile and instantiate separately', async () => {
    simd = await instantiateKernel(await compileKernelModule(true));
    scalar = await instantiateKernel(await compileKernelModule(false));
  });

  for (const rng of ['numpy', 'fast'] as const) {
    it(`draw identical data and agree on every capacity (rng=${rng})`, () => {
      for (const testError of ['expected', 'sampled'] as const) {
        const p = params(rng, testError);
        const a = simd.trialData(p, 7, true);
        const b = scalar.trialData(p, 7, true);
        expect(Array.from(a.xTest!)).toEqual(Array.from(b.xTest!));
        expect(Array.from(a.xTrain)).toEqual(Array.from(b.xTrain));

        const one = simd.capacitySweep(p);
        const other = scalar.capacitySweep(p);
        dims.forEach((d, i) => {
          // The builds sum dot products in different orders: rounding-level differences,
          // amplified by cond(K) next to the threshold.
          expect(relativeError(one.test[i], other.test[i])).toBeLessThan(tolerance(d, n));
          expectTrainClose(one.train[i], other.train[i], d, n);
        });
      }
    });
  }
});

describe('fast stream Gaussians (ziggurat)', () => {
  it('have the standard normal moments and tail mass', async () => {
    const kernel = await loadKernel();
    const count = 200_000;
    const values = kernel.randomValues('fast', 3, 'gaussian', count);
    let sum = 0;
    let squares = 0;
    let fourth = 0;
    let beyond2 = 0;
    let beyond3 = 0;
    for (const v of values) {
      sum += v;
      squares += v * v;
      fourth += v ** 4;
      if (Math.abs(v) > 2) beyond2++;
      if (Math.abs(v) > 3) beyond3++;
    }
    // Standard errors at 2e5 draws: mean 0.0022, variance 0.0032, fourth moment 0.022,
    // P(|x| > 2) = 0.0455 ± 0.00047, P(|x| > 3) = 0.0027 ± 0.00012; bounds are about 5 of them.
    expect(Math.abs(sum / count)).toBeLessThan(0.011);
    expect(Math.abs(squares / count - 1)).toBeLessThan(0.016);
    expect(Math.abs(fourth / count - 3)).toBeLessThan(0.11);
    expect(Math.abs(beyond2 / count - 0.0455)).toBeLessThan(0.0024);
    expect(Math.abs(beyond3 / count - 0.0027)).toBeLessThan(0.0006);
  });
});
