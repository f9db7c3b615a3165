/**
 * The CLI's flags: the element's experiment attributes under the same names, the overlays and
 * readings (`--show-theory`, `--show-optimal-ridge`, `--band`, `--capacity`), the view flags
 * (`--view` and its attributes, view-arguments.ts), plus `--format` and `--help`. Turns `argv`
 * into validated parameters or into messages for stderr.
 */
import { parseArgs } from 'node:util';
import { parseBand, parseCapacity } from '../element/attributes.js';
import type { BandKind } from '../element/capacity-view.js';
import type { CapacityOptions } from '../experiment.js';
import { DEFAULTS, FEATURE_FAMILIES, LIMITS, parseChoice, parseExperiment } from '../params.js';
import type { ExperimentAttribute, ParamError, RawParams } from '../params.js';
import type { ExperimentParams } from '../types.js';
import type { ViewRequest } from '../view-compute.js';
import { parseView } from '../view-params.js';
import { VIEW_FLAGS, VIEW_FLAG_HELP, parseViewFlags, unusedFlags } from './view-arguments.js';

/** How the CLI prints a curve. */
export type OutputFormat = 'table' | 'csv' | 'json';

/** The accepted values of `--format`, the first being the default. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];

/** What the command line asked for: help, a run, or nothing valid (with the reasons). */
export type CliRequest =
  | { kind: 'help' }
  | {
      kind: 'run';
      params: ExperimentParams;
      format: OutputFormat;
      /** The overlays to compute, as `show-theory` and `show-optimal-ridge` ask. */
      overlays: CapacityOptions;
      /** The spread columns CSV adds, or null when `--band` was not given. */
      band: BandKind | null;
      /** Print only the numbers at this capacity (the `capacity-change` detail), or null. */
      capacity: number | null;
    }
  | {
      kind: 'view';
      /** The validated sample-size or training-time request. */
      request: ViewRequest;
      format: OutputFormat;
      band: BandKind | null;
    }
  | { kind: 'invalid'; messages: string[] };

const EXPERIMENT_FLAGS: readonly ExperimentAttribute[] = [
  'n-train',
  'n-test',
  'max-d',
  'noise',
  'trials',
  'seed',
  'dims',
  'rng',
  'test-error',
  'ridge',
  'features',
];

const OPTIONS = {
  ...Object.fromEntries(EXPERIMENT_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
  ...Object.fromEntries(VIEW_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
  'show-theory': { type: 'boolean' as const },
  'show-optimal-ridge': { type: 'boolean' as const },
  band: { type: 'string' as const },
  capacity: { type: 'string' as const },
  format: { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

const range = (limits: { min: number; max: number }) => `${limits.min}-${limits.max}`;

const FLAG_HELP: [string, string][] = [
  ['--n-train N', `training samples n (${range(LIMITS.nTrain)}; default ${DEFAULTS.nTrain})`],
  ['--n-test N', `test samples, when sampled (${range(LIMITS.nTest)}; default ${DEFAULTS.nTest})`],
  ['--max-d N', `features available (${range(LIMITS.maxD)}; default ${DEFAULTS.maxD})`],
  ['--noise X', `label noise deviation (${range(LIMITS.noise)}; default ${DEFAULTS.noise})`],
  ['--trials N', `trials averaged (${range(LIMITS.trials)}; default ${DEFAULTS.trials})`],
  ['--seed N', `seed of the first trial; trial t uses seed + t (default ${DEFAULTS.seed})`],
  ['--dims LIST', 'capacities to evaluate, e.g. 10,30,60 (default: every d from 1 to max-d)'],
  ['--rng KIND', `"fast", or "numpy" for NumPy's legacy RandomState (default ${DEFAULTS.rng})`],
  ['--test-error K', `"expected" (exact) or "sampled" (default ${DEFAULTS.testError})`],
  ['--ridge X', `ridge λ on (1/n)|y - Xb|^2 + λ|b|^2 (${range(LIMITS.ridge)}; default 0)`],
  ['--features F', `feature family: ${FEATURE_FAMILIES.map((f) => `"${f}"`).join(', ')}`],
  ['--show-theory', 'add the expected test error of the minimum-norm fit (JSON, CSV)'],
  ['--show-optimal-ridge', 'add the test error at the best λ per capacity (JSON, CSV)'],
  ['--band KIND', 'add spread columns to CSV: "iqr" (quartiles), "minmax" or "none"'],
  ['--capacity D', 'print only the numbers at capacity D (the capacity-change event detail)'],
  ...VIEW_FLAG_HELP,
  ['--format F', '"table" (the reference script\'s lines), "csv" or "json" (default table)'],
  ['-h, --help', 'print this help'],
];

/** The `--help` text, with defaults and ranges taken from the same tables the element uses. */
export const USAGE = [
  'Usage: double-descent [flags]',
  '',
  'Runs the double-descent capacity sweep (minimum-norm least squares on the first d of max-d',
  'Gaussian features) and prints the mean train and test error at each capacity d.',
  '',
  'Flags (the same names as the attributes of <double-descent-demo>):',
  ...FLAG_HELP.map(([flag, text]) => `  ${flag.padEnd(21)} ${text}`),
  '',
  'Reproduce the reference table:',
  '  double-descent --dims 10,30,60,80,100,150,300 --rng numpy --test-error sampled',
  '',
  'Other views (more data can hurt; error over training steps):',
  '  double-descent --view samples --d 100 --max-n 200',
  '  double-descent --view training --scenario grokking-like --weight-decay 0.01',
  '',
].join('\n');

/** Reads `argv` (without the node and script paths) into a request. */
export function parseCliArguments(argv: string[]): CliRequest {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false }));
  } catch (error) {
    // parseArgs names the offending flag in its message (unknown flag, missing value).
    return { kind: 'invalid', messages: [(error as Error).message] };
  }
  if (values.help === true) return { kind: 'help' };
  const view = parseView(values.view);
  if (isError(view)) return { kind: 'invalid', messages: [view.message] };
  const given = Object.keys(values).filter((flag) => values[flag] !== undefined);
  const unused = unusedFlags(view, given);
  if (unused.length > 0) return { kind: 'invalid', messages: unused };
  if (view !== 'capacity') return parseOtherView(view, values);

  const raw: RawParams = {};
  for (const flag of EXPERIMENT_FLAGS) raw[flag] = values[flag];
  const experiment = parseExperiment(raw);
  const format =
    values.format === undefined
      ? OUTPUT_FORMATS[0]
      : parseChoice('format', values.format, OUTPUT_FORMATS);

  const band = values.band === undefined ? null : parseBand(values.band);
  const maxD = experiment.ok ? experiment.params.maxD : DEFAULTS.maxD;
  const capacity = parseCapacity(values.capacity, maxD);
  const messages = experiment.ok ? [] : experiment.errors.map((error) => error.message);
  for (const value of [format, band, capacity]) {
    if (isError(value)) messages.push(value.message);
  }
  if (!experiment.ok || isError(format) || isError(band) || isError(capacity)) {
    return { kind: 'invalid', messages };
  }
  const overlays = {
    theory: values['show-theory'] === true,
    optimalRidge: values['show-optimal-ridge'] === true,
  };
  return { kind: 'run', params: experiment.params, format, overlays, band, capacity };
}

function parseOtherView(
  view: 'samples' | 'training',
  values: Record<string, string | boolean | undefined>,
): CliRequest {
  const result = parseViewFlags(view, values);
  const format =
    values.format === undefined
      ? OUTPUT_FORMATS[0]
      : parseChoice('format', values.format, OUTPUT_FORMATS);
  const band = values.band === undefined ? null : parseBand(values.band);
  const messages = result.ok ? [] : [...result.messages];
  for (const value of [format, band]) if (isError(value)) messages.push(value.message);
  if (!result.ok || isError(format) || isError(band)) return { kind: 'invalid', messages };
  return { kind: 'view', request: result.request, format, band };
}

function isError(value: unknown): value is ParamError {
  return typeof value === 'object' && value !== null && 'message' in value;
}
