/**
 * An independent plain-TypeScript solver for the tests: Householder QR, never the normal
 * equations the kernel uses. The fit for capacity d minimises ‖y − X_d·b‖² + s‖b‖², solved as
 * the least-squares problem [X_d; √s·I]·b ≈ [y; 0]; with s = 0 for d < n this is ordinary least
 * squares, and with s = 1e-8 for d ≥ n it is exactly the reference's Xᵀ(X·Xᵀ + s·I)⁻¹y.
 */

/** Solves min ‖A·b − rhs‖ for a full-column-rank rows×cols A (row-major) by Householder QR. */
export function householderLeastSquares(
  a: Float64Array,
  rows: number,
  cols: number,
  rhs: Float64Array,
): Float64Array {
  const r = Float64Array.from(a);
  const q = Float64Array.from(rhs);
  for (let k = 0; k < cols; k++) {
    let norm = 0;
    for (let i = k; i < rows; i++) norm += r[i * cols + k] ** 2;
    norm = Math.sqrt(norm);
    const alpha = r[k * cols + k] > 0 ? -norm : norm;
    const v = new Float64Array(rows);
    for (let i = k; i < rows; i++) v[i] = r[i * cols + k];
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < rows; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    for (let j = k; j < cols; j++) {
      let s = 0;
      for (let i = k; i < rows; i++) s += v[i] * r[i * cols + j];
      const f = (2 * s) / vv;
      for (let i = k; i < rows; i++) r[i * cols + j] -= f * v[i];
    }
    let s = 0;
    for (let i = k; i < rows; i++) s += v[i] * q[i];
    const f = (2 * s) / vv;
    for (let i = k; i < rows; i++) q[i] -= f * v[i];
  }
  const b = new Float64Array(cols);
  for (let k = cols - 1; k >= 0; k--) {
    let s = q[k];
    for (let j = k + 1; j < cols; j++) s -= r[k * cols + j] * b[j];
    b[k] = s / r[k * cols + k];
  }
  return b;
}

/** Fits capacity d on row-major X (n×D) with shift s on ‖b‖² (see the module comment). */
export function fitCapacity(
  x: Float64Array,
  n: number,
  dMax: number,
  y: Float64Array,
  d: number,
  shift: number,
): Float64Array {
  const rows = shift > 0 ? n + d : n;
  const a = new Float64Array(rows * d);
  const rhs = new Float64Array(rows);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) a[i * d + j] = x[i * dMax + j];
    rhs[i] = y[i];
  }
  if (shift > 0) for (let j = 0; j < d; j++) a[(n + j) * d + j] = Math.sqrt(shift);
  return householderLeastSquares(a, rows, d, rhs);
}

/** Mean squared error of the prefix model b on row-major inputs (rows×dMax). */
export function meanSquaredError(
  x: Float64Array,
  rows: number,
  dMax: number,
  y: Float64Array,
  b: Float64Array,
): number {
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    let prediction = 0;
    for (let j = 0; j < b.length; j++) prediction += x[i * dMax + j] * b[j];
    sum += (prediction - y[i]) ** 2;
  }
  return sum / rows;
}

/** Expected test MSE of b for x ~ N(0, I): ‖b − w[:d]‖² + ‖w[d:]‖² + σ². */
export function expectedTestError(b: Float64Array, wTrue: Float64Array, noise: number): number {
  let sum = noise * noise;
  for (let j = 0; j < wTrue.length; j++) sum += ((j < b.length ? b[j] : 0) - wTrue[j]) ** 2;
  return sum;
}
