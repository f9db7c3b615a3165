/**
 * Turns validated parameters into a curve by running the kernel. This is the one entry point the
 * element and the CLI use to compute.
 *
 * The sweep runs off the calling thread, in a pool of workers that all instantiate one compiled
 * kernel module: Web Workers in a browser, worker threads in Node (compute-node.ts). A sweep's
 * trials are split into contiguous ranges, one per worker, and merged in trial order, so the
 * curve is exactly the single-thread one (compute-pool.ts). A request whose `signal` aborts is
 * dropped: its queued parts are removed and the workers running it are terminated, so stale work
 * never delays the next request. Where no worker can start (no `Worker`, a Content-Security-Policy
 * forbidding blob: workers, or a Node without worker threads) the sweep runs on the calling
 * thread instead.
 */
import { nodeWorkers } from './compute-node.js';
import { Pool, WorkerStartError, type StartWorker } from './compute-pool.js';
import type { WorkerReply } from './compute-worker.js';
import { WORKER_SOURCE } from './generated/worker-source.js';
import { compileKernelModule, loadKernel } from './kernel.js';
import type { Curve, ExperimentParams } from './types.js';

/** Options of one computation. */
export interface ComputeOptions {
  /** Aborting it drops the computation (the promise rejects with an AbortError). */
  signal?: AbortSignal;
}

/** Computes the capacity sweep for `params` (already validated by `parseExperiment`). */
export async function computeCurve(
  params: ExperimentParams,
  options: ComputeOptions = {},
): Promise<Curve> {
  options.signal?.throwIfAborted();
  const pool = await workerPool();
  options.signal?.throwIfAborted();
  if (pool) {
    try {
      return await pool.run(params, options.signal);
    } catch (error) {
      if (!(error instanceof WorkerStartError)) throw error;
      poolPromise = Promise.resolve(null);
    }
  }
  const kernel = await loadKernel();
  options.signal?.throwIfAborted();
  return kernel.capacitySweep(params, { ridge: params.ridge });
}

let poolPromise: Promise<Pool | null> | undefined;

// The page's (or process's) pool, or null where workers are unavailable.
function workerPool(): Promise<Pool | null> {
  poolPromise ??= createPool();
  return poolPromise;
}

async function createPool(): Promise<Pool | null> {
  const workers = nodeWorkers() ?? browserWorkers();
  if (!workers) return null;
  const module = await compileKernelModule();
  return new Pool(workers.start, module, workers.size);
}

// Web Workers started from the embedded worker script, one per core (at most 8).
function browserWorkers(): { size: number; start: StartWorker } | null {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL === 'undefined') {
    return null;
  }
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  } catch {
    return null;
  }
  const size = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
  const start: StartWorker = (onReply, onFailure) => {
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
    // A CSP that forbids blob: workers makes the worker fail to load, reported as an error event.
    worker.onerror = (event) => {
      event.preventDefault();
      onFailure();
    };
    return {
      post: (request) => worker.postMessage(request),
      setBusy: () => {},
      terminate: () => worker.terminate(),
    };
  };
  return { size, start };
}
