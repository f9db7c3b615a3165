/**
 * The capacity sweep: for each trial, generate the data once, then fit every capacity d in the
 * list and record train and test MSE.
 *
 * Fits follow the reference: least squares for d < n, and for d ≥ n the minimum-norm interpolant
 * ŵ = Xᵀ(X·Xᵀ + s·I)⁻¹y with s = 1e-8. A ridge λ on (1/n)‖y − Xb‖² + λ‖b‖² adds nλ to the
 * diagonal of either Gram form (and replaces the 1e-8).
 *
 * Why Cholesky of the Gram matrix is adequate at d ≈ n: its relative error is about
 * eps·cond(K). For d ≥ n the 1e-8 shift bounds cond(X·Xᵀ + s·I) by (σ_max² + s)/s ≈ 4·max(n, d)
 * / 1e-8, below 1/(n·eps) for every size we accept, so the factorisation cannot break down; and
 * for Gaussian X the typical cond(X) at d = n is O(n), giving cond(K) ≈ 1e4–1e8 and errors far
 * below the 1e-6 the reference comparison needs. For d ≤ n − 1 the columns of X are well
 * separated (cond(X) ≈ (√n + √d)/(√n − √d)), so the normal equations are safe there too.
 *
 * Two methods: the incremental one (incremental.ts) for use, and the direct one below, a fresh
 * Gram matrix and factorisation per capacity, kept as the check the tests compare against.
 */
import { backSolveTransposed, choleskyFactor, forwardSolve } from './cholesky';
import { generateTrial } from './data';
import { incrementalTrial } from './incremental';
import { axpy, copy, dot, fill, squaredDistance } from './vector';
import { generateFeatureTrial, QUADRATURE_POINTS } from './features';
import {
  STATUS_NOT_SPD,
  STATUS_OK,
  Work,
  alloc,
  column,
  dimAt,
  dualShift,
  primalShift,
} from './work';

export { STATUS_NOT_SPD, STATUS_OK } from './work';

/** Method identifiers shared with the host. */
export const METHOD_INCREMENTAL: i32 = 0;
export const METHOD_DIRECT: i32 = 1;

/**
 * Runs the sweep over `trials` seeds starting at `seed` and writes train and test MSE of trial t
 * at capacity dims[i] to outTrain[t·nDims + i] and outTest[t·nDims + i]. `dims` must be sorted
 * increasing within 1..dMax. Returns STATUS_OK or STATUS_NOT_SPD.
 */
export function capacitySweep(
  rngKind: i32,
  seed: u32,
  trials: i32,
  n: i32,
  m: i32,
  dMax: i32,
  noise: f64,
  sampled: bool,
  ridge: f64,
  features: i32,
  dims: usize,
  nDims: i32,
  method: i32,
  outTrain: usize,
  outTest: usize,
): i32 {
  // The 1-D families always score on a test matrix: sampled inputs, or for the expected error
  // the midpoints of a quadrature grid with noiseless targets (σ² is added afterwards).
  const quadrature = features != 0 && !sampled;
  if (quadrature) m = QUADRATURE_POINTS;
  if (features != 0) sampled = true;

  const work = new Work();
  work.features = features;
  work.n = n;
  work.m = m;
  work.dMax = dMax;
  work.noise = noise;
  work.ridge = ridge;
  work.sampled = sampled;
  // The incremental scoring reads the test matrix in panels of 4 rows, zero-padded.
  work.panel = method == METHOD_DIRECT ? m : 4;
  const rows = ((m + work.panel - 1) / work.panel) * work.panel;
  work.w = alloc(dMax);
  work.x = alloc(n * dMax);
  work.y = alloc(n);
  work.xte = sampled ? alloc(rows * dMax) : 0;
  work.yte = sampled ? alloc(rows) : 0;
  work.tail = alloc(dMax + 1);
  work.what = alloc(dMax);
  work.gram = alloc(n * n);
  work.invDiag = alloc(n);
  work.rhs = alloc(max(n, dMax));
  work.tmp = alloc(max(n, dMax));
  work.alpha = alloc(n);
  work.pred = alloc(max(n, m));
  if (sampled) fill(work.yte, 0, rows);

  let status = STATUS_OK;
  for (let t = 0; t < trials && status == STATUS_OK; t++) {
    if (features == 0) {
      generateTrial(
        rngKind,
        seed + <u32>t,
        n,
        m,
        dMax,
        noise,
        work.w,
        work.x,
        work.y,
        work.xte,
        work.yte,
        work.panel,
      );
    } else {
      work.jitter = generateFeatureTrial(rngKind, seed + <u32>t, work, quadrature);
    }
    suffixSquares(work.w, dMax, work.tail);
    const train = outTrain + ((<usize>t * nDims) << 3);
    const test = outTest + ((<usize>t * nDims) << 3);
    status =
      method == METHOD_DIRECT
        ? directTrial(work, dims, nDims, train, test)
        : incrementalTrial(work, dims, nDims, train, test);
    if (quadrature) {
      for (let i = 0; i < nDims; i++) {
        const p = test + ((<usize>i) << 3);
        store<f64>(p, load<f64>(p) + noise * noise);
      }
    }
  }

  heap.free(work.w);
  heap.free(work.x);
  heap.free(work.y);
  if (sampled) {
    heap.free(work.xte);
    heap.free(work.yte);
  }
  heap.free(work.tail);
  heap.free(work.what);
  heap.free(work.gram);
  heap.free(work.invDiag);
  heap.free(work.rhs);
  heap.free(work.tmp);
  heap.free(work.alpha);
  heap.free(work.pred);
  return status;
}

// tail[d] = Σ_{j ≥ d} w_j², summed from the small end for accuracy.
function suffixSquares(w: usize, dMax: i32, tail: usize): void {
  let sum: f64 = 0;
  store<f64>(tail + ((<usize>dMax) << 3), 0);
  for (let j = dMax - 1; j >= 0; j--) {
    const wj = load<f64>(w + ((<usize>j) << 3));
    sum += wj * wj;
    store<f64>(tail + ((<usize>j) << 3), sum);
  }
}

/** The per-capacity reference method: a fresh Gram matrix and factorisation for every d. */
function directTrial(work: Work, dims: usize, nDims: i32, train: usize, test: usize): i32 {
  const n = work.n;
  for (let i = 0; i < nDims; i++) {
    const d = dimAt(dims, i);
    if (d < n) {
      buildPrimalGram(work, d);
      if (choleskyFactor(work.gram, d, d) != STATUS_OK) return STATUS_NOT_SPD;
      for (let j = 0; j < d; j++) {
        store<f64>(work.what + ((<usize>j) << 3), dot(column(work, j), work.y, n));
      }
      forwardSolve(work.gram, d, d, work.what);
      backSolveTransposed(work.gram, d, d, work.what);
    } else {
      // K = X_d·X_dᵀ + s·I as a sum of outer products of columns (lower triangle).
      fill(work.gram, 0, n * n);
      for (let j = 0; j < d; j++) {
        const xj = column(work, j);
        for (let c = 0; c < n; c++) {
          const colC = work.gram + ((<usize>c * n + c) << 3);
          axpy(colC, load<f64>(xj + ((<usize>c) << 3)), xj + ((<usize>c) << 3), n - c);
        }
      }
      const shift = dualShift(work);
      for (let c = 0; c < n; c++) {
        const p = work.gram + ((<usize>c * n + c) << 3);
        store<f64>(p, load<f64>(p) + shift);
      }
      if (choleskyFactor(work.gram, n, n) != STATUS_OK) return STATUS_NOT_SPD;
      copy(work.alpha, work.y, n);
      forwardSolve(work.gram, n, n, work.alpha);
      backSolveTransposed(work.gram, n, n, work.alpha);
      for (let c = 0; c < d; c++) {
        store<f64>(work.what + ((<usize>c) << 3), dot(column(work, c), work.alpha, n));
      }
    }
    const trainMse = trainByResidual(work, d);
    store<f64>(train + ((<usize>i) << 3), trainMse);
    store<f64>(test + ((<usize>i) << 3), directTestError(work, d));
  }
  return STATUS_OK;
}

/** Lower triangle of X_kᵀX_k + nλ·I in the k×k block of work.gram. */
export function buildPrimalGram(work: Work, k: i32): void {
  const n = work.n;
  const diag = primalShift(work);
  for (let c = 0; c < k; c++) {
    const xc = column(work, c);
    for (let r = c; r < k; r++) {
      const value = dot(column(work, r), xc, n) + (r == c ? diag : 0);
      store<f64>(work.gram + ((<usize>c * k + r) << 3), value);
    }
  }
}

/** Training MSE of ŵ (work.what, length d) from the explicit residual y − X_d·ŵ. */
export function trainByResidual(work: Work, d: i32): f64 {
  const n = work.n;
  copy(work.pred, work.y, n);
  for (let j = 0; j < d; j++) {
    axpy(work.pred, -load<f64>(work.what + ((<usize>j) << 3)), column(work, j), n);
  }
  return dot(work.pred, work.pred, n) / <f64>n;
}

/**
 * Test MSE of ŵ (work.what, length d), on the column-major test set or in expectation: for
 * x ~ N(0, I), E(x·(w − ŵ) + σε)² = ‖ŵ − w[:d]‖² + ‖w[d:]‖² + σ².
 */
function directTestError(work: Work, d: i32): f64 {
  if (work.sampled) {
    const m = work.m;
    copy(work.pred, work.yte, m);
    for (let j = 0; j < d; j++) {
      axpy(
        work.pred,
        -load<f64>(work.what + ((<usize>j) << 3)),
        work.xte + ((<usize>j * m) << 3),
        m,
      );
    }
    return dot(work.pred, work.pred, m) / <f64>m;
  }
  const tail = load<f64>(work.tail + ((<usize>d) << 3));
  return squaredDistance(work.what, work.w, d) + tail + work.noise * work.noise;
}
