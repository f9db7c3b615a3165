/**
 * The CLI's three ways of printing a curve: the reference script's table, CSV at full precision,
 * and the `Curve` object itself as JSON.
 */
import type { Curve } from '../types.js';
import type { OutputFormat } from './arguments.js';
import { referenceRound3 } from './python-float.js';

/**
 * One line per capacity, exactly as `seed_experiment.py` prints it with
 * `print("d =", f"{d:>3}", "train_mse =", round(train, 3), "test_mse =", round(test, 3))`.
 */
export function formatTable(curve: Curve): string {
  return curve.x
    .map((d, i) => {
      const train = referenceRound3(curve.train[i]);
      const test = referenceRound3(curve.test[i]);
      return `d = ${String(d).padStart(3)} train_mse = ${train} test_mse = ${test}\n`;
    })
    .join('');
}

/** A header and one row per capacity; JavaScript's shortest round-tripping digits lose nothing. */
export function formatCsv(curve: Curve): string {
  const rows = curve.x.map((d, i) => `${d},${curve.train[i]},${curve.test[i]}\n`);
  return 'd,train_mse,test_mse\n' + rows.join('');
}

/** The curve in the requested format, ending with a newline. */
export function formatCurve(curve: Curve, format: OutputFormat): string {
  if (format === 'csv') return formatCsv(curve);
  if (format === 'json') return JSON.stringify(curve, null, 2) + '\n';
  return formatTable(curve);
}
