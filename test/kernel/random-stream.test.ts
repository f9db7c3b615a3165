import { describe, expect, it } from 'vitest';
import { loadKernel } from '../../src/kernel.js';
import stream from '../fixtures/numpy-stream.json';

// Values produced by numpy.random.RandomState (scripts/make-fixtures.py).
const uniform = stream.uniform as Record<string, number[]>;
const gaussian = stream.gaussian as Record<string, number[]>;

describe('numpy random stream', () => {
  for (const seed of Object.keys(uniform)) {
    it(`reproduces RandomState(${seed}).random_sample(1000) bit for bit`, async () => {
      const kernel = await loadKernel();
      const values = kernel.randomValues('numpy', Number(seed), 'uniform', 1000);
      expect(Array.from(values)).toEqual(uniform[seed]);
    });
  }

  for (const seed of Object.keys(gaussian)) {
    it(`reproduces RandomState(${seed}).randn(1001), polar pairs and cache included`, async () => {
      const kernel = await loadKernel();
      const values = kernel.randomValues('numpy', Number(seed), 'gaussian', 1001);
      // Uniforms are exact; the Gaussians go through log and sqrt, whose last bit may differ
      // between libm and the kernel's port, so allow a few units in the last place.
      values.forEach((value, i) => {
        expect(Math.abs(value - gaussian[seed][i])).toBeLessThanOrEqual(
          4 * Number.EPSILON * Math.abs(gaussian[seed][i]),
        );
      });
    });
  }

  it('gives a different, well-spread fast stream', async () => {
    const kernel = await loadKernel();
    const values = kernel.randomValues('fast', 0, 'gaussian', 20000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    // 20 000 draws: the standard error of the mean is 0.007 and of the variance 0.01.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(values[0]).not.toBeCloseTo(gaussian['0'][0], 6);
  });
});
