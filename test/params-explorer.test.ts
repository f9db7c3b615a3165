/**
 * Validation of the explorer's experiment attributes: `ridge` (λ ≥ 0) and `features` (the
 * Gaussian prefix task by default; an unknown family is refused with the accepted list).
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_FAMILIES, parseExperiment } from '../src/params.js';

function errorsFor(raw: Parameters<typeof parseExperiment>[0]) {
  const result = parseExperiment(raw);
  return result.ok ? [] : result.errors;
}

describe('ridge', () => {
  it('defaults to 0, the minimum-norm limit, and accepts any λ from 0 to 10000', () => {
    const plain = parseExperiment({});
    expect(plain.ok && plain.params.ridge).toBe(0);
    const tuned = parseExperiment({ ridge: '0.03' });
    expect(tuned.ok && tuned.params.ridge).toBe(0.03);
    const scientific = parseExperiment({ ridge: '1e-4' });
    expect(scientific.ok && scientific.params.ridge).toBe(1e-4);
  });

  it('rejects a negative or non-numeric λ, naming the attribute, the value and the range', () => {
    for (const value of ['-0.1', 'lots', '20000']) {
      const [error] = errorsFor({ ridge: value });
      expect(error.attribute).toBe('ridge');
      expect(error.value).toBe(value);
      expect(error.message).toMatch(/^ridge .*use a number from 0 to 10000\.$/);
    }
  });
});

describe('features', () => {
  it('defaults to and accepts the Gaussian prefix task', () => {
    const result = parseExperiment({ features: 'Gaussian' });
    expect(result.ok && result.params.features).toBe('gaussian');
  });

  it('rejects an unknown family with the list of accepted ones', () => {
    const [error] = errorsFor({ features: 'polynomial' });
    const accepted = FEATURE_FAMILIES.map((family) => `"${family}"`).join(' or ');
    expect(error).toEqual({
      attribute: 'features',
      value: 'polynomial',
      message: `features is "polynomial"; use ${accepted}.`,
    });
    expect(accepted).toContain('"gaussian"');
  });
});
