import { describe, expect, it } from 'vitest';
import { parseSampleParams, parseTrainingParams, parseView } from '../src/view-params.js';
import { parseExperiment } from '../src/params.js';

describe('view parameters', () => {
  it('defaults the sample view to d = 100 and n from 1 to 2d', () => {
    const result = parseSampleParams({});
    if (!result.ok) throw new Error(result.errors[0].message);
    expect(result.params.d).toBe(100);
    expect(result.params.maxD).toBe(100);
    expect(result.params.ns[0]).toBe(1);
    expect(result.params.ns.at(-1)).toBe(200);
  });

  it('takes the THEORY.md recipe of each scenario unless an attribute overrides it', () => {
    const grok = parseTrainingParams({});
    const epoch = parseTrainingParams({ scenario: 'epoch-wise', trials: '5' });
    if (!grok.ok || !epoch.ok) throw new Error('expected valid parameters');
    expect(grok.params).toMatchObject({ nTrain: 50, d: 200, initScale: 10, weightDecay: 0.01 });
    expect(epoch.params).toMatchObject({ nTrain: 100, d: 21, noise: 1, trials: 5 });
    expect(grok.params.steps[0]).toBe(0);
    expect(grok.params.steps.at(-1)).toBe(100_000);
  });

  it('names the attribute, the value and what is accepted', () => {
    const cases: [Record<string, string>, string][] = [
      [{ d: 'abc' }, 'd'],
      [{ d: '50', 'max-d': '10' }, 'max-d'],
      [{ 'max-n': '4000', d: '1000', 'max-d': '4000' }, 'max-n'],
    ];
    for (const [raw, attribute] of cases) {
      const result = parseSampleParams(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0].attribute).toBe(attribute);
        expect(result.errors[0].message).toContain(attribute);
      }
    }
    const training = parseTrainingParams({ 'learning-rate': '1.5', scenario: 'grok' });
    expect(training.ok).toBe(false);
    if (!training.ok) {
      expect(training.errors.map((e) => e.attribute)).toEqual(['scenario', 'learning-rate']);
      expect(training.errors[0].message).toContain('"grokking-like" or "epoch-wise"');
    }
    expect(parseView('graph')).toMatchObject({ attribute: 'view' });
  });
});

describe('work bounds of the main-thread views', () => {
  it('refuses sample-size sweeps that would hold the page for many seconds', () => {
    // d = 1000 with the default max-n = 2000 took 25 s on the main thread before this bound.
    const result = parseSampleParams({ d: '1000' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].attribute).toBe('max-n');
    expect(parseSampleParams({ d: '300', 'max-n': '600' }).ok).toBe(true);
  });

  it('refuses training curves past the bound and accepts the THEORY.md presets', () => {
    expect(parseTrainingParams({ 'n-train': '200', d: '2000', trials: '5' }).ok).toBe(false);
    expect(parseTrainingParams({ 'n-train': '200', d: '2000', trials: '2' }).ok).toBe(true);
    expect(parseTrainingParams({ scenario: 'epoch-wise' }).ok).toBe(true);
  });
});

describe('work bound of the capacity sweep', () => {
  it('refuses max-d 4000 with n-train 2000 (27 s on one core before the bound)', () => {
    const result = parseExperiment({ 'max-d': '4000', 'n-train': '2000', trials: '1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toContain('reduce max-d, n-train or trials');
    // The large benchmark task stays allowed.
    expect(parseExperiment({ 'max-d': '1000', 'n-train': '200', trials: '20' }).ok).toBe(true);
  });
});

describe('counts written as numbers', () => {
  it('reads exponent forms as numbers and judges range and wholeness afterwards', () => {
    const thirty = parseExperiment({ 'n-train': '3e1' });
    expect(thirty.ok && thirty.params.nTrain).toBe(30);
    const huge = parseExperiment({ 'n-train': '1e9' });
    expect(!huge.ok && huge.errors[0].message).toContain('outside the accepted range');
    const half = parseExperiment({ dims: '10,2.5' });
    expect(!half.ok && half.errors[0].message).toContain('dims contains "2.5"');
  });
});
