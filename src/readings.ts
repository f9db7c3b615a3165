/**
 * Reads values off a computed capacity curve: the numbers at one capacity (what the cursor and
 * the `capacity-change` event report) and where test error peaks. Nothing here computes a new
 * experiment value; it only selects among the kernel's.
 */
import type { CapacityCurve, CapacityReading, Prediction } from './types.js';

/** The index of the largest finite value, or -1 if there is none. */
export function peakIndex(values: readonly number[]): number {
  let peak = -1;
  values.forEach((value, i) => {
    if (Number.isFinite(value) && (peak < 0 || value > values[peak])) peak = i;
  });
  return peak;
}

/** The index of capacity `d` in the curve, or of the nearest listed capacity. */
export function indexOfCapacity(curve: CapacityCurve, d: number): number {
  let best = 0;
  curve.x.forEach((x, i) => {
    if (Math.abs(x - d) < Math.abs(curve.x[best] - d)) best = i;
  });
  return best;
}

/** Every number the explorer shows at the capacity with index `i`. */
export function readingAt(curve: CapacityCurve, i: number): CapacityReading {
  const optimal = curve.optimalRidge;
  return {
    d: curve.x[i],
    train: curve.train[i],
    test: curve.test[i],
    testMedian: curve.quantiles.test.median[i],
    theory: curve.theory?.[i] ?? null,
    optimalRidge: optimal === null ? null : { lambda: optimal.lambda[i], test: optimal.test[i] },
  };
}

/** Compares a guessed peak capacity with the capacity of highest mean test error. */
export function judgePrediction(curve: CapacityCurve, guess: number): Prediction {
  const peak = peakIndex(curve.test);
  const truth = peak < 0 ? curve.interpolationThreshold : curve.x[peak];
  return { guess, truth, distance: Math.abs(guess - truth) };
}
