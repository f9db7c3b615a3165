/**
 * The worker pool both hosts share: browser Web Workers (compute.ts) and Node worker threads
 * (compute-node.ts) differ only in how a worker starts and talks, so the scheduling, the split of
 * a sweep's trials into contiguous ranges and the merge in trial order live here once.
 *
 * Trial t always uses seed + t, so a range [first, last) run as its own sweep with seed
 * seed + first gives exactly rows first…last − 1 of the single-thread sweep; concatenating the
 * ranges in order and averaging as the kernel wrapper does reproduces its curve bit for bit.
 */
import type { WorkerReply, WorkerRequest } from './compute-worker.js';
import { meanOverTrials } from './statistics.js';
import type { Curve, ExperimentParams } from './types.js';

/** One started worker, as the pool drives it. */
export interface PoolWorker {
  /** Sends a request (the compiled module is cloned, never re-compiled). */
  post(request: WorkerRequest): void;
  /** Marks the worker busy or idle; in Node an idle worker must not keep the process alive. */
  setBusy(busy: boolean): void;
  /** Stops the worker at once, whatever it is running. */
  terminate(): void;
}

/** Starts a worker that reports replies and start or load failures through the callbacks. */
export type StartWorker = (
  onReply: (reply: WorkerReply) => void,
  onFailure: () => void,
) => PoolWorker;

/** A worker that failed to start or load (as opposed to a sweep that failed inside one). */
export class WorkerStartError extends Error {}

/** One contiguous range of trials, as a sweep of its own. */
export interface TrialRange {
  /** Index of the range's first trial in the whole sweep. */
  first: number;
  /** The sweep of just these trials (seed shifted by `first`). */
  params: ExperimentParams;
}

/** Splits `params.trials` into at most `parts` contiguous, nearly equal ranges, in order. */
export function splitTrials(params: ExperimentParams, parts: number): TrialRange[] {
  const count = Math.max(1, Math.min(parts, params.trials));
  const ranges: TrialRange[] = [];
  for (let part = 0; part < count; part++) {
    const first = Math.floor((part * params.trials) / count);
    const last = Math.floor(((part + 1) * params.trials) / count);
    ranges.push({ first, params: { ...params, seed: params.seed + first, trials: last - first } });
  }
  return ranges;
}

/** Concatenates the ranges' trial rows in order and averages them as the kernel wrapper does. */
export function mergeRanges(params: ExperimentParams, parts: Curve[]): Curve {
  const trainTrials = parts.flatMap((part) => part.trainTrials);
  const testTrials = parts.flatMap((part) => part.testTrials);
  return {
    ...parts[0],
    train: meanOverTrials(trainTrials),
    test: meanOverTrials(testTrials),
    trainTrials,
    testTrials,
    params: { ...params, dims: [...params.dims] },
  };
}

interface Task {
  job: Job;
  id: number;
  params: ExperimentParams;
  part: number;
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
  worker: PoolWorker;
  task: Task | null;
}

/** A fixed number of worker slots, a FIFO of tasks, and one job per request. */
export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;

  /** Workers start lazily, on the first request that needs them. */
  constructor(
    private readonly startWorker: StartWorker,
    private readonly module: WebAssembly.Module,
    private readonly size: number,
  ) {}

  /** Runs one sweep split over the pool; rejects with WorkerStartError where workers fail. */
  run(params: ExperimentParams, signal?: AbortSignal): Promise<Curve> {
    return new Promise<Curve>((resolve, reject) => {
      const ranges = splitTrials(params, this.size);
      const job: Job = {
        params,
        parts: new Array(ranges.length).fill(null),
        remaining: ranges.length,
        settled: false,
        resolve,
        reject,
      };
      const tasks = ranges.map((range, part) => ({
        job, id: this.nextId++, params: range.params, part,
      }));
      signal?.addEventListener('abort', () => this.abort(job, tasks, signal.reason), {
        once: true,
      });
      this.queue.push(...tasks);
      try {
        this.dispatch();
      } catch (error) {
        this.fail(null, error);
      }
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
      slot.worker.setBusy(true);
      slot.worker.post({ kind: 'sweep', id: task.id, params: task.params });
    }
  }

  private start(): Slot {
    const slot = { task: null } as unknown as Slot;
    try {
      slot.worker = this.startWorker(
        (reply) => this.finish(slot, reply),
        () => this.fail(slot, null),
      );
    } catch (error) {
      throw new WorkerStartError(String(error));
    }
    slot.worker.post({ kind: 'module', module: this.module });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    slot.task = null;
    slot.worker.setBusy(false);
    const job = task.job;
    if (!job.settled) {
      if ('error' in reply) {
        job.settled = true;
        job.reject(new Error(reply.error));
      } else {
        job.parts[task.part] = reply.curve;
        if (--job.remaining === 0) {
          job.settled = true;
          job.resolve(mergeRanges(job.params, job.parts as Curve[]));
        }
      }
    }
    this.dispatch();
  }

  // A worker could not run (or none could start): every waiting job falls back to the caller.
  private fail(slot: Slot | null, error: unknown): void {
    if (slot) {
      if (!this.slots.includes(slot)) return;
      this.remove(slot);
    }
    const reason = error instanceof WorkerStartError
      ? error
      : new WorkerStartError('a compute worker could not start');
    const jobs = new Set(this.queue.splice(0).map((task) => task.job));
    if (slot?.task) jobs.add(slot.task.job);
    for (const job of jobs) {
      if (job.settled) continue;
      job.settled = true;
      job.reject(reason);
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
    try {
      this.dispatch();
    } catch (error) {
      this.fail(null, error);
    }
  }

  private remove(slot: Slot): void {
    slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }
}
