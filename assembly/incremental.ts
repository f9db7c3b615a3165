/**
 * The incremental capacity sweep: every capacity of one trial from one factorisation per regime.
 *
 * d < n: the Cholesky factor of a leading block of XᵀX (+ nλ·I) is the leading block of the full
 * factor, so one factorisation of the largest needed block serves every d, and so does its
 * forward-solved right-hand side z = L⁻¹Xᵀy. Then ŵ_d = L_d⁻ᵀz[:d], and the residual follows
 * without forming it: ‖y − X_d·ŵ_d‖² = ‖y‖² − ‖z[:d]‖² − nλ‖ŵ_d‖².
 *
 * d ≥ n: K_d = X_d·X_dᵀ + s·I is factored directly at the first such capacity, rewritten as
 * L₁·D·L₁ᵀ, then grows by one square-root-free rank-one update per added column (cholesky.ts,
 * Gill–Golub–Murray–Saunders C1), which also carries u = D⁻¹L₁⁻¹y. With α = K⁻¹y = L₁⁻ᵀu (one
 * unit back substitution) every number the curve needs is a dot product:
 * - train: y − X_d·ŵ = y − (K − s·I)·α = s·α, so SSE = s²‖α‖²;
 * - ‖ŵ‖² = αᵀ(K − s·I)α = yᵀα − s‖α‖², with yᵀα = uᵀD·u;
 * - ŵ·w[:d] = α·(X_d·w[:d]), with X_d·w[:d] grown by one axpy per column;
 * so the expected test error ‖ŵ − w[:d]‖² + ‖w[d:]‖² + σ² costs O(n) beyond the update, instead
 * of forming ŵ = X_dᵀα (n·d). Every term is at least as large as the result away from the
 * threshold and all are large at it, so the expansion loses no more than a few digits to
 * cancellation. Sampled test error needs the fits themselves; they are batched into score.ts.
 */
import {
  backSolveTransposedInv,
  choleskyFactor,
  choleskyToLdl,
  forwardSolve,
  invertDiagonal,
  ldlUpdate,
  unitBackSolveTransposed,
} from './cholesky';
import { Scorer, addFit, freeScorer, newScorer, scoreFits } from './score';
import { buildPrimalGram, trainByResidual } from './sweep';
import { axpy, copy, dot, fill, squaredDistance } from './vector';
import {
  STATUS_NOT_SPD,
  STATUS_OK,
  Work,
  column,
  dimAt,
  dualShift,
  f64At,
  primalShift,
  setF64,
} from './work';

/** Runs one trial's sweep by the incremental method; see the module comment. */
export function incrementalTrial(
  work: Work,
  dims: usize,
  nDims: i32,
  train: usize,
  test: usize,
): i32 {
  const n = work.n;
  let below = 0; // number of listed capacities with d < n
  while (below < nDims && dimAt(dims, below) < n) below++;

  const scorer = work.sampled ? newScorer(work.dMax, nDims) : changetype<Scorer>(0);
  let status = STATUS_OK;
  if (below > 0) status = primalPhase(work, dims, below, train, test, scorer);
  if (status == STATUS_OK && below < nDims) {
    status = dualPhase(work, dims, below, nDims, train, test, scorer);
  }
  if (work.sampled) {
    if (status == STATUS_OK) scoreFits(scorer, work, test);
    freeScorer(scorer);
  }
  return status;
}

// Capacities dims[0..below), all below n.
function primalPhase(
  work: Work,
  dims: usize,
  below: i32,
  train: usize,
  test: usize,
  scorer: Scorer,
): i32 {
  const n = work.n;
  const k = dimAt(dims, below - 1);
  buildPrimalGram(work, k);
  if (choleskyFactor(work.gram, k, k) != STATUS_OK) return STATUS_NOT_SPD;
  for (let j = 0; j < k; j++) setF64(work.rhs, j, dot(column(work, j), work.y, n));
  forwardSolve(work.gram, k, k, work.rhs);
  invertDiagonal(work.gram, k, k, work.invDiag);

  const yy = dot(work.y, work.y, n);
  const nl = primalShift(work);
  let zz: f64 = 0;
  let done = 0;
  for (let i = 0; i < below; i++) {
    const d = dimAt(dims, i);
    for (; done < d; done++) zz += f64At(work.rhs, done) * f64At(work.rhs, done);
    copy(work.what, work.rhs, d);
    backSolveTransposedInv(work.gram, d, k, work.invDiag, work.what);

    let sse = yy - zz - (nl > 0 ? nl * dot(work.what, work.what, d) : 0);
    // A residual below a millionth of ‖y‖² would be mostly rounding in the expansion above
    // (a noiseless, well-specified fit): measure it directly instead.
    let trainMse = sse / <f64>n;
    if (sse < 1e-6 * yy) trainMse = trainByResidual(work, d);
    setF64(train, i, trainMse);
    if (work.sampled) {
      addFit(scorer, work, d, i, test);
    } else {
      const gap = squaredDistance(work.what, work.w, d);
      setF64(test, i, gap + f64At(work.tail, d) + work.noise * work.noise);
    }
  }
  return STATUS_OK;
}

// Capacities dims[from..nDims), all at least n.
function dualPhase(
  work: Work,
  dims: usize,
  from: i32,
  nDims: i32,
  train: usize,
  test: usize,
  scorer: Scorer,
): i32 {
  const n = work.n;
  const shift = dualShift(work);
  const first = dimAt(dims, from);
  const l = work.gram;

  // K = X_first·X_firstᵀ + s·I (lower triangle), by outer products of columns.
  fill(l, 0, n * n);
  for (let j = 0; j < first; j++) addOuter(l, n, column(work, j));
  for (let c = 0; c < n; c++) setF64(l, c * n + c, f64At(l, c * n + c) + shift);
  if (choleskyFactor(l, n, n) != STATUS_OK) return STATUS_NOT_SPD;
  const u = work.rhs;
  copy(u, work.y, n);
  forwardSolve(l, n, n, u);
  choleskyToLdl(l, n, u, u);

  // X_d·w[:d] and ‖w[:d]‖², grown with d.
  const xw = work.pred;
  fill(xw, 0, n);
  let ww: f64 = 0;
  if (!work.sampled) {
    for (let j = 0; j < first; j++) {
      const wj = f64At(work.w, j);
      axpy(xw, wj, column(work, j), n);
      ww += wj * wj;
    }
  }

  const sigma2 = work.noise * work.noise;
  let next = from;
  for (let d = first; ; d++) {
    if (d == dimAt(dims, next)) {
      copy(work.alpha, u, n);
      unitBackSolveTransposed(l, n, work.alpha);
      const aa = dot(work.alpha, work.alpha, n);
      setF64(train, next, (shift * shift * aa) / <f64>n);
      if (work.sampled) {
        for (let c = 0; c < d; c++) setF64(work.what, c, dot(column(work, c), work.alpha, n));
        addFit(scorer, work, d, next, test);
      } else {
        const fitNorm = weightedSquares(l, n, u) - shift * aa;
        const gap = fitNorm - 2 * dot(work.alpha, xw, n) + ww;
        setF64(test, next, gap + f64At(work.tail, d) + sigma2);
      }
      next++;
      if (next == nDims) break;
    }
    // Add feature d (0-based index d) to the model.
    const xd = column(work, d);
    copy(work.tmp, xd, n);
    ldlUpdate(l, n, work.tmp, u);
    if (!work.sampled) {
      const wd = f64At(work.w, d);
      axpy(xw, wd, xd, n);
      ww += wd * wd;
    }
  }
  return STATUS_OK;
}

// uᵀD·u for D on the diagonal of the n×n column-major matrix l.
function weightedSquares(l: usize, n: i32, u: usize): f64 {
  let sum: f64 = 0;
  for (let k = 0; k < n; k++) sum += f64At(l, k * n + k) * f64At(u, k) * f64At(u, k);
  return sum;
}

// Adds x·xᵀ to the lower triangle of the n×n column-major matrix a.
function addOuter(a: usize, n: i32, x: usize): void {
  for (let c = 0; c < n; c++) {
    axpy(a + ((<usize>c * n + c) << 3), f64At(x, c), x + ((<usize>c) << 3), n - c);
  }
}
