/**
 * Lays out the fitted-function panel: the true function and the fit as lines over x in [−1, 1],
 * and the training points as dots. The y range follows the data and the true function, not the
 * fit: an interpolant near the threshold can swing far outside, and following it would flatten
 * everything else. Parts of the fit outside the frame are clipped, and the layout says so.
 */
import type { FitView } from '../fit.js';
import { formatTick, linearScale, linearTicks, niceLinearDomain } from './scale.js';

/** Everything needed to draw the panel, every coordinate a finite number. */
export interface FitLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  truthPath: string;
  fitPath: string;
  points: [number, number][];
  xTicks: { position: number; label: string }[];
  yTicks: { position: number; label: string }[];
  /** Whether part of the fit lies outside the frame (and is clipped). */
  clipped: boolean;
}

const MARGIN = { left: 40, right: 10, top: 10, bottom: 28 };

// Pixel coordinates stay within this many drawing heights of the frame, so an enormous fitted
// value still yields a finite SVG coordinate (the clip path hides it either way).
const OVERSHOOT = 20;

/** Places `fit` on a `width` × `height` drawing. */
export function layoutFit(fit: FitView, width: number, height: number): FitLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 40, width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 40, height - MARGIN.bottom),
  };
  const shown = [...fit.truth, ...fit.yTrain].filter(Number.isFinite);
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const pad = 0.15 * Math.max(high - low, 1e-9);
  const [y0, y1] = niceLinearDomain(low - pad, high + pad, 5);
  const x = linearScale([-1, 1], [plot.left, plot.right]);
  const y = linearScale([y0, y1], [plot.bottom, plot.top]);
  const limit = OVERSHOOT * height;
  const clampY = (value: number) =>
    Number.isFinite(value) ? Math.min(limit, Math.max(-limit, y(value))) : plot.bottom;

  const path = (values: number[]) =>
    fit.grid
      .map((t, i) => `${i === 0 ? 'M' : 'L'}${round(x(t))},${round(clampY(values[i]))}`)
      .join('');
  return {
    width,
    height,
    plot,
    truthPath: path(fit.truth),
    fitPath: path(fit.fitted),
    points: fit.xTrain.map((t, i) => [round(x(t)), round(clampY(fit.yTrain[i]))]),
    xTicks: [-1, -0.5, 0, 0.5, 1].map((t) => ({ position: round(x(t)), label: formatTick(t) })),
    yTicks: linearTicks(y0, y1, 5).map((v) => ({ position: round(y(v)), label: formatTick(v) })),
    clipped: fit.fitted.some((value) => !(value >= y0 && value <= y1)),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
