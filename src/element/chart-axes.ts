/**
 * The axes of the generic chart: a linear or log x axis (capacities and sample counts are
 * linear, gradient-descent steps log) and a linear or log error axis. Each returns a scale and
 * round tick values; none looks at what the numbers mean.
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

/** A linear x axis from 0 to a round value past the largest x. */
export function linearXAxis(xs: number[], range: [number, number], count: number): Axis {
  const finite = xs.filter(Number.isFinite);
  const high = finite.length > 0 ? Math.max(...finite) : 1;
  const domain = niceLinearDomain(0, high, count);
  return { scale: linearScale(domain, range), ticks: linearTicks(...domain, count), floor: null };
}

/** Whole decades around the positive x values (gradient-descent steps span five decades). */
export function logXAxis(xs: number[], range: [number, number], count: number): Axis {
  const positive = xs.filter((d) => Number.isFinite(d) && d > 0);
  const low = positive.length > 0 ? decadeBelow(Math.min(...positive)) : 1;
  let high = positive.length > 0 ? decadeAbove(Math.max(...positive)) : 10;
  if (high <= low) high = low * 10;
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
