/**
 * The kernel's incremental capacity sweep (assembly/incremental.ts) written again in plain
 * TypeScript, one trial at a time: the readable reference for the algorithm, the benchmark's
 * "plain JavaScript" row, and a third opinion in the tests beside the kernel's incremental and
 * direct methods.
 *
 * d < n: one Cholesky factor L of X_kᵀX_k + nλ·I (k the largest such capacity) and z = L⁻¹Xᵀy
 * serve every d: ŵ_d = L_d⁻ᵀz[:d] and SSE = ‖y‖² − ‖z[:d]‖² − nλ‖ŵ_d‖².
 * d ≥ n: K = X_d·X_dᵀ + s·I is factored once, then grows by Givens rank-one updates that also
 * carry z = L⁻¹y; with α = L⁻ᵀz, SSE = s²‖α‖², ‖ŵ‖² = ‖z‖² − s‖α‖², ŵ·w = α·(X_d·w[:d]).
 */
import type { TrialData } from '../kernel.js';

/** What one trial's sweep needs besides its data. */
export interface ReferenceSweep {
  nTrain: number;
  nTest: number;
  maxD: number;
  noise: number;
  /** Capacities, increasing, within 1..maxD. */
  dims: number[];
  /** Score on the sampled test set (the data must include it) instead of in expectation. */
  sampled: boolean;
  /** λ in (1/n)‖y − Xb‖² + λ‖b‖²; 0 for the minimum-norm fit with the reference's 1e-8. */
  ridge: number;
}

/** Train and test MSE of one trial at every listed capacity. */
export interface ReferenceResult {
  train: Float64Array;
  test: Float64Array;
}

const MIN_NORM_SHIFT = 1e-8;

/** Runs the incremental sweep on one trial's data (row-major matrices, as `trialData` returns). */
export function incrementalSweep(data: TrialData, p: ReferenceSweep): ReferenceResult {
  const { nTrain: n, maxD: D, dims } = p;
  const x = data.xTrain;
  const y = data.yTrain;
  const w = data.wTrue;
  const train = new Float64Array(dims.length);
  const test = new Float64Array(dims.length);
  // tail[d] = Σ_{j ≥ d} w_j².
  const tail = new Float64Array(D + 1);
  for (let j = D - 1; j >= 0; j--) tail[j] = tail[j + 1] + w[j] * w[j];
  const scoreTest = (fit: Float64Array, d: number): number => {
    if (p.sampled) return sampledError(data, p, fit, d);
    let gap = 0;
    for (let j = 0; j < d; j++) gap += (fit[j] - w[j]) ** 2;
    return gap + tail[d] + p.noise * p.noise;
  };

  let below = 0;
  while (below < dims.length && dims[below] < n) below++;

  if (below > 0) {
    const k = dims[below - 1];
    const nl = n * p.ridge;
    // Lower triangle of G = X_kᵀX_k + nλ·I, row-major k×k.
    const l = new Float64Array(k * k);
    for (let r = 0; r < k; r++) {
      for (let c = 0; c <= r; c++) {
        let sum = r === c ? nl : 0;
        for (let i = 0; i < n; i++) sum += x[i * D + r] * x[i * D + c];
        l[r * k + c] = sum;
      }
    }
    cholesky(l, k);
    const z = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += x[i * D + j] * y[i];
      z[j] = sum;
    }
    forwardSolve(l, k, z);
    const yy = y.reduce((sum, v) => sum + v * v, 0);
    let zz = 0;
    let done = 0;
    for (let i = 0; i < below; i++) {
      const d = dims[i];
      for (; done < d; done++) zz += z[done] * z[done];
      const fit = backSolve(l, k, d, z);
      let fitNorm = 0;
      for (let j = 0; j < d; j++) fitNorm += fit[j] * fit[j];
      const sse = yy - zz - nl * fitNorm;
      train[i] = sse < 1e-6 * yy ? residualSquares(x, n, D, y, fit, d) / n : sse / n;
      test[i] = scoreTest(fit, d);
    }
  }
  if (below === dims.length) return { train, test };

  const s = p.ridge > 0 ? n * p.ridge : MIN_NORM_SHIFT;
  const first = dims[below];
  // K = X_first·X_firstᵀ + s·I, row-major n×n lower triangle.
  const l = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c <= r; c++) {
      let sum = r === c ? s : 0;
      for (let j = 0; j < first; j++) sum += x[r * D + j] * x[c * D + j];
      l[r * n + c] = sum;
    }
  }
  cholesky(l, n);
  const z = Float64Array.from(y);
  forwardSolve(l, n, z);
  const xw = new Float64Array(n);
  let ww = 0;
  const addFeature = (j: number) => {
    for (let i = 0; i < n; i++) xw[i] += w[j] * x[i * D + j];
    ww += w[j] * w[j];
  };
  for (let j = 0; j < first; j++) addFeature(j);

  let next = below;
  for (let d = first; ; d++) {
    if (d === dims[next]) {
      const alpha = backSolve(l, n, n, z);
      const aa = alpha.reduce((sum, v) => sum + v * v, 0);
      train[next] = (s * s * aa) / n;
      if (p.sampled) {
        const fit = new Float64Array(d);
        for (let j = 0; j < d; j++) {
          for (let i = 0; i < n; i++) fit[j] += x[i * D + j] * alpha[i];
        }
        test[next] = scoreTest(fit, d);
      } else {
        let zz = 0;
        let cross = 0;
        for (let i = 0; i < n; i++) {
          zz += z[i] * z[i];
          cross += alpha[i] * xw[i];
        }
        test[next] = zz - s * aa - 2 * cross + ww + tail[d] + p.noise * p.noise;
      }
      if (++next === dims.length) break;
    }
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = x[i * D + d];
    givensUpdate(l, n, column, z);
    addFeature(d);
  }
  return { train, test };
}

// In-place Cholesky of the lower triangle of a row-major k×k matrix (Golub and Van Loan,
// Alg. 4.2.1, the row-oriented form).
function cholesky(a: Float64Array, k: number): void {
  for (let r = 0; r < k; r++) {
    for (let c = 0; c <= r; c++) {
      let sum = a[r * k + c];
      for (let j = 0; j < c; j++) sum -= a[r * k + j] * a[c * k + j];
      if (r === c) {
        if (!(sum > 0)) throw new Error('The Gram matrix is not numerically positive definite.');
        a[r * k + r] = Math.sqrt(sum);
      } else {
        a[r * k + c] = sum / a[c * k + c];
      }
    }
  }
}

// Solves L·z = b in place for the leading block of L.
function forwardSolve(l: Float64Array, k: number, b: Float64Array): void {
  for (let r = 0; r < b.length; r++) {
    let sum = b[r];
    for (let j = 0; j < r; j++) sum -= l[r * k + j] * b[j];
    b[r] = sum / l[r * k + r];
  }
}

// Returns x with L_dᵀ·x = b[:d], L_d the leading d×d block of the k×k factor.
function backSolve(l: Float64Array, k: number, d: number, b: Float64Array): Float64Array {
  const out = b.slice(0, d);
  for (let r = d - 1; r >= 0; r--) {
    let sum = out[r];
    for (let j = r + 1; j < d; j++) sum -= l[j * k + r] * out[j];
    out[r] = sum / l[r * k + r];
  }
  return out;
}

// L·Lᵀ + v·vᵀ by Givens rotations (LINPACK dchud), carrying z = L⁻¹y along; v is destroyed.
function givensUpdate(l: Float64Array, n: number, v: Float64Array, z: Float64Array): void {
  let zeta = 0;
  for (let k = 0; k < n; k++) {
    const lkk = l[k * n + k];
    const vk = v[k];
    if (vk === 0) continue;
    const r = Math.sqrt(lkk * lkk + vk * vk);
    const c = lkk / r;
    const s = vk / r;
    for (let i = k; i < n; i++) {
      const a = l[i * n + k];
      l[i * n + k] = c * a + s * v[i];
      v[i] = c * v[i] - s * a;
    }
    const zk = z[k];
    z[k] = c * zk + s * zeta;
    zeta = c * zeta - s * zk;
  }
}

function residualSquares(
  x: Float64Array,
  n: number,
  D: number,
  y: Float64Array,
  fit: Float64Array,
  d: number,
): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let r = y[i];
    for (let j = 0; j < d; j++) r -= x[i * D + j] * fit[j];
    sum += r * r;
  }
  return sum;
}

function sampledError(data: TrialData, p: ReferenceSweep, fit: Float64Array, d: number): number {
  const xte = data.xTest!;
  const yte = data.yTest!;
  let sum = 0;
  for (let i = 0; i < p.nTest; i++) {
    let r = yte[i];
    for (let j = 0; j < d; j++) r -= xte[i * p.maxD + j] * fit[j];
    sum += r * r;
  }
  return sum / p.nTest;
}
