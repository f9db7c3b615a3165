/**
 * Cholesky factorisation K = L·Lᵀ of a symmetric positive-definite matrix, the triangular solves
 * that use it, and the rank-one update L·Lᵀ + x·xᵀ. Matrices are column-major with leading
 * dimension `ld`, so column k of L (row k of R = Lᵀ) is contiguous.
 */
import { axpy, dot, rotate } from './vector';

/**
 * Factors the leading n×n block of `a` in place (lower triangle; the upper is not read).
 * Returns 0, or j + 1 when the j-th pivot is not positive (the matrix is not numerically SPD).
 * Left-looking column Cholesky (Golub and Van Loan, Matrix Computations, 4th ed., Alg. 4.2.2).
 */
export function choleskyFactor(a: usize, n: i32, ld: i32): i32 {
  for (let j = 0; j < n; j++) {
    const col = a + ((<usize>j * ld) << 3);
    for (let k = 0; k < j; k++) {
      const colK = a + ((<usize>k * ld) << 3);
      const ljk = load<f64>(colK + (<usize>j << 3));
      axpy(col + (<usize>j << 3), -ljk, colK + (<usize>j << 3), n - j);
    }
    const pivot = load<f64>(col + (<usize>j << 3));
    if (!(pivot > 0)) return j + 1;
    const ljj = Math.sqrt(pivot);
    store<f64>(col + (<usize>j << 3), ljj);
    const inv = 1.0 / ljj;
    for (let i = j + 1; i < n; i++) {
      const p = col + (<usize>i << 3);
      store<f64>(p, load<f64>(p) * inv);
    }
  }
  return 0;
}

/** Solves L·z = b in place (b becomes z) for the leading n×n block of L. */
export function forwardSolve(l: usize, n: i32, ld: i32, b: usize): void {
  for (let k = 0; k < n; k++) {
    const col = l + ((<usize>k * ld) << 3);
    const zk = load<f64>(b + (<usize>k << 3)) / load<f64>(col + (<usize>k << 3));
    store<f64>(b + (<usize>k << 3), zk);
    axpy(b + (<usize>(k + 1) << 3), -zk, col + (<usize>(k + 1) << 3), n - k - 1);
  }
}

/**
 * Solves Lᵀ·x = b in place for the leading n×n block of L. Because L is lower triangular, the
 * leading block of a larger factor is the factor of the leading block of the matrix, so one
 * factorisation serves every smaller n.
 */
export function backSolveTransposed(l: usize, n: i32, ld: i32, b: usize): void {
  for (let k = n - 1; k >= 0; k--) {
    const col = l + ((<usize>k * ld) << 3);
    const rest = dot(col + (<usize>(k + 1) << 3), b + (<usize>(k + 1) << 3), n - k - 1);
    const p = b + (<usize>k << 3);
    store<f64>(p, (load<f64>(p) - rest) / load<f64>(col + (<usize>k << 3)));
  }
}

/**
 * Solves Lᵀ·x = b in place, like `backSolveTransposed`, with the reciprocals of L's diagonal
 * given, so the loop multiplies instead of waiting on a division per entry.
 */
export function backSolveTransposedInv(l: usize, n: i32, ld: i32, invDiag: usize, b: usize): void {
  for (let k = n - 1; k >= 0; k--) {
    const col = l + ((<usize>k * ld) << 3);
    const rest = dot(col + (<usize>(k + 1) << 3), b + (<usize>(k + 1) << 3), n - k - 1);
    const p = b + (<usize>k << 3);
    store<f64>(p, (load<f64>(p) - rest) * load<f64>(invDiag + (<usize>k << 3)));
  }
}

/** Writes 1 / L[k][k] for k < n to `invDiag`. */
export function invertDiagonal(l: usize, n: i32, ld: i32, invDiag: usize): void {
  for (let k = 0; k < n; k++) {
    store<f64>(invDiag + (<usize>k << 3), 1.0 / load<f64>(l + ((<usize>k * ld + k) << 3)));
  }
}

/**
 * Replaces L (n×n, ld = n) by the factor of L·Lᵀ + x·xᵀ with n Givens rotations, O(n²)
 * (LINPACK dchud; Golub and Van Loan, §6.5.4). `x` is destroyed. The same rotations are applied
 * to [z; 0], so if z = L⁻¹·y on entry, z = L'⁻¹·y on exit and nothing needs to be re-solved.
 * `invDiag` holds 1 / L[k][k] and is kept current.
 */
export function choleskyUpdate(l: usize, n: i32, x: usize, z: usize, invDiag: usize): void {
  let zeta: f64 = 0;
  for (let k = 0; k < n; k++) {
    const col = l + ((<usize>k * n + k) << 3);
    const xk = x + (<usize>k << 3);
    const lkk = load<f64>(col);
    const xkk = load<f64>(xk);
    if (xkk == 0) continue;
    // Entries are Gram-scale (far from overflow), so the plain root is safe and much cheaper
    // than a scaled hypot.
    const inv = 1.0 / Math.sqrt(lkk * lkk + xkk * xkk);
    const c = lkk * inv;
    const s = xkk * inv;
    rotate(col, xk, c, s, n - k);
    store<f64>(xk, 0);
    // The rotated diagonal is r = √(l² + x²), so its reciprocal is already at hand.
    store<f64>(invDiag + (<usize>k << 3), inv);
    const zp = z + (<usize>k << 3);
    const zk = load<f64>(zp);
    store<f64>(zp, c * zk + s * zeta);
    zeta = c * zeta - s * zk;
  }
}
