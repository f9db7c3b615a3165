/**
 * The CLI flags of the sample-size and training-time views: `--view` and the element's view
 * attributes under the same names (`--d`, `--max-n`, `--scenario`, `--init-scale`,
 * `--weight-decay`, `--learning-rate`, `--max-steps`, `--train-threshold`), validated by the same
 * functions as the element. Flags that only shape one view are refused with another, so a
 * script never silently ignores what it asked for.
 */
import type { OtherView, ViewRequest } from '../view-compute.js';
import { parseSampleParams, parseTrainingParams, type RawViewParams } from '../view-params.js';

/** The flags that belong to the sample-size and training-time views. */
export const VIEW_FLAGS = [
  'view',
  'd',
  'max-n',
  'scenario',
  'init-scale',
  'weight-decay',
  'learning-rate',
  'max-steps',
  'train-threshold',
] as const;

/** The capacity view's flags that the other views read with the same meaning. */
const SHARED_FLAGS = ['n-train', 'max-d', 'noise', 'trials', 'seed', 'rng', 'ridge'];

/** The flags each view accepts besides --view, --format, --band and --help. */
const ACCEPTED: Record<'capacity' | OtherView, readonly string[]> = {
  capacity: [
    'n-train', 'n-test', 'max-d', 'noise', 'trials', 'seed', 'dims', 'rng', 'test-error',
    'ridge', 'features', 'show-theory', 'show-optimal-ridge', 'capacity',
  ],
  samples: ['d', 'max-n', 'max-d', 'noise', 'ridge', 'trials', 'seed', 'rng'],
  training: [
    'scenario', 'n-train', 'd', 'noise', 'init-scale', 'weight-decay', 'learning-rate',
    'trials', 'seed', 'max-steps', 'train-threshold',
  ],
};

/** Help lines for the view flags: [flag, text]. */
export const VIEW_FLAG_HELP: [string, string][] = [
  ['--view V', '"capacity" (default), "samples" (against n) or "training" (against steps)'],
  ['--d N', 'samples: capacity d (default 100); training: number of features'],
  ['--max-n N', 'samples: largest training-set size (default 2d)'],
  ['--scenario S', 'training: "grokking-like" (default) or "epoch-wise"'],
  ['--init-scale X', 'training: norm of the initial weights |w0| (scenario default)'],
  ['--weight-decay X', 'training: weight decay λ (scenario default)'],
  ['--learning-rate X', 'training: step as a fraction of the stable maximum (scenario default)'],
  ['--max-steps N', 'training: last gradient-descent step shown (default 100000)'],
  ['--train-threshold X', 'training: train MSE counted as fit (default 1e-3)'],
];

/** Messages for flags given that `view` does not use (`given` lists the flags present). */
export function unusedFlags(view: 'capacity' | OtherView, given: string[]): string[] {
  const always = ['view', 'format', 'band', 'help'];
  return given
    .filter((flag) => !always.includes(flag) && !ACCEPTED[view].includes(flag))
    .map((flag) => {
      const users = (Object.keys(ACCEPTED) as ('capacity' | OtherView)[])
        .filter((v) => ACCEPTED[v].includes(flag))
        .map((v) => `--view ${v}`);
      return `--${flag} does not apply to --view ${view}; it is used with ${users.join(' or ')}.`;
    });
}

/** Validates the flags of a sample-size or training-time run. */
export function parseViewFlags(
  view: OtherView,
  values: Record<string, unknown>,
): { ok: true; request: ViewRequest } | { ok: false; messages: string[] } {
  const raw: RawViewParams = {};
  for (const flag of [...VIEW_FLAGS, ...SHARED_FLAGS]) raw[flag] = values[flag];
  if (view === 'samples') {
    const result = parseSampleParams(raw);
    return result.ok
      ? { ok: true, request: { view, params: result.params } }
      : { ok: false, messages: result.errors.map((error) => error.message) };
  }
  const result = parseTrainingParams(raw);
  return result.ok
    ? { ok: true, request: { view, params: result.params } }
    : { ok: false, messages: result.errors.map((error) => error.message) };
}
