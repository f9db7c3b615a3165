/**
 * The CLI's three ways of printing a curve: the reference script's table, CSV at full precision
 * (with spread and overlay columns when asked), and the `curve` event's detail itself as JSON.
 * `formatReading` prints the numbers at one capacity the same three ways.
 */
import type { BandKind } from '../element/capacity-view.js';
import type { CapacityCurve, CapacityReading, Curve } from '../types.js';
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

/**
 * A header and one row per capacity; JavaScript's shortest round-tripping digits lose nothing.
 * Spread columns follow `band`; theory and optimal-ridge columns appear when computed (an
 * infinite expectation is written as `inf`).
 */
export function formatCsv(curve: Curve | CapacityCurve, band: BandKind | null = null): string {
  const columns: [string, (i: number) => number | null][] = [
    ['train_mse', (i) => curve.train[i]],
    ['test_mse', (i) => curve.test[i]],
  ];
  if ('quantiles' in curve) {
    const { test } = curve.quantiles;
    if (band === 'iqr') columns.push(['test_q25', (i) => test.q25[i]]);
    if (band === 'minmax') columns.push(['test_min', (i) => test.min[i]]);
    if (band === 'iqr' || band === 'minmax') columns.push(['test_median', (i) => test.median[i]]);
    if (band === 'iqr') columns.push(['test_q75', (i) => test.q75[i]]);
    if (band === 'minmax') columns.push(['test_max', (i) => test.max[i]]);
    const { theory, optimalRidge } = curve;
    if (theory !== null) columns.push(['theory_test_mse', (i) => theory[i]]);
    if (optimalRidge !== null) {
      columns.push(['best_ridge', (i) => optimalRidge.lambda[i]]);
      columns.push(['best_ridge_test_mse', (i) => optimalRidge.test[i]]);
    }
  }
  const cell = (value: number | null) => (value === null ? 'inf' : String(value));
  const rows = curve.x.map((d, i) => [d, ...columns.map(([, at]) => cell(at(i)))].join(',') + '\n');
  return ['d', ...columns.map(([name]) => name)].join(',') + '\n' + rows.join('');
}

/** The curve in the requested format, ending with a newline. */
export function formatCurve(
  curve: Curve | CapacityCurve,
  format: OutputFormat,
  band: BandKind | null = null,
): string {
  if (format === 'csv') return formatCsv(curve, band);
  if (format === 'json') return JSON.stringify(curve, null, 2) + '\n';
  return formatTable(curve);
}

/** The numbers at one capacity: the reference line, a one-row CSV, or the event detail as JSON. */
export function formatReading(reading: CapacityReading, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(reading, null, 2) + '\n';
  if (format === 'table') {
    const train = referenceRound3(reading.train);
    const test = referenceRound3(reading.test);
    return `d = ${String(reading.d).padStart(3)} train_mse = ${train} test_mse = ${test}\n`;
  }
  const header = ['d', 'train_mse', 'test_mse', 'test_median'];
  const row = [reading.d, reading.train, reading.test, reading.testMedian].map(String);
  if (reading.theory !== null) {
    header.push('theory_test_mse');
    row.push(String(reading.theory));
  }
  if (reading.optimalRidge !== null) {
    header.push('best_ridge', 'best_ridge_test_mse');
    row.push(String(reading.optimalRidge.lambda), String(reading.optimalRidge.test));
  }
  return `${header.join(',')}\n${row.join(',')}\n`;
}
