/**
 * The compute worker's program. It is bundled on its own (scripts/build-worker.js) into a string
 * that compute.ts starts from a Blob, so the single-file element bundle needs no second file.
 * The first message carries the compiled kernel module; each later one runs part of a sweep.
 */
import { instantiateKernel, type Kernel } from './kernel.js';
import type { Curve, ExperimentParams } from './types.js';

/** What the page sends: the module once, then sweeps (a range of trials each). */
export type WorkerRequest =
  | { kind: 'module'; module: WebAssembly.Module }
  | { kind: 'sweep'; id: number; params: ExperimentParams };

/** What the worker answers: one sweep's curve, or why it failed. */
export type WorkerReply = { id: number; curve: Curve } | { id: number; error: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

let kernel: Promise<Kernel> | null = null;

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.kind === 'module') {
    kernel = instantiateKernel(request.module);
    return;
  }
  try {
    if (!kernel) throw new Error('the worker received a sweep before the kernel module');
    const curve = (await kernel).capacitySweep(request.params, { ridge: request.params.ridge });
    scope.postMessage({ id: request.id, curve });
  } catch (error) {
    scope.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
