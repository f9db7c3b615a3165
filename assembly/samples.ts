/**
 * The sample-size sweep: a fixed capacity d (the first d of D Gaussian features) fitted on the
 * first n rows of one pool of training data, for every n in a list. Test error is the exact
 * expectation over Gaussian inputs, so no test set is drawn.
 *
 * With λ = 0 each n costs O(n·d + n²) or O(d²) by growing a factorisation one row at a time:
 * - n ≤ d (minimum norm): K_n = X_n·X_nᵀ + s·I gains one row and column, so its Cholesky factor
 *   gains one row (bordering), and L⁻¹y gains one entry.
 * - n > d (least squares): X_n = Q·R gains one row, folded into R by d Givens rotations that also
 *   carry Qᵀy; the rotated-out remainder adds to the residual sum of squares.
 * A ridge λ on (1/n)‖y − Xb‖² + λ‖b‖² shifts the diagonal by n·λ, which changes with n, so with
 * λ > 0 each n is solved afresh.
 */
import { backSolveTransposed, choleskyFactor, forwardSolve } from './cholesky';
import { nextGauss, seedStream } from './random';
import { axpy, copy, dot, fill, rotate, squaredDistance } from './vector';
import { alloc, f64At, setF64 } from './work';

const MIN_NORM_SHIFT: f64 = 1e-8;

/**
 * Runs the sweep over `trials` seeds and writes train and test MSE of trial t at sample count
 * ns[i] to out[t·nNs + i]. `ns` must be increasing within 1..nMax. Data per trial, in the
 * reference's order: w_true (D), the nMax×D pool row by row, then the nMax label noises.
 * Returns 0, or 1 if a factorisation broke down.
 */
export function sampleSweep(
  rngKind: i32,
  seed: u32,
  trials: i32,
  d: i32,
  dMax: i32,
  nMax: i32,
  noise: f64,
  ridge: f64,
  ns: usize,
  nNs: i32,
  outTrain: usize,
  outTest: usize,
): i32 {
  const w = alloc(dMax);
  const pool = alloc(nMax * dMax); // row-major: sample i is contiguous
  const y = alloc(nMax);
  const side = max(min(nMax, d), 1);
  const factor = alloc(max(side * side, d * d));
  const z = alloc(max(nMax, d));
  const alpha = alloc(max(nMax, d));
  const what = alloc(d);
  const row = alloc(max(d, nMax));

  let status = 0;
  for (let t = 0; t < trials && status == 0; t++) {
    seedStream(rngKind, seed + <u32>t);
    const root = Math.sqrt(<f64>dMax);
    for (let j = 0; j < dMax; j++) setF64(w, j, nextGauss() / root);
    for (let i = 0; i < nMax * dMax; i++) setF64(pool, i, nextGauss());
    for (let i = 0; i < nMax; i++) {
      setF64(y, i, dot(pool + ((<usize>i * dMax) << 3), w, dMax) + noise * nextGauss());
    }
    let tail: f64 = 0;
    for (let j = d; j < dMax; j++) tail += f64At(w, j) * f64At(w, j);
    const constant = tail + noise * noise;

    const train = outTrain + ((<usize>t * nNs) << 3);
    const test = outTest + ((<usize>t * nNs) << 3);
    status =
      ridge > 0
        ? ridgeSamples(
            pool,
            y,
            w,
            d,
            dMax,
            ridge,
            ns,
            nNs,
            factor,
            alpha,
            what,
            train,
            test,
            constant,
          )
        : minNormSamples(
            pool,
            y,
            w,
            d,
            dMax,
            ns,
            nNs,
            factor,
            z,
            alpha,
            what,
            row,
            train,
            test,
            constant,
          );
  }
  heap.free(w);
  heap.free(pool);
  heap.free(y);
  heap.free(factor);
  heap.free(z);
  heap.free(alpha);
  heap.free(what);
  heap.free(row);
  return status;
}

function sampleRow(pool: usize, dMax: i32, i: i32): usize {
  return pool + ((<usize>i * dMax) << 3);
}

function minNormSamples(
  pool: usize,
  y: usize,
  w: usize,
  d: i32,
  dMax: i32,
  ns: usize,
  nNs: i32,
  factor: usize,
  z: usize,
  alpha: usize,
  what: usize,
  row: usize,
  train: usize,
  test: usize,
  constant: f64,
): i32 {
  let next = 0;
  const nBorder = min(<i32>f64At(ns, nNs - 1), d);
  // Phase 1, n ≤ d: bordered Cholesky of K_n, L stored row-major lower with leading dim nBorder.
  for (let k = 0; k < nBorder && next < nNs; k++) {
    const xk = sampleRow(pool, dMax, k);
    const lk = factor + ((<usize>k * nBorder) << 3);
    for (let j = 0; j < k; j++) {
      // l_j = (x_k·x_j − Σ_{i<j} L[j][i]·l_i) / L[j][j]
      const lj = factor + ((<usize>j * nBorder) << 3);
      const value = dot(xk, sampleRow(pool, dMax, j), d) - dot(lj, lk, j);
      setF64(lk, j, value / f64At(lj, j));
    }
    const pivot = dot(xk, xk, d) + MIN_NORM_SHIFT - dot(lk, lk, k);
    if (!(pivot > 0)) return 1;
    const lkk = Math.sqrt(pivot);
    setF64(lk, k, lkk);
    setF64(z, k, (f64At(y, k) - dot(lk, z, k)) / lkk);

    const n = k + 1;
    if (n != <i32>f64At(ns, next)) continue;
    // α = L⁻ᵀz, column-oriented so that each step reads one contiguous row of L.
    copy(alpha, z, n);
    for (let j = n - 1; j >= 0; j--) {
      const lj = factor + ((<usize>j * nBorder) << 3);
      const aj = f64At(alpha, j) / f64At(lj, j);
      setF64(alpha, j, aj);
      axpy(alpha, -aj, lj, j);
    }
    fill(what, 0, d);
    for (let i = 0; i < n; i++) axpy(what, f64At(alpha, i), sampleRow(pool, dMax, i), d);
    // y − X·ŵ = s·α (see sweep.ts).
    const trainMse = (MIN_NORM_SHIFT * MIN_NORM_SHIFT * dot(alpha, alpha, n)) / n;
    setF64(train, next, trainMse);
    setF64(test, next, squaredDistance(what, w, d) + constant);
    next++;
  }
  if (next == nNs) return 0;

  // Phase 2, n > d: R (d×d upper, row-major) built from every row by Givens rotations.
  fill(factor, 0, d * d);
  fill(z, 0, d);
  let rss: f64 = 0;
  const nLast = <i32>f64At(ns, nNs - 1);
  for (let k = 0; k < nLast && next < nNs; k++) {
    copy(row, sampleRow(pool, dMax, k), d);
    let zeta = f64At(y, k);
    for (let c = 0; c < d; c++) {
      const rc = factor + ((<usize>c * d + c) << 3);
      const a = load<f64>(rc);
      const b = f64At(row, c);
      if (b == 0) continue;
      const r = Math.sqrt(a * a + b * b);
      const cs = a / r;
      const sn = b / r;
      rotate(rc, row + ((<usize>c) << 3), cs, sn, d - c);
      setF64(row, c, 0);
      const zc = f64At(z, c);
      setF64(z, c, cs * zc + sn * zeta);
      zeta = cs * zeta - sn * zc;
    }
    // Once R is full rank, each further row's leftover ζ is its part of the residual.
    if (k >= d) rss += zeta * zeta;

    const n = k + 1;
    if (n <= d || n != <i32>f64At(ns, next)) continue;
    copy(what, z, d);
    backSolveTransposed(factor, d, d, what);
    setF64(train, next, rss / n);
    setF64(test, next, squaredDistance(what, w, d) + constant);
    next++;
  }
  return 0;
}

function ridgeSamples(
  pool: usize,
  y: usize,
  w: usize,
  d: i32,
  dMax: i32,
  ridge: f64,
  ns: usize,
  nNs: i32,
  factor: usize,
  alpha: usize,
  what: usize,
  train: usize,
  test: usize,
  constant: f64,
): i32 {
  for (let i = 0; i < nNs; i++) {
    const n = <i32>f64At(ns, i);
    const shift = <f64>n * ridge;
    if (n <= d) {
      // Dual: ŵ = X_nᵀ(X_n·X_nᵀ + nλ·I)⁻¹y.
      for (let c = 0; c < n; c++) {
        for (let r = c; r < n; r++) {
          const value = dot(sampleRow(pool, dMax, r), sampleRow(pool, dMax, c), d);
          setF64(factor, c * n + r, value + (r == c ? shift : 0));
        }
      }
      if (choleskyFactor(factor, n, n) != 0) return 1;
      copy(alpha, y, n);
      forwardSolve(factor, n, n, alpha);
      backSolveTransposed(factor, n, n, alpha);
      fill(what, 0, d);
      for (let r = 0; r < n; r++) axpy(what, f64At(alpha, r), sampleRow(pool, dMax, r), d);
    } else {
      // Primal: (X_nᵀX_n + nλ·I)·ŵ = X_nᵀy, accumulated row by row.
      fill(factor, 0, d * d);
      fill(what, 0, d);
      for (let r = 0; r < n; r++) {
        const xr = sampleRow(pool, dMax, r);
        for (let c = 0; c < d; c++) {
          axpy(factor + ((<usize>c * d + c) << 3), f64At(xr, c), xr + ((<usize>c) << 3), d - c);
        }
        axpy(what, f64At(y, r), xr, d);
      }
      for (let c = 0; c < d; c++) setF64(factor, c * d + c, f64At(factor, c * d + c) + shift);
      if (choleskyFactor(factor, d, d) != 0) return 1;
      forwardSolve(factor, d, d, what);
      backSolveTransposed(factor, d, d, what);
    }
    let rss: f64 = 0;
    for (let r = 0; r < n; r++) {
      const residual = dot(sampleRow(pool, dMax, r), what, d) - f64At(y, r);
      rss += residual * residual;
    }
    setF64(train, i, rss / n);
    setF64(test, i, squaredDistance(what, w, d) + constant);
  }
  return 0;
}
