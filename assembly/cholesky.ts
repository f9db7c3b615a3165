/**
 * Cholesky factorisation K = L·Lᵀ of a symmetric positive-definite matrix, the triangular solves
 * that use it, and the square-root-free rank-one update of the equivalent L₁·D·L₁ᵀ form.
 * Matrices are column-major with leading dimension `ld`, so column k of L (row k of Lᵀ) is
 * contiguous.
 */
import { axpy, dot } from './vector';

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
 * Rewrites the Cholesky factor L (n×n, ld = n) as K = L₁·D·L₁ᵀ with L₁ unit lower triangular:
 * the strictly lower part of `l` becomes L₁ and its diagonal holds D. Given z = L⁻¹·y it
 * writes u = D⁻¹·L₁⁻¹·y = D^(−1/2)·z to `u`, the right-hand side `ldlUpdate` carries.
 */
export function choleskyToLdl(l: usize, n: i32, z: usize, u: usize): void {
  for (let k = 0; k < n; k++) {
    const col = l + ((<usize>k * n) << 3);
    const lkk = load<f64>(col + (<usize>k << 3));
    const inv = 1.0 / lkk;
    for (let i = k + 1; i < n; i++) {
      const p = col + (<usize>i << 3);
      store<f64>(p, load<f64>(p) * inv);
    }
    store<f64>(col + (<usize>k << 3), lkk * lkk);
    store<f64>(u + (<usize>k << 3), load<f64>(z + (<usize>k << 3)) * inv);
  }
}

/**
 * Replaces the factors L₁·D·L₁ᵀ (layout of `choleskyToLdl`) by those of L₁·D·L₁ᵀ + x·xᵀ, O(n²),
 * without square roots: method C1 of Gill, Golub, Murray and Saunders, "Methods for modifying
 * matrix factorizations", Math. Comp. 28 (1974). Each column costs two multiply-adds per entry
 * (a Givens rotation costs four multiplies and two adds) and the step-to-step dependence is one
 * division instead of a square root and a division. `x` is destroyed.
 *
 * If u = D⁻¹·L₁⁻¹·y on entry, it is the same for the new factors on exit. That is the bottom
 * row of the factor of the bordered matrix [K y; yᵀ c], whose leading block receives the same
 * update, so u is swept along as one more row of L₁ and K⁻¹y = L₁⁻ᵀ·u needs no forward solve.
 */
export function ldlUpdate(l: usize, n: i32, x: usize, u: usize): void {
  let a: f64 = 1; // the running weight of the remaining rank-one term
  let tail: f64 = 0; // the bordered row's entry of the working vector (x is 0 there)
  for (let j = 0; j < n; j++) {
    const p = load<f64>(x + (<usize>j << 3));
    if (p == 0) continue;
    const diag = l + ((<usize>j * n + j) << 3);
    const dj = load<f64>(diag);
    const dNew = dj + a * p * p;
    const inv = 1.0 / dNew;
    const beta = p * a * inv;
    a = dj * a * inv;
    store<f64>(diag, dNew);
    shear(x + (<usize>(j + 1) << 3), diag + 8, p, beta, n - j - 1);
    const up = u + (<usize>j << 3);
    tail -= p * load<f64>(up);
    store<f64>(up, load<f64>(up) + beta * tail);
  }
}

/**
 * Solves L₁ᵀ·x = b in place for the unit lower triangular L₁ stored below the diagonal of `l`
 * (n×n, ld = n); the diagonal itself (D) is not read. Rows are taken four at a time: their
 * products with the already solved entries below the block are four dot products sharing one
 * pass over x (each x loaded once, one reduction per block instead of one per row), and only
 * the small triangle inside the block is left to solve in order.
 */
export function unitBackSolveTransposed(l: usize, n: i32, b: usize): void {
  let top = n; // rows top…n − 1 are solved
  while (top > 0) {
    const first = max(top - 4, 0);
    const c0 = l + ((<usize>first * n) << 3);
    const stride = <usize>n << 3;
    // rest[r] = Σ_{i ≥ top} L₁[i][first + r]·x[i], for the (up to) four rows of the block.
    let r0: f64 = 0, r1: f64 = 0, r2: f64 = 0, r3: f64 = 0;
    const rows = top - first;
    if (rows == 4) {
      let i = top;
      if (ASC_FEATURE_SIMD) {
        let a0 = f64x2.splat(0), a1 = f64x2.splat(0), a2 = f64x2.splat(0), a3 = f64x2.splat(0);
        for (; i + 2 <= n; i += 2) {
          const o = <usize>i << 3;
          const xv = v128.load(b + o);
          a0 = f64x2.add(a0, f64x2.mul(v128.load(c0 + o), xv));
          a1 = f64x2.add(a1, f64x2.mul(v128.load(c0 + stride + o), xv));
          a2 = f64x2.add(a2, f64x2.mul(v128.load(c0 + 2 * stride + o), xv));
          a3 = f64x2.add(a3, f64x2.mul(v128.load(c0 + 3 * stride + o), xv));
        }
        r0 = f64x2.extract_lane(a0, 0) + f64x2.extract_lane(a0, 1);
        r1 = f64x2.extract_lane(a1, 0) + f64x2.extract_lane(a1, 1);
        r2 = f64x2.extract_lane(a2, 0) + f64x2.extract_lane(a2, 1);
        r3 = f64x2.extract_lane(a3, 0) + f64x2.extract_lane(a3, 1);
      }
      for (; i < n; i++) {
        const o = <usize>i << 3;
        const xi = load<f64>(b + o);
        r0 += load<f64>(c0 + o) * xi;
        r1 += load<f64>(c0 + stride + o) * xi;
        r2 += load<f64>(c0 + 2 * stride + o) * xi;
        r3 += load<f64>(c0 + 3 * stride + o) * xi;
      }
      // The block's own triangle, bottom row first.
      const x3 = load<f64>(b + (<usize>(first + 3) << 3)) - r3;
      store<f64>(b + (<usize>(first + 3) << 3), x3);
      const x2 = load<f64>(b + (<usize>(first + 2) << 3)) - r2 -
        load<f64>(c0 + 2 * stride + (<usize>(first + 3) << 3)) * x3;
      store<f64>(b + (<usize>(first + 2) << 3), x2);
      const x1 = load<f64>(b + (<usize>(first + 1) << 3)) - r1 -
        load<f64>(c0 + stride + (<usize>(first + 2) << 3)) * x2 -
        load<f64>(c0 + stride + (<usize>(first + 3) << 3)) * x3;
      store<f64>(b + (<usize>(first + 1) << 3), x1);
      const x0 = load<f64>(b + (<usize>first << 3)) - r0 -
        load<f64>(c0 + (<usize>(first + 1) << 3)) * x1 -
        load<f64>(c0 + (<usize>(first + 2) << 3)) * x2 -
        load<f64>(c0 + (<usize>(first + 3) << 3)) * x3;
      store<f64>(b + (<usize>first << 3), x0);
    } else {
      // The last few rows (n not a multiple of 4), one at a time.
      for (let k = top - 1; k >= first; k--) {
        const col = l + ((<usize>k * n) << 3);
        const rest = dot(col + (<usize>(k + 1) << 3), b + (<usize>(k + 1) << 3), n - k - 1);
        const p = b + (<usize>k << 3);
        store<f64>(p, load<f64>(p) - rest);
      }
    }
    top = first;
  }
}

// The inner loop of C1 over one column: w ← w − p·l, then l ← l + β·w (the new w).
// @ts-ignore: decorator
@inline
function shear(w: usize, l: usize, p: f64, beta: f64, count: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const vp = f64x2.splat(p);
    const vb = f64x2.splat(beta);
    for (; i + 2 <= count; i += 2) {
      const o = <usize>i << 3;
      const wv = f64x2.sub(v128.load(w + o), f64x2.mul(vp, v128.load(l + o)));
      v128.store(w + o, wv);
      v128.store(l + o, f64x2.add(v128.load(l + o), f64x2.mul(vb, wv)));
    }
  }
  for (; i < count; i++) {
    const o = <usize>i << 3;
    const wv = load<f64>(w + o) - p * load<f64>(l + o);
    store<f64>(w + o, wv);
    store<f64>(l + o, load<f64>(l + o) + beta * wv);
  }
}
