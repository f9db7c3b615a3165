import { describe, expect, it } from 'vitest';
import { fitFunction, type FitRequest } from '../../src/fit.js';
import { loadKernel } from '../../src/kernel.js';

const n = 40;
const base: FitRequest = {
  features: 'relu',
  rng: 'fast',
  seed: 0,
  nTrain: n,
  maxD: 10 * n,
  noise: 0.1,
  ridge: 0,
  d: n,
};

// Sum of squared second differences on the grid: how much the fitted function bends.
function roughness(values: number[]): number {
  let sum = 0;
  for (let i = 1; i < values.length - 1; i++) {
    sum += (values[i + 1] - 2 * values[i] + values[i - 1]) ** 2;
  }
  return sum;
}

describe('fitted-function view (relu features)', () => {
  it('at d = n passes through every training point', async () => {
    const kernel = await loadKernel();
    for (let seed = 0; seed < 5; seed++) {
      const fit = fitFunction(kernel, { ...base, seed });
      // Householder QR on X itself (cond ≈ 1e5–1e6) leaves residuals of a few 1e-12 on O(1)
      // labels; a Gram-matrix solve would leave 1e-4 (cond squared).
      fit.fittedTrain.forEach((value, i) =>
        expect(Math.abs(value - fit.yTrain[i])).toBeLessThan(1e-9),
      );
    }
  });

  it('below the threshold it cannot interpolate (d = n/4)', async () => {
    const fit = fitFunction(await loadKernel(), { ...base, d: n / 4 });
    const worst = Math.max(...fit.fittedTrain.map((value, i) => Math.abs(value - fit.yTrain[i])));
    expect(worst).toBeGreaterThan(0.05);
  });

  it('is wilder at d = n than the minimum-norm fit at d = 10·n', async () => {
    const kernel = await loadKernel();
    let wilder = 0;
    for (let seed = 0; seed < 10; seed++) {
      const atThreshold = fitFunction(kernel, { ...base, seed });
      const wide = fitFunction(kernel, { ...base, seed, d: 10 * n });
      if (roughness(atThreshold.fitted) > roughness(wide.fitted)) wilder++;
    }
    expect(wilder).toBeGreaterThanOrEqual(8);
  });

  it('keeps random Fourier features finite: no NaN even where the Gram matrix is singular', async () => {
    const kernel = await loadKernel();
    for (const d of [10, n, 10 * n]) {
      const fit = fitFunction(kernel, { ...base, features: 'fourier', d });
      expect(fit.fitted.every(Number.isFinite)).toBe(true);
    }
  });
});
