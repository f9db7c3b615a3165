/**
 * Computes the sample-size and training-time views for the element and the CLI: one kernel call
 * each (views.ts), plus the spread across trials that the capacity view also reports. The worker
 * pool (compute.ts) runs only capacity sweeps; these views run on the calling thread, where a
 * default curve takes tens of milliseconds, so a request checks its abort signal before and
 * after the kernel call rather than interrupting it.
 */
import { loadKernel } from './kernel.js';
import { quantilesOverTrials, type Quantiles } from './statistics.js';
import type { CapacityCurve, SampleCurve, SampleParams, TrainingCurve } from './types.js';
import type { TrainingParams, ViewKind } from './types.js';
import { sampleSweep, trainingCurves } from './views.js';

/** Train and test quantiles across trials, one per x. */
export interface TrialSpread {
  quantiles: { train: Quantiles; test: Quantiles };
}

/** The sample-size view's `curve` detail: the kernel's curve and its spread across trials. */
export type SampleViewCurve = SampleCurve & TrialSpread;

/** The training-time view's `curve` detail: the kernel's curves and their spread. */
export type TrainingViewCurve = TrainingCurve & TrialSpread;

/** Any view's curve, told apart by `view`: what the `curve` event and `--format json` carry. */
export type ViewCurve = CapacityCurve | SampleViewCurve | TrainingViewCurve;

/** Validated parameters of one non-capacity view. */
export type ViewRequest =
  | { view: 'samples'; params: SampleParams }
  | { view: 'training'; params: TrainingParams };

/** The views this module computes. */
export type OtherView = Exclude<ViewKind, 'capacity'>;

function spread(curve: { trainTrials: number[][]; testTrials: number[][] }): TrialSpread {
  return {
    quantiles: {
      train: quantilesOverTrials(curve.trainTrials),
      test: quantilesOverTrials(curve.testTrials),
    },
  };
}

/** Computes a sample-size or training-time curve; `signal` drops a request a newer one outdates. */
export async function computeView(
  request: ViewRequest,
  options: { signal?: AbortSignal } = {},
): Promise<SampleViewCurve | TrainingViewCurve> {
  options.signal?.throwIfAborted();
  const kernel = await loadKernel();
  options.signal?.throwIfAborted();
  if (request.view === 'samples') {
    const curve = sampleSweep(kernel, request.params);
    return { ...curve, ...spread(curve) };
  }
  const curve = trainingCurves(kernel, request.params);
  return { ...curve, ...spread(curve) };
}
