/**
 * Lays out a chart of any number of series against one x-axis, with axes, ticks and an optional
 * threshold marker. It is generic over what x means (capacity, samples, steps): a view turns its
 * curve into `ChartData` and this module only places those numbers on the page. It never
 * computes or adjusts an experiment value.
 */
import { linearAxis, linearXAxis, logAxis, logXAxis } from './chart-axes.js';
import { placeLabels, placeXTitle, type LabelPlacement } from './chart-axes.js';
import { formatTick, type Scale } from './scale.js';

/** How the y axis maps error values. */
export type YScaleKind = 'log' | 'linear';

/** How a series is drawn: a solid line, a dashed line, a thin line, or a filled band. */
export type SeriesKind = 'line' | 'dashed' | 'thin' | 'band';

/** One series of values over the chart's x positions; null marks a gap. */
export interface Series {
  /** Identifies the series; also its CSS class. */
  id: string;
  /** The `::part` name of its path. */
  part: string;
  /** The legend text. */
  label: string;
  kind: SeriesKind;
  /** The values (for a band, its upper edge). */
  values: (number | null)[];
  /** The lower edge of a band. */
  lower?: (number | null)[];
  /** Whether a log axis takes its floor from this series (the main test curve). */
  anchor?: boolean;
}

/** A labelled vertical line at one x value, such as the step at which training error is fit. */
export interface ChartMark {
  /** Identifies the mark; also its CSS class. */
  id: string;
  value: number;
  /** The label on wide charts. */
  label: string;
  /** The label on charts narrower than 480px. */
  shortLabel: string;
}

/** What a view hands the chart: x positions, series, a threshold and the axis titles. */
export interface ChartData {
  x: number[];
  series: Series[];
  /** A vertical marker (the interpolation threshold), or null. */
  threshold: { value: number; label: string; shortLabel: string } | null;
  xTitle: string;
  /** The x title on charts too narrow for `xTitle`. */
  shortXTitle?: string;
  yTitle: string;
  /** How the x axis maps values (linear unless given); a log axis leaves out x ≤ 0. */
  xScale?: 'linear' | 'log';
  /** Further labelled vertical lines (drawn like the threshold, one label row each). */
  marks?: ChartMark[];
}

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

/** The label of a vertical line as drawn: its place above the plot and its baseline's y. */
export type LineLabel = LabelPlacement & { y: number };

/** A series placed on the drawing. */
export interface SeriesLayout {
  id: string;
  part: string;
  label: string;
  kind: SeriesKind;
  /** SVG path data (a closed outline for a band). */
  path: string;
  /** The pixel point at each x index, or null where the value is missing (lines only). */
  points: ([number, number] | null)[];
  /** Whether to draw a dot at each point (few x positions only). */
  markers: boolean;
}

/** Everything needed to draw the chart, with every coordinate already a finite number. */
export interface ChartLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel x of each data x, in order. */
  xPositions: number[];
  series: SeriesLayout[];
  /** The threshold's pixel x, label and label position, or null when it lies off the chart. */
  threshold: { x: number; label: string; text: LineLabel } | null;
  /** The marks on the chart, each with its pixel x, the label that fits the width and its place. */
  marks: { id: string; x: number; label: string; text: LineLabel }[];
  /** The full x title, for the chart's accessible name. */
  xTitle: string;
  /** The x title as drawn (the short one on narrow charts) and the x of its middle. */
  xTitleText: { text: string; x: number };
  yTitle: string;
  /** The log axis floor, when some line values lie below it and sit on the bottom edge. */
  floor: number | null;
}

/** Ticks and titles need this much room around the plot, in CSS pixels. */
const MARGIN = { left: 58, right: 14, top: 26, bottom: 42 };

/** Each further row of line labels above the plot adds this much to the top margin. */
const LABEL_ROW = 16;

/** Up to this many x positions get a dot at each point; denser sweeps read better as lines. */
const MAX_MARKERS = 40;

/** Places `data` on a `width` × `height` drawing. */
export function layoutChart(data: ChartData, options: ChartOptions): ChartLayout {
  const width = Math.max(160, finiteOr(options.width, 640));
  const height = Math.max(140, finiteOr(options.height, 400));
  const left = MARGIN.left;
  const right = width - MARGIN.right;

  // About one tick per 80px keeps labels such as "250" apart even at phone width.
  const xCount = Math.max(2, Math.round((right - left) / 80));
  const { scale: x, ticks: xValues } =
    data.xScale === 'log'
      ? logXAxis(data.x, [left, right], xCount)
      : linearXAxis(data.x, [left, right], xCount);
  const xDomain = x.domain;
  // A log axis has no place for x ≤ 0; such a position is pinned to the left edge and its
  // values are left out of every line (the view states them in words instead).
  const onAxis = (d: number) => Number.isFinite(d) && (data.xScale !== 'log' || d > 0);
  const inDomain = (d: number) => onAxis(d) && d >= xDomain[0] && d <= xDomain[1];
  const xPixel = (d: number) => round(onAxis(d) ? x(d) : left);

  // The threshold and the marks label their lines above the plot, in as many rows as keep the
  // labels apart; the plot starts below the last row, so no label ever lies across a curve.
  const t = data.threshold !== null && inDomain(data.threshold.value) ? data.threshold : null;
  const wide = width >= 480;
  const lines = [
    ...(t === null ? [] : [{ id: 'threshold', ...t }]),
    ...(data.marks ?? []).filter((m) => inDomain(m.value)),
  ].map((m) => ({ id: m.id, x: round(x(m.value)), label: wide ? m.label : m.shortLabel }));
  const placed = placeLabels(lines, { left, right }, width);
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  const top = MARGIN.top + LABEL_ROW * (rows - 1);
  const labelled = lines.map((line, i) => {
    const y = top - 8 - LABEL_ROW * placed[i].row;
    return { ...line, text: { ...placed[i], y } };
  });
  const marks = t === null ? labelled : labelled.slice(1);
  const plot = { left, top, right, bottom: Math.max(top + 40, height - MARGIN.bottom) };

  const yCount = Math.max(2, Math.round((plot.bottom - plot.top) / 40));
  const { scale: y, ticks: yValues, floor } =
    options.yScale === 'log'
      ? logAxis(data.series, [plot.bottom, plot.top], yCount)
      : linearAxis(data.series, [plot.bottom, plot.top], yCount);

  const markers = data.x.length <= MAX_MARKERS;
  const placedX = data.x.map((d) => (onAxis(d) ? d : Number.NaN));
  const series = data.series.map((s) => placeSeries(s, placedX, x, y, markers));
  const lineValues = data.series.filter((s) => s.kind !== 'band').flatMap((s) => s.values);

  return {
    width,
    height,
    plot,
    xTicks: xValues.map((value) => tick(value, x)),
    yTicks: yValues.map((value) => tick(value, y)),
    xPositions: data.x.map(xPixel),
    series,
    threshold: t === null ? null : thresholdOf(labelled[0]),
    marks,
    xTitle: data.xTitle,
    xTitleText: placeXTitle(data.xTitle, data.shortXTitle, plot, width),
    yTitle: data.yTitle,
    floor: floor !== null && lineValues.some((v) => v !== null && v < floor) ? floor : null,
  };
}

/** The index of the x position nearest to pixel `px` (for pointer input), or -1 if none. */
export function nearestIndex(layout: ChartLayout, px: number): number {
  let best = -1;
  layout.xPositions.forEach((position, i) => {
    if (best < 0 || Math.abs(position - px) < Math.abs(layout.xPositions[best] - px)) best = i;
  });
  return best;
}

/** The placed series with `id`, if drawn. */
export function seriesById(layout: ChartLayout, id: string): SeriesLayout | undefined {
  return layout.series.find((s) => s.id === id);
}

function thresholdOf({ x, label, text }: ChartLayout['marks'][number]): ChartLayout['threshold'] {
  return { x, label, text };
}

function placeSeries(
  series: Series,
  xs: number[],
  x: Scale,
  y: Scale,
  markers: boolean,
): SeriesLayout {
  const upper = placePoints(xs, series.values, x, y);
  const base = { id: series.id, part: series.part, label: series.label, kind: series.kind };
  if (series.kind !== 'band') {
    return { ...base, path: linePath(upper), points: upper, markers };
  }
  const lower = placePoints(xs, series.lower ?? [], x, y);
  return { ...base, path: bandPath(upper, lower), points: [], markers: false };
}

/**
 * The pixel point of each value, or null where it is missing or infinite; values outside the
 * axis are pinned to its edge rather than sent off the drawing.
 */
function placePoints(
  xs: number[],
  values: (number | null)[],
  x: Scale,
  y: Scale,
): ([number, number] | null)[] {
  const [low, high] = y.domain;
  return xs.map((d, i) => {
    const value = values[i];
    if (!Number.isFinite(d) || value === undefined || value === null || !Number.isFinite(value)) {
      return null;
    }
    return [round(x(d)), round(y(Math.min(high, Math.max(low, value))))];
  });
}

/** Consecutive non-null points, as runs: a gap in the data is a gap in the line. */
function runs(points: ([number, number] | null)[]): [number, number][][] {
  const result: [number, number][][] = [];
  let run: [number, number][] = [];
  for (const point of points) {
    if (point === null) {
      if (run.length > 0) result.push(run);
      run = [];
    } else {
      run.push(point);
    }
  }
  if (run.length > 0) result.push(run);
  return result;
}

function moveLine(run: [number, number][]): string {
  return run.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px},${py}`).join('');
}

function linePath(points: ([number, number] | null)[]): string {
  return runs(points).map(moveLine).join('');
}

function bandPath(upper: ([number, number] | null)[], lower: ([number, number] | null)[]): string {
  const both = upper.map((point, i) => (point !== null && lower[i] ? i : -1));
  const indexRuns = runs(both.map((i) => (i < 0 ? null : ([i, i] as [number, number]))));
  return indexRuns
    .map((run) => {
      const top = run.map(([i]) => upper[i]!);
      const bottom = run.map(([i]) => lower[i]!).reverse();
      return `${moveLine([...top, ...bottom])}Z`;
    })
    .join('');
}

function tick(value: number, scale: Scale): Tick {
  return { value, position: round(scale(value)), label: formatTick(value) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
