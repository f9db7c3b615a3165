/**
 * Turns attribute values (strings from HTML, numbers from properties, flags from the CLI) into a
 * validated `ExperimentParams`, or into errors that say which attribute was wrong, what it held,
 * and what is accepted. Nothing reaches the kernel without passing through here.
 */
import type { ExperimentParams, FeatureFamily, RngKind, TestErrorKind } from './types.js';

/** A rejected attribute value, as carried by the element's `error` event. */
export interface ParamError {
  /** The attribute (kebab-case) whose value was rejected. */
  attribute: string;
  /** The rejected value, as given. */
  value: string;
  /** A full sentence: what was wrong and what is accepted. */
  message: string;
}

/** Raw inputs keyed by attribute name; `undefined` or `null` means "use the default". */
export type RawParams = Partial<Record<ExperimentAttribute, unknown>>;

/** The attributes that change the computation (presentation attributes live in the element). */
export type ExperimentAttribute =
  | 'n-train'
  | 'n-test'
  | 'max-d'
  | 'noise'
  | 'trials'
  | 'seed'
  | 'dims'
  | 'rng'
  | 'test-error'
  | 'ridge'
  | 'features';

/** Defaults: the reference experiment's sizes with the fast interactive stream. */
export const DEFAULTS = {
  nTrain: 80,
  nTest: 2000,
  maxD: 300,
  noise: 0.2,
  trials: 20,
  seed: 0,
  rng: 'fast' as RngKind,
  testError: 'expected' as TestErrorKind,
  ridge: 0,
  features: 'gaussian' as FeatureFamily,
};

/**
 * Accepted ranges. The upper bounds keep one curve within a few seconds of work on a phone and
 * its data within tens of megabytes; `MAX_WORK` bounds the combination of sizes.
 */
export const LIMITS = {
  nTrain: { min: 1, max: 2000 },
  nTest: { min: 1, max: 100_000 },
  maxD: { min: 1, max: 4000 },
  trials: { min: 1, max: 500 },
  seed: { min: 0, max: 2 ** 32 - 1 },
  noise: { min: 0, max: 100 },
  // Past 1e4 every fit is indistinguishable from b = 0 at these sizes.
  ridge: { min: 0, max: 10_000 },
};

/** Feature families the kernel computes: the Gaussian prefix task and two 1-D families. */
export const FEATURE_FAMILIES: readonly FeatureFamily[] = ['gaussian', 'relu', 'fourier'];

/**
 * Largest number of floating-point multiply-adds one sweep may need (see `estimateWork`): about
 * 3 s on one core of a 2.4 GHz laptop-class machine (4e9 took 1.9 s here), half that when the
 * trials are split over two workers, and still only a few seconds where a Content-Security-Policy
 * forces the main thread.
 */
export const MAX_WORK = 6e9;

/** Largest number of values one trial's data may hold (training plus sampled test matrix). */
export const MAX_TRIAL_VALUES = 8e6;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function describe(raw: unknown): string {
  return typeof raw === 'string' ? raw : String(raw);
}

// Counts are read like any number (so "3e1" is 30 and "1e9" is too large, not "not whole");
// whether the value is whole is checked afterwards.
function readNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!DECIMAL.test(text)) return undefined;
  return Number(text);
}

/** Parses a whole count in [min, max]; returns the number or a `ParamError`. */
export function parseCount(
  attribute: string,
  raw: unknown,
  range: { min: number; max: number },
): number | ParamError {
  const accepted = `a whole number from ${range.min} to ${range.max}`;
  const value = readNumber(raw);
  const shown = describe(raw);
  if (value === undefined || !Number.isFinite(value)) {
    const what = shown.trim() === '' ? 'is empty' : `is "${shown}", which is not a whole number`;
    return { attribute, value: shown, message: `${attribute} ${what}; use ${accepted}.` };
  }
  if (!Number.isInteger(value)) {
    return {
      attribute,
      value: shown,
      message: `${attribute} is "${shown}", which is not a whole number; use ${accepted}.`,
    };
  }
  if (value < range.min || value > range.max) {
    return {
      attribute,
      value: shown,
      message: `${attribute} is ${shown}, outside the accepted range; use ${accepted}.`,
    };
  }
  return value;
}

/** Parses a finite real number in [min, max]. */
export function parseReal(
  attribute: string,
  raw: unknown,
  range: { min: number; max: number },
): number | ParamError {
  const accepted = `a number from ${range.min} to ${range.max}`;
  const value = readNumber(raw);
  const shown = describe(raw);
  if (value === undefined || !Number.isFinite(value)) {
    const what = shown.trim() === '' ? 'is empty' : `is "${shown}", which is not a number`;
    return { attribute, value: shown, message: `${attribute} ${what}; use ${accepted}.` };
  }
  if (value < range.min || value > range.max) {
    return {
      attribute,
      value: shown,
      message: `${attribute} is ${shown}, outside the accepted range; use ${accepted}.`,
    };
  }
  return value;
}

/** Parses one of a fixed set of keywords. */
export function parseChoice<T extends string>(
  attribute: string,
  raw: unknown,
  choices: readonly T[],
): T | ParamError {
  const shown = describe(raw);
  const text = shown.trim().toLowerCase();
  if ((choices as readonly string[]).includes(text)) return text as T;
  const list = choices.map((c) => `"${c}"`).join(' or ');
  const what = text === '' ? 'is empty' : `is "${shown}"`;
  return { attribute, value: shown, message: `${attribute} ${what}; use ${list}.` };
}

/**
 * Parses a capacity list: comma- or space-separated whole numbers in 1..maxD. The result is
 * sorted and free of repeats, since the chart's x-axis is ordered.
 */
export function parseDims(raw: unknown, maxD: number): number[] | ParamError {
  const shown = Array.isArray(raw) ? raw.join(',') : describe(raw);
  const accepted = `a comma-separated list of whole numbers from 1 to max-d (${maxD})`;
  const parts = shown.split(/[\s,]+/).filter((part) => part !== '');
  if (parts.length === 0) {
    return { attribute: 'dims', value: shown, message: `dims is empty; use ${accepted}.` };
  }
  const dims: number[] = [];
  for (const part of parts) {
    const value = readNumber(part);
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > maxD) {
      return {
        attribute: 'dims',
        value: shown,
        message: `dims contains "${part}"; use ${accepted}.`,
      };
    }
    dims.push(value);
  }
  return [...new Set(dims)].sort((a, b) => a - b);
}

/** Every capacity from 1 to maxD. */
export function allDims(maxD: number): number[] {
  return Array.from({ length: maxD }, (_, i) => i + 1);
}

/**
 * Multiply-adds one sweep needs, to within a small factor: generating and factoring the training
 * data, and (for sampled test error) scoring every capacity on the test set.
 */
export function estimateWork(params: ExperimentParams): number {
  const { nTrain: n, nTest: m, maxD: D, trials } = params;
  const k = Math.min(n, D);
  const factor = n * D * k + k * k * D;
  const score = params.testError === 'sampled' ? m * D * k + m * D : D * D;
  return trials * (factor + score);
}

/** Parses `features`: the Gaussian prefix task or a 1-D family (`relu`, `fourier`). */
export function parseFeatures(raw: unknown): FeatureFamily | ParamError {
  return parseChoice('features', raw, FEATURE_FAMILIES);
}

function isError(value: unknown): value is ParamError {
  return typeof value === 'object' && value !== null && 'message' in value;
}

function given(raw: unknown): boolean {
  return raw !== undefined && raw !== null;
}

/**
 * Validates every experiment attribute. Returns the parameters when all are valid, otherwise the
 * list of errors (one per rejected attribute, in attribute order).
 */
export function parseExperiment(
  raw: RawParams,
): { ok: true; params: ExperimentParams } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const pick = <T>(value: T | ParamError, fallback: T): T => {
    if (isError(value)) {
      errors.push(value);
      return fallback;
    }
    return value;
  };

  const r = raw;
  const nTrain = given(r['n-train'])
    ? pick(parseCount('n-train', r['n-train'], LIMITS.nTrain), DEFAULTS.nTrain)
    : DEFAULTS.nTrain;
  const nTest = given(r['n-test'])
    ? pick(parseCount('n-test', r['n-test'], LIMITS.nTest), DEFAULTS.nTest)
    : DEFAULTS.nTest;
  const maxD = given(r['max-d'])
    ? pick(parseCount('max-d', r['max-d'], LIMITS.maxD), DEFAULTS.maxD)
    : DEFAULTS.maxD;
  const noise = given(r.noise)
    ? pick(parseReal('noise', r.noise, LIMITS.noise), 0)
    : DEFAULTS.noise;
  const trials = given(r.trials)
    ? pick(parseCount('trials', r.trials, LIMITS.trials), DEFAULTS.trials)
    : DEFAULTS.trials;
  const seed = given(r.seed) ? pick(parseCount('seed', r.seed, LIMITS.seed), 0) : DEFAULTS.seed;
  const rng = given(r.rng)
    ? pick(parseChoice('rng', r.rng, ['fast', 'numpy'] as const), DEFAULTS.rng)
    : DEFAULTS.rng;
  const testError = given(r['test-error'])
    ? pick(parseChoice('test-error', r['test-error'], ['expected', 'sampled'] as const), 'expected')
    : DEFAULTS.testError;
  const dims = given(r.dims) ? pick(parseDims(r.dims, maxD), allDims(maxD)) : allDims(maxD);
  const ridge = given(r.ridge)
    ? pick(parseReal('ridge', r.ridge, LIMITS.ridge), DEFAULTS.ridge)
    : DEFAULTS.ridge;
  const features = given(r.features)
    ? pick(parseFeatures(r.features), DEFAULTS.features)
    : DEFAULTS.features;

  if (errors.length > 0) return { ok: false, errors };

  if (seed + trials - 1 > LIMITS.seed.max) {
    const message =
      `seed is ${seed}, but with ${trials} trials the last seed would pass ${LIMITS.seed.max}; ` +
      `use a seed from 0 to ${LIMITS.seed.max - trials + 1}.`;
    return { ok: false, errors: [{ attribute: 'seed', value: String(seed), message }] };
  }

  const params: ExperimentParams = {
    nTrain,
    nTest,
    maxD,
    noise,
    trials,
    seed,
    dims,
    rng,
    testError,
    ridge,
    features,
  };
  const values = (nTrain + (testError === 'sampled' ? nTest : 0)) * maxD;
  if (values > MAX_TRIAL_VALUES || estimateWork(params) > MAX_WORK) {
    const message =
      `n-train ${nTrain}, n-test ${nTest}, max-d ${maxD} and trials ${trials} together ask for ` +
      `more work than one curve may take in a browser; reduce max-d, n-train or trials` +
      (testError === 'sampled' ? ', or n-test (or use test-error="expected").' : '.');
    const attribute = maxD > nTrain ? 'max-d' : 'n-train';
    const value = String(attribute === 'max-d' ? maxD : nTrain);
    return { ok: false, errors: [{ attribute, value, message }] };
  }
  return { ok: true, params };
}
