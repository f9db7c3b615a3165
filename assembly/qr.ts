/**
 * Householder QR (Golub and Van Loan, Matrix Computations, 4th ed., Alg. 5.2.1) for the fits
 * where the Gram matrix would square an already large condition number: hinge features of nearly
 * coincident inputs give cond(X) ≈ 1e5–1e6, so cond(X·Xᵀ) ≈ 1e11 and a Cholesky solve misses the
 * training points by 1e-4, while QR works with cond(X) itself and interpolates to 1e-12.
 */
import { dot } from './vector';
import { f64At, setF64 } from './work';

/**
 * Factors the rows×cols (rows ≥ cols) column-major `a` in place: R in the upper triangle, the
 * Householder vectors v_k (with v_k[k] = 1 implied) below it, and their scalars in `tau`.
 */
export function householderFactor(a: usize, rows: i32, cols: i32, tau: usize): void {
  for (let k = 0; k < cols; k++) {
    const col = a + ((<usize>k * rows) << 3);
    const tailNorm2 = dot(
      col + ((<usize>(k + 1)) << 3),
      col + ((<usize>(k + 1)) << 3),
      rows - k - 1,
    );
    const head = f64At(col, k);
    if (tailNorm2 == 0) {
      setF64(tau, k, 0);
      continue;
    }
    const norm = Math.sqrt(head * head + tailNorm2);
    const beta = head > 0 ? -norm : norm;
    const scale = 1.0 / (head - beta);
    for (let i = k + 1; i < rows; i++) setF64(col, i, f64At(col, i) * scale);
    setF64(tau, k, (beta - head) / beta);
    setF64(col, k, beta);
    for (let j = k + 1; j < cols; j++) reflect(a, rows, k, tau, a + ((<usize>j * rows) << 3));
  }
}

/** Applies H_k = I − τ_k·v_k·v_kᵀ (from `householderFactor`) to the vector b in place. */
export function reflect(a: usize, rows: i32, k: i32, tau: usize, b: usize): void {
  const t = f64At(tau, k);
  if (t == 0) return;
  const col = a + ((<usize>k * rows) << 3);
  const s =
    f64At(b, k) + dot(col + ((<usize>(k + 1)) << 3), b + ((<usize>(k + 1)) << 3), rows - k - 1);
  const f = t * s;
  setF64(b, k, f64At(b, k) - f);
  for (let i = k + 1; i < rows; i++) setF64(b, i, f64At(b, i) - f * f64At(col, i));
}

/**
 * Least squares min ‖A·w − y‖ for a full-column-rank rows×cols `a` (destroyed): w (length cols)
 * = R⁻¹·(Qᵀy)[:cols]. `y` (length rows) is overwritten with Qᵀy.
 */
export function leastSquaresQR(
  a: usize,
  rows: i32,
  cols: i32,
  y: usize,
  tau: usize,
  w: usize,
): void {
  householderFactor(a, rows, cols, tau);
  for (let k = 0; k < cols; k++) reflect(a, rows, k, tau, y);
  for (let k = cols - 1; k >= 0; k--) {
    let s = f64At(y, k);
    for (let j = k + 1; j < cols; j++) s -= f64At(a, j * rows + k) * f64At(w, j);
    setF64(w, k, s / f64At(a, k * rows + k));
  }
}

/**
 * Minimum-norm solution of X·w = y for a full-row-rank n×d X (n ≤ d), given `at` = Xᵀ as a d×n
 * column-major matrix (destroyed): with Xᵀ = Q·R, w = Q·[R⁻ᵀy; 0]. Writes w (length d).
 */
export function minimumNormQR(at: usize, d: i32, n: i32, y: usize, tau: usize, w: usize): void {
  householderFactor(at, d, n, tau);
  for (let k = 0; k < n; k++) {
    let s = f64At(y, k);
    for (let j = 0; j < k; j++) s -= f64At(at, k * d + j) * f64At(w, j);
    setF64(w, k, s / f64At(at, k * d + k));
  }
  for (let i = n; i < d; i++) setF64(w, i, 0);
  for (let k = n - 1; k >= 0; k--) reflect(at, d, k, tau, w);
}
