/**
 * Turns validated parameters into a curve by running the kernel. This is the one entry point the
 * element and the CLI use to compute.
 *
 * In a browser the sweep runs off the main thread, in a pool of Web Workers that all instantiate
 * one compiled kernel module. A sweep's trials are split into contiguous ranges, one per worker;
 * trial t always uses seed + t, so the merged rows, and their means, are exactly the single-thread
 * curve. A request whose `signal` aborts is dropped: its queued parts are removed and the workers
 * running it are terminated, so stale work never delays the next request. Where no worker can
 * start (no `Worker`, as in Node, or a Content-Security-Policy forbidding blob: workers) the sweep
 * runs on the calling thread instead.
 */
import type { WorkerReply, WorkerRequest } from './compute-worker.js';
import { WORKER_SOURCE } from './generated/worker-source.js';
import { compileKernelModule, loadKernel } from './kernel.js';
import { meanOverTrials } from './statistics.js';
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

// A worker that failed to start or load (as opposed to a sweep that failed inside one).
class WorkerStartError extends Error {}

let poolPromise: Promise<Pool | null> | undefined;

// The page's pool, or null where workers are unavailable.
function workerPool(): Promise<Pool | null> {
  poolPromise ??= createPool();
  return poolPromise;
}

async function createPool(): Promise<Pool | null> {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL === 'undefined') {
    return null;
  }
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  } catch {
    return null;
  }
  const module = await compileKernelModule();
  const size = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
  return new Pool(url, module, size);
}

interface Task {
  job: Job;
  id: number;
  params: ExperimentParams;
  first: number;
}

interface Job {
  params: ExperimentParams;
  parts: (Curve | null)[];
  remaining: number;
  settled: boolean;
  resolve(curve: Curve): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

// A fixed number of worker slots, a FIFO of tasks, and one job per request.
class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;

  constructor(
    private readonly url: string,
    private readonly module: WebAssembly.Module,
    private readonly size: number,
  ) {}

  run(params: ExperimentParams, signal?: AbortSignal): Promise<Curve> {
    return new Promise<Curve>((resolve, reject) => {
      const count = Math.min(this.size, params.trials);
      const job: Job = {
        params,
        parts: new Array(count).fill(null),
        remaining: count,
        settled: false,
        resolve,
        reject,
      };
      const tasks: Task[] = [];
      for (let part = 0; part < count; part++) {
        const first = Math.floor((part * params.trials) / count);
        const last = Math.floor(((part + 1) * params.trials) / count);
        const sub = { ...params, seed: params.seed + first, trials: last - first };
        tasks.push({ job, id: this.nextId++, params: sub, first: part });
      }
      signal?.addEventListener('abort', () => this.abort(job, tasks, signal.reason), {
        once: true,
      });
      this.queue.push(...tasks);
      this.dispatch();
    });
  }

  // Hands queued tasks to idle slots, starting workers as needed.
  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.start();
      }
      const task = this.queue.shift()!;
      slot.task = task;
      const request: WorkerRequest = { kind: 'sweep', id: task.id, params: task.params };
      slot.worker.postMessage(request);
    }
  }

  private start(): Slot {
    let worker: Worker;
    try {
      worker = new Worker(this.url);
    } catch (error) {
      throw new WorkerStartError(String(error));
    }
    const slot: Slot = { worker, task: null };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.finish(slot, event.data);
    // A CSP that forbids blob: workers makes the worker fail to load, reported as an error event.
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(slot);
    };
    const request: WorkerRequest = { kind: 'module', module: this.module };
    worker.postMessage(request);
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    slot.task = null;
    const job = task.job;
    if (!job.settled) {
      if ('error' in reply) {
        job.settled = true;
        job.reject(new Error(reply.error));
      } else {
        job.parts[task.first] = reply.curve;
        if (--job.remaining === 0) {
          job.settled = true;
          job.resolve(merge(job));
        }
      }
    }
    this.dispatch();
  }

  // The worker could not run: every job it touched falls back to the calling thread.
  private fail(slot: Slot): void {
    this.remove(slot);
    const job = slot.task?.job;
    if (job && !job.settled) {
      job.settled = true;
      job.reject(new WorkerStartError('a compute worker could not start'));
    }
    for (const task of this.queue.splice(0)) {
      if (!task.job.settled) {
        task.job.settled = true;
        task.job.reject(new WorkerStartError('a compute worker could not start'));
      }
    }
  }

  private abort(job: Job, tasks: Task[], reason: unknown): void {
    if (job.settled) return;
    job.settled = true;
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].job === job) this.queue.splice(i, 1);
    }
    // Workers busy with this job are stopped outright; new ones start on the next dispatch.
    for (const slot of [...this.slots]) {
      if (slot.task && tasks.includes(slot.task)) this.remove(slot);
    }
    job.reject(reason ?? new DOMException('The computation was superseded.', 'AbortError'));
    this.dispatch();
  }

  private remove(slot: Slot): void {
    slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }
}

// Concatenates the parts' trial rows in trial order and averages them as the kernel wrapper does.
function merge(job: Job): Curve {
  const parts = job.parts as Curve[];
  const trainTrials = parts.flatMap((part) => part.trainTrials);
  const testTrials = parts.flatMap((part) => part.testTrials);
  return {
    ...parts[0],
    train: meanOverTrials(trainTrials),
    test: meanOverTrials(testTrials),
    trainTrials,
    testTrials,
    params: { ...job.params, dims: [...job.params.dims] },
  };
}
