/**
 * The typed wrapper around the WebAssembly kernel. It loads the SIMD build where the engine
 * validates it (the scalar build elsewhere), moves arrays across the boundary as Float64Array
 * views on Wasm memory, and turns the kernel's per-trial numbers into a `Curve`.
 */
import { KERNEL_SIMD_WASM_BASE64, KERNEL_WASM_BASE64 } from './generated/kernel-wasm.js';
import { meanOverTrials } from './statistics.js';
import type { Curve, ExperimentParams, RngKind } from './types.js';

/** The raw functions the Wasm module exports (addresses and counts, no arrays). */
export interface KernelExports {
  memory: WebAssembly.Memory;
  allocF64(count: number): number;
  free(ptr: number): void;
  fillRandom(rng: number, seed: number, what: number, out: number, count: number): void;
  generateTrial(
    rng: number,
    seed: number,
    n: number,
    m: number,
    dMax: number,
    noise: number,
    w: number,
    x: number,
    y: number,
    xte: number,
    yte: number,
    panel: number,
  ): void;
  capacitySweep(
    rng: number,
    seed: number,
    trials: number,
    n: number,
    m: number,
    dMax: number,
    noise: number,
    sampled: number,
    ridge: number,
    features: number,
    dims: number,
    nDims: number,
    method: number,
    outTrain: number,
    outTest: number,
  ): number;
  sampleSweep(
    rng: number,
    seed: number,
    trials: number,
    d: number,
    dMax: number,
    nMax: number,
    noise: number,
    ridge: number,
    ns: number,
    nNs: number,
    outTrain: number,
    outTest: number,
  ): number;
  trainingData(
    scenario: number,
    seed: number,
    n: number,
    d: number,
    noise: number,
    initScale: number,
    x: number,
    y: number,
    beta: number,
    w0: number,
    scales: number,
  ): void;
  trainingCurves(
    scenario: number,
    seed: number,
    trials: number,
    n: number,
    d: number,
    noise: number,
    initScale: number,
    weightDecay: number,
    rateFraction: number,
    steps: number,
    nSteps: number,
    outTrain: number,
    outTest: number,
    outTrainZero: number,
    outTestZero: number,
    outInfo: number,
  ): number;
  symmetricEigen(a: number, n: number, values: number, vectors: number): number;
  theoryCurve(
    n: number,
    dMax: number,
    noise: number,
    dims: number,
    count: number,
    out: number,
  ): void;
  fitFunction(
    rng: number,
    seed: number,
    kind: number,
    n: number,
    dMax: number,
    noise: number,
    ridge: number,
    d: number,
    gridCount: number,
    outGrid: number,
    outTruth: number,
    outFit: number,
    outInputs: number,
    outY: number,
    outFitTrain: number,
  ): number;
}

/** How the sweep solves: one incremental pass (fast) or a fresh factorisation per capacity. */
export type SweepMethod = 'incremental' | 'direct';

/** One trial's synthetic data, as the kernel generated it (matrices row-major, n×D). */
export interface TrialData {
  wTrue: Float64Array;
  xTrain: Float64Array;
  yTrain: Float64Array;
  xTest: Float64Array | null;
  yTest: Float64Array | null;
}

const RNG_CODES: Record<RngKind, number> = { numpy: 0, fast: 1 };
const FEATURE_CODES = { gaussian: 0, relu: 1, fourier: 2 } as const;
const METHOD_CODES: Record<SweepMethod, number> = { incremental: 0, direct: 1 };
const STATUS_NOT_SPD = 1;

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether this engine accepts the SIMD build. */
export function simdSupported(): boolean {
  return WebAssembly.validate(decodeBase64(KERNEL_SIMD_WASM_BASE64));
}

/** Compiles the best kernel build this engine supports (SIMD where it validates). */
export async function compileKernelModule(simd = simdSupported()): Promise<WebAssembly.Module> {
  const bytes = decodeBase64(simd ? KERNEL_SIMD_WASM_BASE64 : KERNEL_WASM_BASE64);
  try {
    return await WebAssembly.compile(bytes);
  } catch (error) {
    // A Content-Security-Policy without 'wasm-unsafe-eval' refuses every compile, and the
    // browser's own wording does not tell a page author what to change.
    if (error instanceof Error && /unsafe-eval/i.test(error.message)) {
      throw new Error(
        "this page's Content-Security-Policy does not allow WebAssembly; add " +
          "'wasm-unsafe-eval' to its script-src to run the experiment",
      );
    }
    throw error;
  }
}

/** Instantiates a compiled kernel module (for example one received by a Worker). */
export async function instantiateKernel(module: WebAssembly.Module): Promise<Kernel> {
  const imports = {
    env: {
      abort(_message: number, _file: number, line: number, column: number): never {
        throw new Error(`double-descent kernel aborted at line ${line}:${column}.`);
      },
    },
  };
  const instance = await WebAssembly.instantiate(module, imports);
  return new Kernel(instance.exports as unknown as KernelExports);
}

let shared: Promise<Kernel> | undefined;

/** Loads (once per page or process) and returns the kernel. */
export function loadKernel(): Promise<Kernel> {
  shared ??= compileKernelModule().then(instantiateKernel);
  return shared;
}

/** A loaded kernel instance. Methods run synchronously on the calling thread. */
export class Kernel {
  /** The raw exports, for the view modules that build on the same buffers. */
  constructor(readonly wasm: KernelExports) {}

  /** Uniform doubles (`uniform`) or Gaussians (`gaussian`) from a freshly seeded stream. */
  randomValues(rng: RngKind, seed: number, what: 'uniform' | 'gaussian', count: number) {
    return this.withBuffers([count], ([out]) => {
      this.wasm.fillRandom(RNG_CODES[rng], seed >>> 0, what === 'uniform' ? 0 : 1, out, count);
      return this.read(out, count);
    });
  }

  /** The synthetic data of one trial (seed `seed`), for checking against other solvers. */
  trialData(params: ExperimentParams, seed: number, withTest: boolean): TrialData {
    const { nTrain: n, nTest: m, maxD: D } = params;
    const sizes = [D, n * D, n, withTest ? m * D : 0, withTest ? m : 0];
    return this.withBuffers(sizes, ([w, x, y, xte, yte]) => {
      this.wasm.generateTrial(
        RNG_CODES[params.rng],
        seed >>> 0,
        n,
        m,
        D,
        params.noise,
        w,
        x,
        y,
        withTest ? xte : 0,
        withTest ? yte : 0,
        // One panel of all m rows: the test matrix comes back plainly column-major.
        m,
      );
      return {
        wTrue: this.read(w, D),
        xTrain: transpose(this.read(x, n * D), D, n),
        yTrain: this.read(y, n),
        xTest: withTest ? transpose(this.read(xte, m * D), D, m) : null,
        yTest: withTest ? this.read(yte, m) : null,
      };
    });
  }

  /**
   * Runs the capacity sweep and returns the curve: per-trial train and test MSE at every listed
   * capacity, and their means. `ridge` is λ in (1/n)‖y − Xb‖² + λ‖b‖² (0: minimum norm).
   */
  capacitySweep(
    params: ExperimentParams,
    options: { method?: SweepMethod; ridge?: number } = {},
  ): Curve {
    const { nTrain, nTest, maxD, noise, trials, seed, dims } = params;
    const sampled = params.testError === 'sampled';
    const count = trials * dims.length;
    const [trainFlat, testFlat] = this.withBuffers(
      [dims.length, count, count],
      ([dimsPtr, train, test]) => {
        this.view(dimsPtr, dims.length).set(dims);
        const status = this.wasm.capacitySweep(
          RNG_CODES[params.rng],
          seed >>> 0,
          trials,
          nTrain,
          nTest,
          maxD,
          noise,
          sampled ? 1 : 0,
          options.ridge ?? 0,
          FEATURE_CODES[params.features ?? 'gaussian'],
          dimsPtr,
          dims.length,
          METHOD_CODES[options.method ?? 'incremental'],
          train,
          test,
        );
        if (status === STATUS_NOT_SPD) {
          throw new Error(
            'The kernel could not factor a Gram matrix: it is not numerically positive definite ' +
              'for these parameters. Add a small ridge or change n-train or max-d.',
          );
        }
        return [this.read(train, count), this.read(test, count)];
      },
    );

    const rows = (flat: Float64Array) =>
      Array.from({ length: trials }, (_, t) =>
        Array.from(flat.subarray(t * dims.length, (t + 1) * dims.length)),
      );
    const trainTrials = rows(trainFlat);
    const testTrials = rows(testFlat);
    return {
      view: 'capacity',
      x: [...dims],
      train: meanOverTrials(trainTrials),
      test: meanOverTrials(testTrials),
      trainTrials,
      testTrials,
      interpolationThreshold: nTrain,
      params: { ...params, dims: [...dims] },
    };
  }

  /**
   * Exact expected test MSE of the minimum-norm fit at each capacity (THEORY.md, prefix task);
   * null where the expectation is infinite (|d − n| ≤ 1).
   */
  theoryCurve(nTrain: number, maxD: number, noise: number, dims: number[]): (number | null)[] {
    const values = this.withBuffers([dims.length, dims.length], ([dimsPtr, out]) => {
      this.view(dimsPtr, dims.length).set(dims);
      this.wasm.theoryCurve(nTrain, maxD, noise, dimsPtr, dims.length, out);
      return this.read(out, dims.length);
    });
    return Array.from(values, (value) => (Number.isFinite(value) ? value : null));
  }

  /** Allocates f64 buffers of the given sizes, runs `body`, and frees them whatever happens. */
  withBuffers<T>(sizes: number[], body: (ptrs: number[]) => T): T {
    const ptrs: number[] = [];
    try {
      for (const size of sizes) ptrs.push(this.wasm.allocF64(size));
      return body(ptrs);
    } finally {
      for (const ptr of ptrs) this.wasm.free(ptr);
    }
  }

  /** A fresh view: memory.buffer is replaced whenever the kernel grows memory. */
  view(ptr: number, count: number): Float64Array {
    return new Float64Array(this.wasm.memory.buffer, ptr, count);
  }

  /** A copy of `count` values at `ptr`, safe to keep after later calls. */
  read(ptr: number, count: number): Float64Array {
    return this.view(ptr, count).slice();
  }
}

// Column-major (cols × rows blocks) to row-major.
function transpose(columnMajor: Float64Array, cols: number, rows: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    for (let i = 0; i < rows; i++) out[i * cols + j] = columnMajor[j * rows + i];
  }
  return out;
}
