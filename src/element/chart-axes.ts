/**
 * The axes of the generic chart and what is written along them: a linear or log x axis
 * (capacities and sample counts are linear, gradient-descent steps log), a linear or log error
 * axis, the x title and the labels of vertical lines above the plot. Each axis returns a scale
 * and round tick values; none looks at what the numbers mean.
 */
import type { Series } from './chart.js';
import {
  decadeAbove,
  decadeBelow,
  linearScale,
  linearTicks,
  logScale,
  logTicks,
  niceLinearDomain,
  type Scale,
} from './scale.js';

/**
 * How far below the anchor series' smallest value a log axis reaches. Interpolating fits reach a
 * training error of 1e-21, and following it down would squash the test curve into a thin band.
 */
const FLOOR_DECADES = 2;

/** An axis: its scale, the tick values, and (log y only) the floor values are pinned to. */
export interface Axis {
  scale: Scale;
  ticks: number[];
  floor: number | null;
}

function usable(series: Series[], keep: (s: Series) => boolean): number[] {
  return series
    .filter(keep)
    .flatMap((s) => [...s.values, ...(s.lower ?? [])])
    .filter((v): v is number => v !== null && Number.isFinite(v) && v > 0);
}

/**
 * A linear x axis over exactly the data's [min, max], so the curves run the whole width, with
 * round ticks inside it (at least two, asking for finer steps when the first pick leaves one).
 */
export function linearXAxis(xs: number[], range: [number, number], count: number): Axis {
  const finite = xs.filter(Number.isFinite);
  let domain: [number, number] =
    finite.length > 0 ? [Math.min(...finite), Math.max(...finite)] : [0, 1];
  // A single x has no extent to span; a round interval around it keeps the scale defined.
  if (domain[0] === domain[1]) domain = niceLinearDomain(domain[0], domain[1], count);
  let ticks = linearTicks(...domain, count);
  for (let more = count + 1; ticks.length < 2 && more <= count + 8; more++) {
    ticks = linearTicks(...domain, more);
  }
  return { scale: linearScale(domain, range), ticks, floor: null };
}

/**
 * A log x axis over exactly the positive x values' [min, max] with the whole decades inside as
 * ticks; a span too short to hold two decades widens to whole decades instead.
 */
export function logXAxis(xs: number[], range: [number, number], count: number): Axis {
  const positive = xs.filter((d) => Number.isFinite(d) && d > 0);
  let low = positive.length > 0 ? Math.min(...positive) : 1;
  let high = positive.length > 0 ? Math.max(...positive) : 10;
  if (logTicks(low, high, count).length < 2) {
    low = decadeBelow(low);
    high = Math.max(decadeAbove(high), low * 10);
  }
  return { scale: logScale([low, high], range), ticks: logTicks(low, high, count), floor: null };
}

/** A log error axis, floored a few decades below the anchor series. */
export function logAxis(series: Series[], range: [number, number], count: number): Axis {
  const anchor = usable(series, (s) => s.anchor === true);
  const all = usable(series, () => true);
  if (all.length === 0) {
    const domain: [number, number] = [0.01, 10];
    return { scale: logScale(domain, range), ticks: logTicks(...domain, count), floor: domain[0] };
  }
  const reference = anchor.length > 0 ? Math.min(...anchor) : Math.max(...all);
  const floor = decadeBelow(reference) / 10 ** FLOOR_DECADES;
  const low = Math.max(floor, decadeBelow(Math.min(...all)));
  let high = decadeAbove(Math.max(...all));
  if (high <= low) high = low * 10;
  return { scale: logScale([low, high], range), ticks: logTicks(low, high, count), floor: low };
}

/** A linear error axis from 0. */
export function linearAxis(series: Series[], range: [number, number], count: number): Axis {
  const values = series
    .flatMap((s) => [...s.values, ...(s.lower ?? [])])
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const high = values.length > 0 ? Math.max(0, ...values) : 1;
  const domain = niceLinearDomain(0, high, count);
  return {
    scale: linearScale(domain, range),
    ticks: linearTicks(domain[0], domain[1], count),
    floor: null,
  };
}

/**
 * Roughly how wide 12px text is per character. Generous for the default sans-serif, so a label
 * judged to fit still fits in a host page's somewhat wider font.
 */
export const CHARACTER_WIDTH = 6.8;

/** Where the label of a vertical line goes above the plot. */
export interface LabelPlacement {
  /** The text's x (its start or end, as `anchor` says). */
  x: number;
  anchor: 'start' | 'end';
  /** The row above the plot: 0 is nearest to it, each further row one line higher. */
  row: number;
}

/** Labels this far apart (in pixels) read as two, not one run-on phrase. */
const LABEL_GAP = 8;

/**
 * Places the labels of vertical lines at pixel x `lines[i].x`, in order: each beside its line on
 * the side facing the middle of the plot (the other side if that runs off the drawing), in the
 * lowest row where it overprints no earlier label. Rows sit above the plot, never over a curve.
 */
export function placeLabels(
  lines: { x: number; label: string }[],
  plot: { left: number; right: number },
  width: number,
): LabelPlacement[] {
  const taken: { row: number; span: [number, number] }[] = [];
  return lines.map(({ x, label }) => {
    const length = label.length * CHARACTER_WIDTH;
    const span = (anchor: 'start' | 'end'): [number, number] =>
      anchor === 'end' ? [x - 4 - length, x - 4] : [x + 4, x + 4 + length];
    let anchor: 'start' | 'end' = x > (plot.left + plot.right) / 2 ? 'end' : 'start';
    const [from, to] = span(anchor);
    if (from < 0 || to > width) anchor = anchor === 'end' ? 'start' : 'end';
    const placed = span(anchor);
    let row = 0;
    const clash = (other: (typeof taken)[number]) =>
      other.row === row &&
      placed[0] < other.span[1] + LABEL_GAP &&
      other.span[0] - LABEL_GAP < placed[1];
    while (taken.some(clash)) row++;
    taken.push({ row, span: placed });
    return { x: anchor === 'end' ? x - 4 : x + 4, anchor, row };
  });
}

/**
 * The x title that fits across `width` (`short` when the full one would not) and the x of its
 * middle: under the plot's middle where it fits, shifted just enough to stay on the drawing.
 */
export function placeXTitle(
  title: string,
  short: string | undefined,
  plot: { left: number; right: number },
  width: number,
): { text: string; x: number } {
  // The title sits under the tick labels, so it may use the drawing's whole width.
  const room = width - 16;
  const text = title.length * CHARACTER_WIDTH > room && short !== undefined ? short : title;
  const half = (text.length * CHARACTER_WIDTH) / 2;
  const middle = (plot.left + plot.right) / 2;
  return { text, x: Math.round(Math.max(half + 8, Math.min(width - half - 8, middle))) };
}
