/**
 * Validation for the sample-size and training-time views. Their attributes share names with the
 * capacity view where the meaning is the same (n-train, noise, trials, seed, rng, ridge); a value
 * that is not given takes the view's (or the scenario's) default, so an author can switch views
 * without restating every size.
 */
import { parseChoice, parseCount, parseReal, type ParamError } from './params.js';
import type { RngKind, SampleParams, Scenario, TrainingParams, ViewKind } from './types.js';
import { stepGrid } from './views.js';

/** Raw attribute values for any view, keyed by attribute name. */
export type RawViewParams = Record<string, unknown>;

/** The views an element or the CLI can show. */
export const VIEWS: readonly ViewKind[] = ['capacity', 'samples', 'training'];

/** The training-time presets; defaults are the recipes in THEORY.md. */
export const SCENARIO_DEFAULTS: Record<Scenario, Omit<TrainingParams, 'steps' | 'seed'>> = {
  'grokking-like': {
    scenario: 'grokking-like',
    nTrain: 50,
    d: 200,
    noise: 0.1,
    initScale: 10,
    weightDecay: 1e-2,
    learningRate: 0.5,
    trials: 10,
    trainThreshold: 1e-3,
  },
  'epoch-wise': {
    scenario: 'epoch-wise',
    nTrain: 100,
    d: 21,
    noise: 1,
    initScale: 0,
    weightDecay: 0,
    learningRate: 0.25,
    trials: 30,
    trainThreshold: 1e-3,
  },
};

/** Defaults of the sample-size view: d = 100 features, n from 1 to 2d. */
export const SAMPLE_DEFAULTS = { d: 100, noise: 0.2, trials: 20, ridge: 0 };

/** Number of step counts the training view evaluates between 0 and max-steps. */
export const STEP_POINTS = 240;

/** Largest min(n, d) the training view's eigendecomposition takes (O(r³) per trial). */
export const MAX_TRAINING_RANK = 200;

type Result<T> = { ok: true; params: T } | { ok: false; errors: ParamError[] };

class Reader {
  readonly errors: ParamError[] = [];

  constructor(private readonly raw: RawViewParams) {}

  count(name: string, fallback: number, min: number, max: number): number {
    return this.take(name, fallback, (value) => parseCount(name, value, { min, max }));
  }

  real(name: string, fallback: number, min: number, max: number): number {
    return this.take(name, fallback, (value) => parseReal(name, value, { min, max }));
  }

  choice<T extends string>(name: string, fallback: T, choices: readonly T[]): T {
    return this.take(name, fallback, (value) => parseChoice(name, value, choices));
  }

  fail(attribute: string, value: unknown, message: string): void {
    this.errors.push({ attribute, value: String(value), message });
  }

  private take<T>(name: string, fallback: T, parse: (value: unknown) => T | ParamError): T {
    const value = this.raw[name];
    if (value === undefined || value === null) return fallback;
    const parsed = parse(value);
    if (typeof parsed === 'object' && parsed !== null && 'message' in parsed) {
      this.errors.push(parsed as ParamError);
      return fallback;
    }
    return parsed as T;
  }
}

/** Validates the `view` attribute. */
export function parseView(raw: unknown): ViewKind | ParamError {
  if (raw === undefined || raw === null) return 'capacity';
  return parseChoice('view', raw, VIEWS);
}

/**
 * Multiply-adds one curve of the sample-size or training-time view may take. These views run on
 * the main thread, where this machine does about 2e9 a second: the bound keeps a curve near a
 * second and a half.
 */
export const MAX_VIEW_WORK = 3e9;

/**
 * Multiply-adds of the sample-size sweep, to within a small factor: drawing the pool, then with
 * λ = 0 the bordered factor (d·n² up to n = d) and the row updates and solves beyond (2·d² per
 * sample), or with λ > 0 a fresh Gram matrix and factorisation for every n.
 */
export function sampleWork(p: Pick<SampleParams, 'd' | 'maxD' | 'nMax' | 'ridge' | 'trials'>) {
  const { d, nMax } = p;
  let fits = 0;
  if (p.ridge > 0) {
    for (let n = 1; n <= nMax; n++) {
      const small = Math.min(n, d);
      fits += (small * small * Math.max(n, d)) / 2 + small ** 3 / 6;
    }
  } else {
    const border = Math.min(nMax, d);
    fits = d * border * border + 2 * nMax * d * d;
  }
  return p.trials * (nMax * p.maxD + fits);
}

/**
 * Multiply-adds of the training-time curves: the Gram matrix and singular vectors (n·d·r each),
 * about ten Jacobi sweeps (3r³ each), the test metric (d·r²) and the step grid (2·r² a step),
 * with r = min(n, d); counted twice, since these loops are scalar and run at about half the
 * rate of the vectorised sweeps (measured: 2.9e9 of them took 2.5 s).
 */
export function trainingWork(p: { nTrain: number; d: number; trials: number; steps: number }) {
  const r = Math.min(p.nTrain, p.d);
  const once = 3 * p.nTrain * p.d * r + 30 * r ** 3 + p.d * r * r + 2 * p.steps * r * r;
  return 2 * p.trials * once;
}

/** Validates the sample-size view's attributes. */
export function parseSampleParams(raw: RawViewParams): Result<SampleParams> {
  const read = new Reader(raw);
  const d = read.count('d', SAMPLE_DEFAULTS.d, 1, 1000);
  const maxD = read.count('max-d', d, 1, 4000);
  const nMax = read.count('max-n', 2 * d, 1, 4000);
  const noise = read.real('noise', SAMPLE_DEFAULTS.noise, 0, 100);
  const ridge = read.real('ridge', SAMPLE_DEFAULTS.ridge, 0, 1e4);
  const trials = read.count('trials', SAMPLE_DEFAULTS.trials, 1, 500);
  const seed = read.count('seed', 0, 0, 2 ** 32 - 1);
  const rng = read.choice<RngKind>('rng', 'fast', ['fast', 'numpy']);
  if (read.errors.length === 0 && maxD < d) {
    read.fail('max-d', maxD, `max-d is ${maxD}, below d (${d}); use a max-d of at least d.`);
  }
  if (read.errors.length === 0 && seed + trials - 1 > 2 ** 32 - 1) {
    read.fail(
      'seed',
      seed,
      `seed is ${seed}; with ${trials} trials use at most ${2 ** 32 - trials}.`,
    );
  }
  const work = sampleWork({ d, maxD, nMax, ridge, trials });
  if (read.errors.length === 0 && (nMax * maxD > 8e6 || work > MAX_VIEW_WORK)) {
    read.fail(
      'max-n',
      nMax,
      `max-n ${nMax} with d ${d}, max-d ${maxD} and trials ${trials} asks for more work than ` +
        'one curve may take in a browser; reduce max-n, d or trials.',
    );
  }
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const ns = Array.from({ length: nMax }, (_, i) => i + 1);
  return { ok: true, params: { d, maxD, nMax, ns, noise, ridge, trials, seed, rng } };
}

/** Validates the training-time view's attributes, with the scenario's defaults. */
export function parseTrainingParams(raw: RawViewParams): Result<TrainingParams> {
  const read = new Reader(raw);
  const scenario = read.choice<Scenario>('scenario', 'grokking-like', [
    'grokking-like',
    'epoch-wise',
  ]);
  const base = SCENARIO_DEFAULTS[scenario];
  const nTrain = read.count('n-train', base.nTrain, 2, 2000);
  const d = read.count('d', base.d, 2, 2000);
  const noise = read.real('noise', base.noise, 0, 100);
  const initScale = read.real('init-scale', base.initScale, 0, 1000);
  const weightDecay = read.real('weight-decay', base.weightDecay, 0, 10);
  const learningRate = read.real('learning-rate', base.learningRate, 1e-6, 0.99);
  const trials = read.count('trials', base.trials, 1, 200);
  const seed = read.count('seed', 0, 0, 2 ** 32 - 1);
  const maxSteps = read.count('max-steps', 100_000, 10, 1e9);
  const trainThreshold = read.real('train-threshold', base.trainThreshold, 1e-12, 1e3);
  if (read.errors.length === 0 && Math.min(nTrain, d) > MAX_TRAINING_RANK) {
    const name = nTrain <= d ? 'n-train' : 'd';
    read.fail(
      name,
      name === 'n-train' ? nTrain : d,
      `n-train ${nTrain} and d ${d}: the smaller must be at most ${MAX_TRAINING_RANK} for the ` +
        'exact training-time solution to stay fast; reduce one of them.',
    );
  }
  const work = trainingWork({ nTrain, d, trials, steps: STEP_POINTS });
  if (read.errors.length === 0 && work > MAX_VIEW_WORK) {
    read.fail(
      'trials',
      trials,
      `trials ${trials} with n-train ${nTrain} and d ${d} asks for more work than one curve may ` +
        'take in a browser; reduce trials, n-train or d.',
    );
  }
  if (read.errors.length === 0 && seed + trials - 1 > 2 ** 32 - 1) {
    read.fail(
      'seed',
      seed,
      `seed is ${seed}; with ${trials} trials use at most ${2 ** 32 - trials}.`,
    );
  }
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return {
    ok: true,
    params: {
      scenario,
      nTrain,
      d,
      noise,
      initScale,
      weightDecay,
      learningRate,
      trials,
      seed,
      steps: stepGrid(maxSteps, STEP_POINTS),
      trainThreshold,
    },
  };
}
