/**
 * Lays out and draws the double-descent chart: train and test MSE against capacity d, with axes,
 * ticks and the interpolation threshold. It only places the kernel's numbers on the page; it
 * never computes or adjusts an experiment value.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Curve } from '../types.js';
import {
  decadeAbove,
  decadeBelow,
  formatTick,
  linearScale,
  linearTicks,
  logScale,
  logTicks,
  niceLinearDomain,
  type Scale,
} from './scale.js';

/** How the y axis maps error values. */
export type YScaleKind = 'log' | 'linear';

/** The drawing surface and the y-axis choice. */
export interface ChartOptions {
  /** Width of the drawing in CSS pixels (the SVG viewBox width). */
  width: number;
  /** Height of the drawing in CSS pixels. */
  height: number;
  /** Log or linear error axis. */
  yScale: YScaleKind;
}

/** One labelled axis tick at a pixel position. */
export interface Tick {
  /** The data value. */
  value: number;
  /** Pixel position along the axis. */
  position: number;
  /** The text shown next to the tick. */
  label: string;
}

/** Everything needed to draw the chart, with every coordinate already a finite number. */
export interface ChartLayout {
  /** Width and height of the viewBox. */
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Capacity ticks along the bottom. */
  xTicks: Tick[];
  /** Error ticks along the left. */
  yTicks: Tick[];
  /** SVG path data for mean training error. */
  trainPath: string;
  /** SVG path data for mean test error. */
  testPath: string;
  /** Point markers, drawn only when the capacities are few enough to tell apart. */
  trainPoints: [number, number][];
  testPoints: [number, number][];
  /** The interpolation threshold's pixel x and label, or null when d = n lies off the chart. */
  threshold: { x: number; label: string } | null;
  /** The log axis floor, when some training errors lie below it and sit on the bottom edge. */
  floor: number | null;
}

/** Ticks and titles need this much room around the plot, in CSS pixels. */
const MARGIN = { left: 58, right: 14, top: 26, bottom: 42 };

/**
 * How far below the test curve's smallest value a log axis reaches. Interpolating fits reach a
 * training error of 1e-21, and following it down would squash the test curve into a thin band.
 */
const FLOOR_DECADES = 2;

/** Capacities up to this many get a dot at each point; denser sweeps read better as lines. */
const MAX_MARKERS = 40;

/** Places the curve on a `width` × `height` drawing. */
export function layoutChart(curve: Curve, options: ChartOptions): ChartLayout {
  const width = Math.max(160, finiteOr(options.width, 640));
  const height = Math.max(140, finiteOr(options.height, 400));
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };

  const xs = curve.x.filter(Number.isFinite);
  const xHigh = xs.length > 0 ? Math.max(...xs) : 1;
  // About one tick per 80px keeps labels such as "250" apart even at phone width.
  const xCount = Math.max(2, Math.round((plot.right - plot.left) / 80));
  const xDomain = niceLinearDomain(0, xHigh, xCount);
  const x = linearScale(xDomain, [plot.left, plot.right]);
  const xTicks = linearTicks(xDomain[0], xDomain[1], xCount).map((value) => tick(value, x));

  const yCount = Math.max(2, Math.round((plot.bottom - plot.top) / 40));
  const { scale: y, ticks: yValues, floor } =
    options.yScale === 'log'
      ? logAxis(curve, [plot.bottom, plot.top], yCount)
      : linearAxis(curve, [plot.bottom, plot.top], yCount);
  const yTicks = yValues.map((value) => tick(value, y));

  const place = (values: number[]) => placePoints(curve.x, values, x, y);
  const train = place(curve.train);
  const test = place(curve.test);
  const markers = curve.x.length <= MAX_MARKERS;

  const n = curve.interpolationThreshold;
  const threshold =
    Number.isFinite(n) && n >= xDomain[0] && n <= xDomain[1]
      ? { x: x(n), label: width >= 480 ? `threshold d = n = ${n}` : `d = n = ${n}` }
      : null;

  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    trainPath: pathData(train),
    testPath: pathData(test),
    trainPoints: markers ? train.flat() : [],
    testPoints: markers ? test.flat() : [],
    threshold,
    floor: floor !== null && curve.train.some((v) => v < floor) ? floor : null,
  };
}

/** Draws a layout as SVG content (the caller supplies the enclosing `<svg>` and its viewBox). */
export function renderChart(layout: ChartLayout): SVGTemplateResult {
  return svg`
    ${gridLines(layout)} ${yAxis(layout)} ${xAxis(layout)} ${thresholdMarker(layout)}
    <path part="train-curve" class="curve train" d=${layout.trainPath}></path>
    <path part="test-curve" class="curve test" d=${layout.testPath}></path>
    <g class="markers train">${layout.trainPoints.map(marker)}</g>
    <g class="markers test">${layout.testPoints.map(marker)}</g>
  `;
}

/**
 * One sentence for readers (and screen readers) saying where test error is highest and how
 * high, scoped to this experiment so it is not read as a claim about models in general.
 */
export function describeCurve(curve: Curve): string {
  const { trials, nTrain } = curve.params;
  let peak = -1;
  curve.test.forEach((value, i) => {
    if (Number.isFinite(value) && (peak < 0 || value > curve.test[peak])) peak = i;
  });
  const average = trials === 1 ? 'in a single trial' : `averaged over ${trials} trials`;
  if (peak < 0) {
    return `In this synthetic linear task, no capacity gave a finite test error (${average}).`;
  }
  return (
    `In this synthetic linear task, test error is highest at d = ${curve.x[peak]}, ` +
    `with a mean squared error of ${formatValue(curve.test[peak])} ${average}; ` +
    `the interpolation threshold is d = n = ${nTrain}.`
  );
}

/** Four significant digits: enough to compare with a table, short enough to read aloud. */
export function formatValue(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function gridLines({ plot, yTicks }: ChartLayout): SVGTemplateResult {
  const line = (t: Tick) =>
    svg`<line x1=${plot.left} x2=${plot.right} y1=${t.position} y2=${t.position}></line>`;
  return svg`<g class="grid">${yTicks.map(line)}</g>`;
}

function yAxis({ plot, yTicks }: ChartLayout): SVGTemplateResult {
  const label = (t: Tick) =>
    svg`<text x=${plot.left - 6} y=${t.position} dy="0.32em" text-anchor="end">${t.label}</text>`;
  const middle = (plot.top + plot.bottom) / 2;
  return svg`<g class="axis y-axis">
    ${yTicks.map(label)}
    <text class="title" transform="translate(14 ${middle}) rotate(-90)" text-anchor="middle">
      Mean squared error
    </text>
  </g>`;
}

function xAxis({ plot, xTicks, height }: ChartLayout): SVGTemplateResult {
  const tick = (t: Tick) => svg`
    <line x1=${t.position} x2=${t.position} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
    <text x=${t.position} y=${plot.bottom + 16} text-anchor="middle">${t.label}</text>`;
  return svg`<g class="axis x-axis">
    <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
    ${xTicks.map(tick)}
    <text class="title" x=${(plot.left + plot.right) / 2} y=${height - 6} text-anchor="middle">
      Capacity d (features used)
    </text>
  </g>`;
}

function thresholdMarker({ plot, threshold }: ChartLayout): SVGTemplateResult | null {
  if (threshold === null) return null;
  // Past the middle the label goes left of the line, so it never runs off the right edge.
  const toLeft = threshold.x > (plot.left + plot.right) / 2;
  const x = threshold.x + (toLeft ? -4 : 4);
  return svg`<g part="threshold" class="threshold">
    <line x1=${threshold.x} x2=${threshold.x} y1=${plot.top} y2=${plot.bottom}></line>
    <text x=${x} y=${plot.top - 8} text-anchor=${toLeft ? 'end' : 'start'}>
      ${threshold.label}
    </text>
  </g>`;
}

function marker([cx, cy]: [number, number]): SVGTemplateResult {
  return svg`<circle cx=${cx} cy=${cy} r="2.5"></circle>`;
}

interface Axis {
  scale: Scale;
  ticks: number[];
  floor: number | null;
}

function logAxis(curve: Curve, range: [number, number], count: number): Axis {
  const positive = (values: number[]) => values.filter((v) => Number.isFinite(v) && v > 0);
  const test = positive(curve.test);
  const all = [...test, ...positive(curve.train)];
  if (all.length === 0) {
    const domain: [number, number] = [0.01, 10];
    return { scale: logScale(domain, range), ticks: logTicks(...domain, count), floor: domain[0] };
  }
  const reference = test.length > 0 ? Math.min(...test) : Math.max(...all);
  const floor = decadeBelow(reference) / 10 ** FLOOR_DECADES;
  const low = Math.max(floor, decadeBelow(Math.min(...all)));
  let high = decadeAbove(Math.max(...all));
  if (high <= low) high = low * 10;
  return { scale: logScale([low, high], range), ticks: logTicks(low, high, count), floor: low };
}

function linearAxis(curve: Curve, range: [number, number], count: number): Axis {
  const values = [...curve.train, ...curve.test].filter(Number.isFinite);
  const high = values.length > 0 ? Math.max(0, ...values) : 1;
  const domain = niceLinearDomain(0, high, count);
  return {
    scale: linearScale(domain, range),
    ticks: linearTicks(domain[0], domain[1], count),
    floor: null,
  };
}

/**
 * Pixel points for one series, split into runs wherever a value is missing or infinite, and with
 * values below the axis pinned to its bottom edge rather than sent off the drawing.
 */
function placePoints(xs: number[], values: number[], x: Scale, y: Scale): [number, number][][] {
  const [low, high] = y.domain;
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  xs.forEach((d, i) => {
    const value = values[i];
    if (!Number.isFinite(d) || value === undefined || !Number.isFinite(value)) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const shown = Math.min(high, Math.max(low, value));
    run.push([round(x(d)), round(y(shown))]);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function tick(value: number, scale: Scale): Tick {
  return { value, position: round(scale(value)), label: formatTick(value) };
}

function pathData(runs: [number, number][][]): string {
  return runs
    .map((run) => run.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px},${py}`).join(''))
    .join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
