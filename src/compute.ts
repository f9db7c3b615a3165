/**
 * Turns validated parameters into a curve by running the kernel. This is the one entry point the
 * element and the CLI use to compute.
 */
import { loadKernel } from './kernel.js';
import type { Curve, ExperimentParams } from './types.js';

/** Computes the capacity sweep for `params` (already validated by `parseExperiment`). */
export async function computeCurve(params: ExperimentParams): Promise<Curve> {
  const kernel = await loadKernel();
  return kernel.capacitySweep(params, { ridge: params.ridge });
}
