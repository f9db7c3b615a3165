/**
 * `npm run bench`: the same capacity sweeps through (a) the Wasm kernel on one thread, (a′) the
 * product path `computeCurve` (the kernel in a worker_threads pool, trials split over the cores),
 * (b) the plain-TypeScript incremental reference, (c) ml-matrix solves per capacity and (d) NumPy
 * (when python3 has it), in one process, printed as a table of medians with ratios against (a)
 * and (a′).
 *
 * Slow implementations run fewer trials (or, for ml-matrix on the large task, every tenth
 * capacity) and are scaled to the full workload; the table marks those rows as estimates.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CholeskyDecomposition, Matrix, QrDecomposition } from 'ml-matrix';
import { nodeWorkers } from '../src/compute-node.js';
import { computeCurve } from '../src/compute.js';
import { loadKernel, type Kernel } from '../src/kernel.js';
import { incrementalSweep } from '../src/reference/incremental.js';
import type { ExperimentParams, RngKind, TestErrorKind } from '../src/types.js';

interface Workload {
  name: string;
  params: ExperimentParams;
}

function workload(
  name: string,
  rng: RngKind,
  testError: TestErrorKind,
  n: number,
  maxD: number,
): Workload {
  const dims = Array.from({ length: maxD }, (_, i) => i + 1);
  return {
    name,
    params: {
      nTrain: n,
      nTest: 2000,
      maxD,
      noise: 0.2,
      trials: 20,
      seed: 0,
      dims,
      rng,
      testError,
      ridge: 0,
      features: 'gaussian',
    },
  };
}

const workloads: Workload[] = [
  workload('reference numpy/sampled', 'numpy', 'sampled', 80, 300),
  workload('reference numpy/expected', 'numpy', 'expected', 80, 300),
  workload('reference fast/sampled', 'fast', 'sampled', 80, 300),
  workload('reference fast/expected', 'fast', 'expected', 80, 300),
  workload('large fast/expected', 'fast', 'expected', 200, 1000),
];

/** A measurement: median seconds for the whole workload, and how it was obtained. */
interface Timing {
  seconds: number;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(body: () => void, repeats: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    body();
    out.push((performance.now() - start) / 1000);
  }
  return out;
}

// (a) The kernel, after one warm-up run (Wasm tiers up to optimised code on later calls).
function kernelTiming(kernel: Kernel, w: Workload): Timing {
  kernel.capacitySweep(w.params);
  const repeats = w.params.nTrain > 100 ? 5 : 15;
  const seconds = median(time(() => kernel.capacitySweep(w.params), repeats));
  return { seconds, note: `${repeats} runs` };
}

// (a′) computeCurve as the CLI and the library call it, after two warm-up runs (the pool's
// workers start, and tier up, on the first ones).
async function pooledTiming(w: Workload): Promise<Timing> {
  await computeCurve(w.params);
  await computeCurve(w.params);
  const repeats = w.params.nTrain > 100 ? 7 : 21;
  const out: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    await computeCurve(w.params);
    out.push((performance.now() - start) / 1000);
  }
  return { seconds: median(out), note: `${repeats} runs, ${nodeWorkers()?.size ?? 0} workers` };
}

// (b) The plain-TypeScript incremental sweep; data come from the kernel, as in (c).
function referenceTiming(kernel: Kernel, w: Workload): Timing {
  const p = w.params;
  const trials = p.nTrain > 100 ? 2 : p.testError === 'sampled' ? 4 : 20;
  const sampled = p.testError === 'sampled';
  const run = () => {
    for (let t = 0; t < trials; t++) {
      const data = kernel.trialData(p, p.seed + t, sampled);
      incrementalSweep(data, { ...p, sampled, ridge: 0 });
    }
  };
  run();
  const seconds = median(time(run, 3)) * (p.trials / trials);
  return { seconds, note: trials < p.trials ? `${trials} trials ×${p.trials / trials}` : '3 runs' };
}

// (c) ml-matrix: a fresh QR (d < n) or Cholesky of X_d·X_dᵀ + 1e-8·I (d ≥ n) per capacity.
function mlMatrixTiming(kernel: Kernel, w: Workload): Timing {
  const p = w.params;
  const sampled = p.testError === 'sampled';
  const stride = p.nTrain > 100 ? 50 : 1;
  const data = kernel.trialData(p, p.seed, sampled);
  const rowMajor = (values: Float64Array, rows: number) =>
    new Matrix(
      Array.from({ length: rows }, (_, i) =>
        Array.from(values.subarray(i * p.maxD, (i + 1) * p.maxD)),
      ),
    );
  const x = rowMajor(data.xTrain, p.nTrain);
  const y = Matrix.columnVector(Array.from(data.yTrain));
  const xte = sampled ? rowMajor(data.xTest!, p.nTest) : null;
  const yte = sampled ? Matrix.columnVector(Array.from(data.yTest!)) : null;
  const run = () => {
    for (let d = 1; d <= p.maxD; d += stride) {
      const xd = x.subMatrix(0, p.nTrain - 1, 0, d - 1);
      let fit: Matrix;
      if (d < p.nTrain) {
        fit = new QrDecomposition(xd).solve(y);
      } else {
        const gram = xd.mmul(xd.transpose());
        for (let i = 0; i < p.nTrain; i++) gram.set(i, i, gram.get(i, i) + 1e-8);
        fit = xd.transpose().mmul(new CholeskyDecomposition(gram).solve(y));
      }
      xd.mmul(fit).sub(y).norm();
      if (xte && yte)
        xte
          .subMatrix(0, p.nTest - 1, 0, d - 1)
          .mmul(fit)
          .sub(yte)
          .norm();
    }
  };
  const seconds = median(time(run, 1)) * p.trials * stride;
  const note = `1 trial ×${p.trials}` + (stride > 1 ? `, every ${stride}th d ×${stride}` : '');
  return { seconds, note };
}

// (d) NumPy in a python3 child process; the large task runs 2 trials, scaled.
function numpyTimings(): { version: string; timings: Map<string, Timing> } | null {
  const jobs = workloads.map((w) => ({
    name: w.name,
    ...w.params,
    trials: w.params.nTrain > 100 ? 2 : w.params.trials,
    dims: undefined,
  }));
  const env = { ...process.env };
  // These two pin OpenBLAS to a generic core type on this machine's image; NumPy is measured
  // with its own detection, so they are removed for the child only.
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const script = fileURLToPath(new URL('../bench/numpy_sweep.py', import.meta.url));
  const result = spawnSync('python3', [script, JSON.stringify(jobs), '3'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0 || !result.stdout) return null;
  const parsed = JSON.parse(result.stdout) as Record<string, number[] | string>;
  const timings = new Map<string, Timing>();
  for (const w of workloads) {
    const trials = w.params.nTrain > 100 ? 2 : w.params.trials;
    const seconds = median(parsed[w.name] as number[]) * (w.params.trials / trials);
    timings.set(w.name, {
      seconds,
      note: trials < w.params.trials ? `${trials} trials ×${w.params.trials / trials}` : '3 runs',
    });
  }
  return { version: String(parsed.numpy), timings };
}

function format(seconds: number): string {
  return seconds >= 1 ? `${seconds.toFixed(2)} s` : `${(seconds * 1000).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const kernel = await loadKernel();
  const only = process.argv.slice(2);
  const columns = ['workload', 'implementation', 'median', 'vs (a)', 'vs (a′)', 'how measured'];
  const rows: string[][] = [];
  process.stderr.write('NumPy… ');
  // --kernel-only times (a) and (a′) alone, for a quick look while working on the kernel.
  const quick = only.includes('--kernel-only');
  const noMl = only.includes('--no-ml');
  const numpy = quick || only.includes('--no-numpy') ? null : numpyTimings();
  process.stderr.write(numpy ? `numpy ${numpy.version}\n` : 'not available\n');
  for (const w of workloads) {
    process.stderr.write(`${w.name}… `);
    const a = kernelTiming(kernel, w);
    const pooled = await pooledTiming(w);
    const entries: [string, Timing | null][] = [
      ['(a) Wasm kernel, one thread', a],
      ['(a′) computeCurve, worker pool', pooled],
      ['(b) plain TypeScript, same algorithm', quick ? null : referenceTiming(kernel, w)],
      ['(c) ml-matrix per capacity', quick || noMl ? null : mlMatrixTiming(kernel, w)],
      ['(d) NumPy per capacity', numpy?.timings.get(w.name) ?? null],
    ];
    for (const [label, timing] of entries) {
      if (!timing) continue;
      const ratio = (base: Timing) => {
        const value = timing.seconds / base.seconds;
        return timing === base ? '1' : `${value.toFixed(value < 10 ? 2 : 1)}×`;
      };
      rows.push([w.name, label, format(timing.seconds), ratio(a), ratio(pooled), timing.note]);
    }
    process.stderr.write('done\n');
  }
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns));
  console.log(line(widths.map((wd) => '-'.repeat(wd))));
  for (const row of rows) console.log(line(row));
}

await main();
