/**
 * Node's side of the compute pool: the same worker program the browser starts from a Blob
 * (src/generated/worker-source.ts) runs in `worker_threads`, behind a few lines that give it the
 * Web Worker globals it expects (`onmessage`, `postMessage`).
 *
 * The module is reached through `process.getBuiltinModule`, so no bundler ever sees an import of
 * a Node built-in and the browser bundle is unchanged; where that function is missing (Node
 * before 20.16) the pool is simply not offered and sweeps run on the calling thread.
 */
import type * as WorkerThreads from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './compute-worker.js';
import type { PoolWorker, StartWorker } from './compute-pool.js';
import { WORKER_SOURCE } from './generated/worker-source.js';

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

// Worker threads evaluate a string as a CommonJS script, where `require` is available.
const WEB_WORKER_GLOBALS = `
const { parentPort } = require('node:worker_threads');
globalThis.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
`;

/** How many workers a Node pool should hold and how to start one, or null outside Node. */
export function nodeWorkers(): { size: number; start: StartWorker } | null {
  const host = (globalThis as { process?: NodeProcess }).process;
  if (!host?.versions?.node || typeof host.getBuiltinModule !== 'function') return null;
  const threads = host.getBuiltinModule('node:worker_threads') as typeof WorkerThreads | undefined;
  const os = host.getBuiltinModule('node:os') as typeof import('node:os') | undefined;
  if (!threads?.Worker || !os) return null;
  const cores = typeof os.availableParallelism === 'function'
    ? os.availableParallelism()
    : os.cpus().length;
  const size = Math.max(1, Math.min(cores, 8));
  return { size, start: (onReply, onFailure) => startNodeWorker(threads, onReply, onFailure) };
}

function startNodeWorker(
  threads: typeof WorkerThreads,
  onReply: (reply: WorkerReply) => void,
  onFailure: () => void,
): PoolWorker {
  const worker = new threads.Worker(WEB_WORKER_GLOBALS + WORKER_SOURCE, { eval: true });
  // An idle worker must not keep a command-line process alive; a busy one must (setBusy).
  worker.unref();
  let stopped = false;
  worker.on('message', (reply: WorkerReply) => onReply(reply));
  worker.on('error', () => {
    if (!stopped) onFailure();
  });
  worker.on('exit', () => {
    if (!stopped) onFailure();
  });
  return {
    post: (request: WorkerRequest) => worker.postMessage(request),
    setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
    terminate: () => {
      stopped = true;
      void worker.terminate();
    },
  };
}
