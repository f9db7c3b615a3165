/**
 * The sentences the element shows and reads out: the summary of a curve, the numbers at the
 * cursor, and the verdict on a prediction. Each is scoped to this synthetic linear task, so none
 * reads as a claim about models in general.
 */
import { peakIndex } from '../readings.js';
import type { CapacityCurve, CapacityReading, Curve, Prediction } from '../types.js';

/** Four significant digits: enough to compare with a table, short enough to read aloud. */
export function formatValue(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : 'not finite';
}

/** A ridge strength as typed in the attribute (0 reads as "0, the minimum-norm fit"). */
export function formatRidge(lambda: number): string {
  return lambda === 0 ? '0' : String(Number(lambda.toPrecision(3)));
}

/** How the summary names the task: the Gaussian prefix task or a 1-D feature family. */
export function taskPhrase(curve: Curve): string {
  switch (curve.params.features) {
    case 'relu':
      return 'this synthetic 1-D task with random ReLU features';
    case 'fourier':
      return 'this synthetic 1-D task with random Fourier features';
    default:
      return 'this synthetic linear task';
  }
}

/** One sentence saying where mean test error is highest and how high. */
export function describeCurve(curve: Curve): string {
  const { trials, nTrain } = curve.params;
  const peak = peakIndex(curve.test);
  const average = trials === 1 ? 'in a single trial' : `averaged over ${trials} trials`;
  const task = taskPhrase(curve);
  if (peak < 0) {
    return `In ${task}, no capacity gave a finite test error (${average}).`;
  }
  return (
    `In ${task}, test error is highest at d = ${curve.x[peak]}, ` +
    `with a mean squared error of ${formatValue(curve.test[peak])} ${average}; ` +
    `the interpolation threshold is d = n = ${nTrain}.`
  );
}

/** Sentences about the ridge penalty and the optimal-ridge overlay, when they apply. */
export function describeRidge(curve: CapacityCurve): string {
  const parts: string[] = [];
  if (curve.ridge > 0) {
    parts.push(`Every fit here uses ridge λ = ${formatRidge(curve.ridge)}.`);
  }
  const optimal = curve.optimalRidge;
  if (optimal !== null) {
    const peak = peakIndex(optimal.test);
    if (peak >= 0) {
      parts.push(
        `With the best λ at each capacity, test error is highest at d = ${curve.x[peak]} ` +
          `(${formatValue(optimal.test[peak])}) and is ${formatValue(optimal.test.at(-1)!)} at ` +
          `d = ${curve.x.at(-1)}.`,
      );
    }
  }
  return parts.join(' ');
}

/** The numbers at one capacity, as the readout shows them. */
export function describeReading(reading: CapacityReading, trials: number): string {
  const median = formatValue(reading.testMedian);
  const mean = trials === 1 ? '' : ` (mean of ${trials} trials; median ${median})`;
  const extras: string[] = [];
  if (reading.theory !== null) extras.push(`theory ${formatValue(reading.theory)}`);
  if (reading.optimalRidge !== null) {
    const { lambda, test } = reading.optimalRidge;
    extras.push(`best ridge ${formatValue(test)} at λ = ${formatRidge(lambda)}`);
  }
  return (
    `d = ${reading.d}: train MSE ${formatValue(reading.train)}, ` +
    `test MSE ${formatValue(reading.test)}${mean}` +
    (extras.length > 0 ? `; ${extras.join('; ')}.` : '.')
  );
}

/** The verdict shown after a prediction is revealed. */
export function describePrediction(prediction: Prediction): string {
  const { guess, truth, distance } = prediction;
  const unit = distance === 1 ? 'feature' : 'features';
  const side = guess < truth ? 'short' : 'past';
  const how = distance === 0 ? 'exactly right' : `${distance} ${unit} ${side}`;
  return (
    `You guessed d = ${guess}. In this synthetic linear task mean test error peaks at ` +
    `d = ${truth}: ${how}.`
  );
}
