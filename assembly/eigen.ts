/**
 * Symmetric eigendecomposition by the cyclic Jacobi method (Golub and Van Loan, Matrix
 * Computations, 4th ed., §8.5, Alg. 8.5.3). It is slower than tridiagonal QR for large matrices,
 * but the matrices here are at most a few hundred wide, and Jacobi computes small eigenvalues to
 * high relative accuracy, which the training-time curves need: their slowest modes decay as
 * (1 − η·μ)^t with the smallest μ.
 */

const MAX_SWEEPS: i32 = 60;

/**
 * Diagonalises the symmetric n×n matrix `a` (column-major, full storage, destroyed): on return
 * values[i] are the eigenvalues and column i of `vectors` (n×n, column-major) the matching
 * orthonormal eigenvector. Returns the number of sweeps used, or −1 if it did not converge.
 */
export function symmetricEigen(a: usize, n: i32, values: usize, vectors: usize): i32 {
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) at(vectors, n, i, j, i == j ? 1.0 : 0.0);
  }
  let scale: f64 = 0;
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) scale += get(a, n, i, j) ** 2;
  const tolerance = 1e-30 * max(scale, 1e-300);

  let sweeps = 0;
  for (; sweeps < MAX_SWEEPS; sweeps++) {
    let off: f64 = 0;
    for (let q = 1; q < n; q++) for (let p = 0; p < q; p++) off += get(a, n, p, q) ** 2;
    if (off <= tolerance) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) rotatePair(a, vectors, n, p, q);
    }
  }
  for (let i = 0; i < n; i++) store<f64>(values + (<usize>i << 3), get(a, n, i, i));
  return sweeps < MAX_SWEEPS ? sweeps + 1 : -1;
}

// One Jacobi rotation zeroing a[p][q] (Golub and Van Loan, Alg. 8.5.1, the stable choice of t).
function rotatePair(a: usize, v: usize, n: i32, p: i32, q: i32): void {
  const apq = get(a, n, p, q);
  if (apq == 0) return;
  const app = get(a, n, p, p);
  const aqq = get(a, n, q, q);
  const theta = (aqq - app) / (2.0 * apq);
  const t = (theta >= 0 ? 1.0 : -1.0) / (Math.abs(theta) + Math.sqrt(1.0 + theta * theta));
  const c = 1.0 / Math.sqrt(1.0 + t * t);
  const s = t * c;

  // A ← Jᵀ·A·J on rows and columns p and q.
  for (let k = 0; k < n; k++) {
    const akp = get(a, n, k, p);
    const akq = get(a, n, k, q);
    at(a, n, k, p, c * akp - s * akq);
    at(a, n, k, q, s * akp + c * akq);
  }
  for (let k = 0; k < n; k++) {
    const apk = get(a, n, p, k);
    const aqk = get(a, n, q, k);
    at(a, n, p, k, c * apk - s * aqk);
    at(a, n, q, k, s * apk + c * aqk);
  }
  at(a, n, p, q, 0);
  at(a, n, q, p, 0);

  for (let k = 0; k < n; k++) {
    const vkp = get(v, n, k, p);
    const vkq = get(v, n, k, q);
    at(v, n, k, p, c * vkp - s * vkq);
    at(v, n, k, q, s * vkp + c * vkq);
  }
}

// @ts-ignore: decorator
@inline
function get(a: usize, n: i32, i: i32, j: i32): f64 {
  return load<f64>(a + ((<usize>j * n + i) << 3));
}

// @ts-ignore: decorator
@inline
function at(a: usize, n: i32, i: i32, j: i32, value: f64): void {
  store<f64>(a + ((<usize>j * n + i) << 3), value);
}
