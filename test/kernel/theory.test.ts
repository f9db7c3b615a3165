import { describe, expect, it } from 'vitest';
import { loadKernel } from '../../src/kernel.js';

// THEORY.md, "misspecified prefix" formula written out independently.
function prefixRisk(d: number, n: number, D: number, sigma: number): number | null {
  const kept = d / D;
  const noise = 1 - kept + sigma ** 2;
  if (d <= n - 2) return noise * (1 + d / (n - d - 1));
  if (d >= n + 2) return kept * (1 - n / d) + noise * (1 + n / (d - n - 1));
  return null;
}

describe('closed-form prefix risk', () => {
  it('matches the formula and the checks quoted in THEORY.md', async () => {
    const kernel = await loadKernel();
    const dims = [1, 10, 78, 79, 80, 81, 82, 150, 300];
    const values = kernel.theoryCurve(80, 300, 0.2, dims);
    dims.forEach((d, i) => {
      const expected = prefixRisk(d, 80, 300, 0.2);
      if (expected === null) expect(values[i]).toBeNull();
      else expect(values[i]!).toBeCloseTo(expected, 12);
    });
    // THEORY.md: d = 300 gives 0.7879, d = 150 gives 1.399, d = 10 gives 1.153, d = 78 gives 61.6.
    expect(values[dims.indexOf(300)]!).toBeCloseTo(0.7879, 4);
    expect(values[dims.indexOf(150)]!).toBeCloseTo(1.399, 3);
    expect(values[dims.indexOf(10)]!).toBeCloseTo(1.153, 3);
    expect(values[dims.indexOf(78)]!).toBeCloseTo(61.6, 1);
  });
});
