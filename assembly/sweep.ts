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
 */
import { backSolveTransposed, choleskyFactor, choleskyUpdate, forwardSolve } from './cholesky';
import { generateTrial } from './data';
import { axpy, copy, dot, fill, squaredDistance } from './vector';

/** Method identifiers shared with the host. */
export const METHOD_INCREMENTAL: i32 = 0;
export const METHOD_DIRECT: i32 = 1;

/** Shift the reference adds to X·Xᵀ when λ = 0. */
const MIN_NORM_SHIFT: f64 = 1e-8;

/** Status codes shared with the host. */
export const STATUS_OK: i32 = 0;
export const STATUS_NOT_SPD: i32 = 1;

// Everything one trial needs, allocated once per sweep.
class Work {
  n: i32;
  m: i32;
  dMax: i32;
  noise: f64;
  ridge: f64;
  sampled: bool;
  w: usize;
  x: usize;
  y: usize;
  xte: usize;
  yte: usize;
  tail: usize; // tail[d] = Σ_{j ≥ d} w_j², the signal left out at capacity d
  what: usize; // ŵ (length dMax)
  gram: usize; // k×k or n×n
  rhs: usize;
  tmp: usize;
  alpha: usize;
  pred: usize; // length max(n, m)
}

function alloc(count: i32): usize {
  return heap.alloc(<usize>max(count, 1) << 3);
}

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
  dims: usize,
  nDims: i32,
  method: i32,
  outTrain: usize,
  outTest: usize,
): i32 {
  const work = new Work();
  work.n = n;
  work.m = m;
  work.dMax = dMax;
  work.noise = noise;
  work.ridge = ridge;
  work.sampled = sampled;
  work.w = alloc(dMax);
  work.x = alloc(n * dMax);
  work.y = alloc(n);
  work.xte = sampled ? alloc(m * dMax) : 0;
  work.yte = sampled ? alloc(m) : 0;
  work.tail = alloc(dMax + 1);
  work.what = alloc(dMax);
  const side = max(n, min(n, dMax));
  work.gram = alloc(side * side);
  work.rhs = alloc(max(n, dMax));
  work.tmp = alloc(max(n, dMax));
  work.alpha = alloc(n);
  work.pred = alloc(max(n, m));

  let status = STATUS_OK;
  for (let t = 0; t < trials && status == STATUS_OK; t++) {
    generateTrial(rngKind, seed + <u32>t, n, m, dMax, noise, work.w, work.x, work.y, work.xte, work.yte);
    suffixSquares(work.w, dMax, work.tail);
    const train = outTrain + ((<usize>t * nDims) << 3);
    const test = outTest + ((<usize>t * nDims) << 3);
    status = method == METHOD_DIRECT
      ? directTrial(work, dims, nDims, train, test)
      : incrementalTrial(work, dims, nDims, train, test);
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
  heap.free(work.rhs);
  heap.free(work.tmp);
  heap.free(work.alpha);
  heap.free(work.pred);
  return status;
}

// tail[d] = Σ_{j ≥ d} w_j², summed from the small end for accuracy.
function suffixSquares(w: usize, dMax: i32, tail: usize): void {
  let sum: f64 = 0;
  store<f64>(tail + (<usize>dMax << 3), 0);
  for (let j = dMax - 1; j >= 0; j--) {
    const wj = load<f64>(w + (<usize>j << 3));
    sum += wj * wj;
    store<f64>(tail + (<usize>j << 3), sum);
  }
}

function dimAt(dims: usize, i: i32): i32 {
  return <i32>load<f64>(dims + (<usize>i << 3));
}

function column(work: Work, j: i32): usize {
  return work.x + ((<usize>j * work.n) << 3);
}

/**
 * The incremental sweep. For d < n one Cholesky factor of the largest needed XᵀX serves every
 * smaller d (its leading blocks), and the forward-solved right-hand side is shared too. For d ≥ n
 * the factor of X_d·X_dᵀ + s·I grows one column at a time by a rank-one update that also carries
 * L⁻¹y, so each capacity costs one O(n²) update and one O(n²) back substitution.
 */
function incrementalTrial(work: Work, dims: usize, nDims: i32, train: usize, test: usize): i32 {
  const n = work.n;
  let below = 0; // number of listed capacities with d < n
  while (below < nDims && dimAt(dims, below) < n) below++;

  if (below > 0) {
    const k = dimAt(dims, below - 1);
    buildPrimalGram(work, k);
    if (choleskyFactor(work.gram, k, k) != STATUS_OK) return STATUS_NOT_SPD;
    for (let j = 0; j < k; j++) {
      store<f64>(work.rhs + (<usize>j << 3), dot(column(work, j), work.y, n));
    }
    forwardSolve(work.gram, k, k, work.rhs);
    for (let i = 0; i < below; i++) {
      const d = dimAt(dims, i);
      copy(work.what, work.rhs, d);
      backSolveTransposed(work.gram, d, k, work.what);
      record(work, d, trainByResidual(work, d), train, test, i);
    }
  }
  if (below == nDims) return STATUS_OK;

  // Start from the factor of s·I and add columns one at a time.
  const shift = dualShift(work);
  const root = Math.sqrt(shift);
  fill(work.gram, 0, n * n);
  for (let i = 0; i < n; i++) {
    store<f64>(work.gram + ((<usize>i * n + i) << 3), root);
    store<f64>(work.rhs + (<usize>i << 3), load<f64>(work.y + (<usize>i << 3)) / root);
  }
  let next = below;
  for (let j = 0; j < work.dMax && next < nDims; j++) {
    copy(work.tmp, column(work, j), n);
    choleskyUpdate(work.gram, n, work.tmp, work.rhs);
    const d = j + 1;
    if (d != dimAt(dims, next)) continue;

    copy(work.alpha, work.rhs, n);
    backSolveTransposed(work.gram, n, n, work.alpha);
    for (let c = 0; c < d; c++) {
      store<f64>(work.what + (<usize>c << 3), dot(column(work, c), work.alpha, n));
    }
    // y − X_d·ŵ = y − (K − s·I)·α = s·α, since K·α = y.
    const alphaNorm = dot(work.alpha, work.alpha, n);
    record(work, d, (shift * shift * alphaNorm) / <f64>n, train, test, next);
    next++;
  }
  return STATUS_OK;
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
        store<f64>(work.what + (<usize>j << 3), dot(column(work, j), work.y, n));
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
          axpy(colC, load<f64>(xj + (<usize>c << 3)), xj + (<usize>c << 3), n - c);
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
        store<f64>(work.what + (<usize>c << 3), dot(column(work, c), work.alpha, n));
      }
    }
    record(work, d, trainByResidual(work, d), train, test, i);
  }
  return STATUS_OK;
}

// Lower triangle of X_kᵀX_k + nλ·I in the k×k block of work.gram.
function buildPrimalGram(work: Work, k: i32): void {
  const n = work.n;
  const diag = <f64>n * work.ridge;
  for (let c = 0; c < k; c++) {
    const xc = column(work, c);
    for (let r = c; r < k; r++) {
      const value = dot(column(work, r), xc, n) + (r == c ? diag : 0);
      store<f64>(work.gram + ((<usize>c * k + r) << 3), value);
    }
  }
}

function dualShift(work: Work): f64 {
  return work.ridge > 0 ? <f64>work.n * work.ridge : MIN_NORM_SHIFT;
}

// Training MSE from the explicit residual y − X_d·ŵ.
function trainByResidual(work: Work, d: i32): f64 {
  const n = work.n;
  copy(work.pred, work.y, n);
  for (let j = 0; j < d; j++) {
    axpy(work.pred, -load<f64>(work.what + (<usize>j << 3)), column(work, j), n);
  }
  return dot(work.pred, work.pred, n) / <f64>n;
}

/**
 * Scores ŵ (in work.what, length d) and stores train and test MSE at slot i. Expected test MSE
 * for x ~ N(0, I): E(x·(w − ŵ) + σε)² = ‖ŵ − w[:d]‖² + ‖w[d:]‖² + σ².
 */
function record(work: Work, d: i32, trainMse: f64, train: usize, test: usize, i: i32): void {
  let testMse: f64;
  if (work.sampled) {
    const m = work.m;
    copy(work.pred, work.yte, m);
    for (let j = 0; j < d; j++) {
      axpy(work.pred, -load<f64>(work.what + (<usize>j << 3)), work.xte + ((<usize>j * m) << 3), m);
    }
    testMse = dot(work.pred, work.pred, m) / <f64>m;
  } else {
    const tail = load<f64>(work.tail + (<usize>d << 3));
    testMse = squaredDistance(work.what, work.w, d) + tail + work.noise * work.noise;
  }
  store<f64>(train + (<usize>i << 3), trainMse);
  store<f64>(test + (<usize>i << 3), testMse);
}
