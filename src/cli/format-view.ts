/**
 * Prints a sample-size or training-time curve: a table with one line per n or step, CSV at full
 * precision (with spread columns when `--band` asks), or the `curve` event's detail as JSON.
 * The table shows four significant digits rather than the capacity table's three decimals,
 * since training error spans many decades on these axes.
 */
import type { BandKind } from '../element/capacity-view.js';
import type { SampleViewCurve, TrainingViewCurve } from '../view-compute.js';
import type { OutputFormat } from './arguments.js';

type ViewCurve = SampleViewCurve | TrainingViewCurve;

/** A number to four significant digits, as the element's readout shows it. */
function short(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

/** The columns after the x column: name and value at row i. */
function columns(curve: ViewCurve, band: BandKind | null): [string, (i: number) => number][] {
  const list: [string, (i: number) => number][] = [
    ['train_mse', (i) => curve.train[i]],
    ['test_mse', (i) => curve.test[i]],
  ];
  if (curve.view === 'training') {
    list.push(['zero_init_test_mse', (i) => curve.zeroInit.test[i]]);
  }
  const q = curve.quantiles.test;
  if (band === 'iqr') {
    list.push(['test_q25', (i) => q.q25[i]], ['test_median', (i) => q.median[i]]);
    list.push(['test_q75', (i) => q.q75[i]]);
  }
  if (band === 'minmax') {
    list.push(['test_min', (i) => q.min[i]], ['test_median', (i) => q.median[i]]);
    list.push(['test_max', (i) => q.max[i]]);
  }
  return list;
}

/** One line per x: `n = 100 train_mse = 0 test_mse = 81.2` (or `step = …`). */
export function formatViewTable(curve: ViewCurve): string {
  const name = curve.view === 'samples' ? 'n' : 'step';
  const width = String(curve.x[curve.x.length - 1] ?? 0).length;
  const cols = columns(curve, null);
  return curve.x
    .map((x, i) => {
      const cells = cols.map(([column, at]) => `${column} = ${short(at(i))}`);
      return `${name} = ${String(x).padStart(width)} ${cells.join(' ')}\n`;
    })
    .join('');
}

/** A header and one row per x, every value in JavaScript's shortest round-tripping digits. */
export function formatViewCsv(curve: ViewCurve, band: BandKind | null): string {
  const cols = columns(curve, band);
  const header = [curve.view === 'samples' ? 'n' : 'step', ...cols.map(([name]) => name)];
  const rows = curve.x.map((x, i) => [x, ...cols.map(([, at]) => at(i))].join(',') + '\n');
  return header.join(',') + '\n' + rows.join('');
}

/** The curve in the requested format, ending with a newline. */
export function formatViewCurve(
  curve: ViewCurve,
  format: OutputFormat,
  band: BandKind | null,
): string {
  if (format === 'json') return JSON.stringify(curve, null, 2) + '\n';
  if (format === 'csv') return formatViewCsv(curve, band);
  return formatViewTable(curve);
}
