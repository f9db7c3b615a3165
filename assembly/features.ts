/**
 * The 1-D regression task behind the `relu` and `fourier` feature families: inputs x uniform on
 * [−1, 1], a smooth target f(x) = sin(3x) + 0.4·cos(8x), noisy labels f(x) + σε, and D random
 * features of x. Capacity d uses the first d features.
 * - relu ("hinge"): φ_k(x) = max(0, s_k·(x − t_k)) with random signs s_k and knots t_k at the
 *   training inputs, taken in random order (a fresh permutation for every n features). Knots
 *   uniform on [−1, 1] would leave most gaps between neighbouring inputs without a kink, and the
 *   features could not interpolate until d ≫ n; at the inputs, d = n features span every
 *   labelling (the smallest input's hinge opens upward and the largest's downward, so no feature
 *   is zero on all inputs). The wide minimum-norm fit is a smooth spline-like interpolant.
 * - fourier: φ_k(x) = √2·cos(ω_k·x + b_k), ω_k ~ N(0, 5²), b_k uniform on [0, 2π). On a 1-D
 *   input many of these are nearly collinear, so the Gram matrix is badly conditioned.
 */
import { backSolveTransposed, choleskyFactor, forwardSolve } from './cholesky';
import { leastSquaresQR, minimumNormQR } from './qr';
import { nextDouble, nextGauss, seedStream } from './random';
import { axpy, dot, fill } from './vector';
import { Work, f64At, setF64 } from './work';

/** Feature family identifiers shared with the host. */
export const FEATURES_GAUSSIAN: i32 = 0;
export const FEATURES_RELU: i32 = 1;
export const FEATURES_FOURIER: i32 = 2;

const FOURIER_SCALE: f64 = 5;
const TWO_PI: f64 = 6.283185307179586;

/**
 * Relative shift added to either Gram diagonal (times its mean) for the 1-D families when λ = 0,
 * in place of the Gaussian task's absolute 1e-8. Hinge features of two nearly coincident inputs
 * give X·Xᵀ eigenvalues far below 1e-8, so an absolute shift would visibly stop the fit short of
 * the points; a relative one keeps Cholesky defined (random Fourier features are numerically
 * collinear) and, where it matters, makes the fit a ridge fit with that tiny λ.
 */
export const FEATURE_JITTER: f64 = 1e-12;

/**
 * The same for random Fourier features, larger: their Gram matrix is numerically singular, so the
 * fit is defined by the shift, and 1e-12 would leave it at the mercy of rounding (two correct
 * solvers then differ by several per cent); 1e-9 makes it a well-defined, still tiny, ridge.
 */
export const FOURIER_JITTER: f64 = 1e-9;

/** The relative shift of family `kind`. */
export function jitterOf(kind: i32): f64 {
  return kind == FEATURES_FOURIER ? FOURIER_JITTER : FEATURE_JITTER;
}

/** Quadrature nodes of the expected test error of the 1-D families (midpoint rule). */
export const QUADRATURE_POINTS: i32 = 1024;

/** The target function of the 1-D task. */
export function target(x: f64): f64 {
  return Math.sin(3.0 * x) + 0.4 * Math.cos(8.0 * x);
}

/** Feature k of family `kind` at x, from its parameters a (knot or frequency) and b. */
// @ts-ignore: decorator
@inline
export function feature(kind: i32, a: f64, b: f64, x: f64): f64 {
  if (kind == FEATURES_RELU) return max(0.0, b * (x - a));
  return Math.SQRT2 * Math.cos(a * x + b);
}

/**
 * Draws one trial: training inputs and noisy labels, then the parameters of D features
 * (a: knot or frequency, b: sign or phase), in that order from the seeded stream.
 */
export function drawFeatureTrial(
  rngKind: i32,
  seed: u32,
  kind: i32,
  n: i32,
  dMax: i32,
  noise: f64,
  inputs: usize,
  y: usize,
  a: usize,
  b: usize,
): void {
  seedStream(rngKind, seed);
  for (let i = 0; i < n; i++) setF64(inputs, i, 2.0 * nextDouble() - 1.0);
  for (let i = 0; i < n; i++) setF64(y, i, target(f64At(inputs, i)) + noise * nextGauss());
  if (kind != FEATURES_RELU) {
    for (let k = 0; k < dMax; k++) {
      setF64(a, k, FOURIER_SCALE * nextGauss());
      setF64(b, k, TWO_PI * nextDouble());
    }
    return;
  }

  let lowest = f64At(inputs, 0);
  let highest = lowest;
  for (let i = 1; i < n; i++) {
    lowest = min(lowest, f64At(inputs, i));
    highest = max(highest, f64At(inputs, i));
  }
  const order = heap.alloc(<usize>n << 2);
  for (let k = 0; k < dMax; k++) {
    const slot = k % n;
    if (slot == 0) shuffle(order, n);
    const knot = f64At(inputs, load<i32>(order + (<usize>slot << 2)));
    let sign = nextDouble() < 0.5 ? -1.0 : 1.0;
    if (knot == lowest) sign = 1.0;
    else if (knot == highest) sign = -1.0;
    setF64(a, k, knot);
    setF64(b, k, sign);
  }
  heap.free(order);
}

// A uniformly random permutation of 0..n−1 (Fisher–Yates, Knuth TAOCP vol. 2, Alg. 3.4.2 P).
function shuffle(order: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<i32>(order + (<usize>i << 2), i);
  for (let i = n - 1; i > 0; i--) {
    const j = min(<i32>(nextDouble() * <f64>(i + 1)), i);
    const p = order + (<usize>i << 2);
    const q = order + (<usize>j << 2);
    const swap = load<i32>(p);
    store<i32>(p, load<i32>(q));
    store<i32>(q, swap);
  }
}

/** Fills the rows×dMax feature matrix (column-major) of the given inputs. */
export function featureMatrix(
  kind: i32, a: usize, b: usize, dMax: i32, inputs: usize, rows: i32, out: usize,
): void {
  for (let k = 0; k < dMax; k++) {
    const ak = f64At(a, k);
    const bk = f64At(b, k);
    const col = out + ((<usize>k * rows) << 3);
    for (let i = 0; i < rows; i++) setF64(col, i, feature(kind, ak, bk, f64At(inputs, i)));
  }
}

/** `count` midpoints of equal cells of [−1, 1]: the quadrature nodes of the expected error. */
export function midpointGrid(count: i32, out: usize): void {
  for (let i = 0; i < count; i++) setF64(out, i, -1.0 + (2.0 * (<f64>i + 0.5)) / <f64>count);
}

/**
 * Fits capacity d on one trial and evaluates the fitted function on `gridCount` points spanning
 * [−1, 1]: writes the grid, f on it, the fit on it, the training inputs and labels, and the fit
 * at the training inputs (so a reader can see whether it interpolates). The fit
 * is least squares for d < n and the minimum-norm interpolant for d ≥ n: by Householder QR for
 * hinge features (well defined but too ill-conditioned for the Gram matrix), by Cholesky with the
 * relative shift FOURIER_JITTER for Fourier features (numerically rank-deficient, so the shift
 * is what makes the fit defined), and with nλ on the diagonal when λ > 0. Returns 0, or 1 if
 * the Gram matrix could not be factored.
 */
export function fitFunction(
  rngKind: i32, seed: u32, kind: i32, n: i32, dMax: i32, noise: f64, ridge: f64, d: i32,
  gridCount: i32, outGrid: usize, outTruth: usize, outFit: usize, outInputs: usize, outY: usize,
  outFitTrain: usize,
): i32 {
  const a = heap.alloc(<usize>dMax << 3);
  const b = heap.alloc(<usize>dMax << 3);
  const x = heap.alloc(<usize>(n * dMax) << 3);
  const side = min(n, d);
  const gram = heap.alloc(<usize>max(side * side, 1) << 3);
  const what = heap.alloc(<usize>max(d, n) << 3);
  const alpha = heap.alloc(<usize>n << 3);

  drawFeatureTrial(rngKind, seed, kind, n, dMax, noise, outInputs, outY, a, b);
  featureMatrix(kind, a, b, d, outInputs, n, x);
  const status = kind == FEATURES_RELU && ridge == 0
    ? solveCapacityQR(x, n, d, outY, what)
    : solveCapacity(x, n, d, outY, ridge, jitterOf(kind), gram, alpha, what);

  for (let g = 0; g < gridCount; g++) {
    const t = gridCount > 1 ? -1.0 + (2.0 * <f64>g) / <f64>(gridCount - 1) : 0.0;
    setF64(outGrid, g, t);
    setF64(outTruth, g, target(t));
    let value: f64 = 0;
    for (let k = 0; k < d; k++) {
      value += f64At(what, k) * feature(kind, f64At(a, k), f64At(b, k), t);
    }
    setF64(outFit, g, status == 0 ? value : 0);
  }
  fill(outFitTrain, 0, n);
  if (status == 0) {
    for (let k = 0; k < d; k++) axpy(outFitTrain, f64At(what, k), x + ((<usize>k * n) << 3), n);
  }
  heap.free(a);
  heap.free(b);
  heap.free(x);
  heap.free(gram);
  heap.free(what);
  heap.free(alpha);
  return status;
}

/**
 * Solves for ŵ (length d) on the n×d column-major x: primal normal equations for d < n, else
 * ŵ = Xᵀ(X·Xᵀ + s·I)⁻¹y; the diagonal shift is nλ, or the relative `jitter` when λ = 0.
 */
export function solveCapacity(
  x: usize, n: i32, d: i32, y: usize, ridge: f64, jitter: f64, gram: usize, alpha: usize,
  what: usize,
): i32 {
  if (d < n) {
    let trace: f64 = 0;
    for (let c = 0; c < d; c++) {
      for (let r = c; r < d; r++) {
        const value = dot(x + ((<usize>r * n) << 3), x + ((<usize>c * n) << 3), n);
        setF64(gram, c * d + r, value);
        if (r == c) trace += value;
      }
    }
    const shift = ridge > 0 ? <f64>n * ridge : (jitter * trace) / <f64>d;
    for (let c = 0; c < d; c++) setF64(gram, c * d + c, f64At(gram, c * d + c) + shift);
    if (choleskyFactor(gram, d, d) != 0) return 1;
    for (let c = 0; c < d; c++) setF64(what, c, dot(x + ((<usize>c * n) << 3), y, n));
    forwardSolve(gram, d, d, what);
    backSolveTransposed(gram, d, d, what);
    return 0;
  }
  fill(gram, 0, n * n);
  for (let j = 0; j < d; j++) {
    const xj = x + ((<usize>j * n) << 3);
    for (let c = 0; c < n; c++) {
      axpy(gram + ((<usize>c * n + c) << 3), f64At(xj, c), xj + (<usize>c << 3), n - c);
    }
  }
  let trace: f64 = 0;
  for (let c = 0; c < n; c++) trace += f64At(gram, c * n + c);
  const shift = ridge > 0 ? <f64>n * ridge : (jitter * trace) / <f64>n;
  for (let c = 0; c < n; c++) setF64(gram, c * n + c, f64At(gram, c * n + c) + shift);
  if (choleskyFactor(gram, n, n) != 0) return 1;
  memory.copy(alpha, y, <usize>n << 3);
  forwardSolve(gram, n, n, alpha);
  backSolveTransposed(gram, n, n, alpha);
  for (let c = 0; c < d; c++) setF64(what, c, dot(x + ((<usize>c * n) << 3), alpha, n));
  return 0;
}

/** Exact least squares (d < n) or minimum-norm interpolant (d ≥ n) by Householder QR. */
export function solveCapacityQR(x: usize, n: i32, d: i32, y: usize, what: usize): i32 {
  const rows = max(n, d);
  const a = heap.alloc(<usize>(n * d) << 3);
  const tau = heap.alloc(<usize>min(n, d) << 3);
  const rhs = heap.alloc(<usize>rows << 3);
  memory.copy(rhs, y, <usize>n << 3);
  if (d < n) {
    memory.copy(a, x, <usize>(n * d) << 3);
    leastSquaresQR(a, n, d, rhs, tau, what);
  } else {
    // Xᵀ, column-major d×n: column i is sample i's features.
    for (let j = 0; j < d; j++) {
      for (let i = 0; i < n; i++) setF64(a, i * d + j, f64At(x, j * n + i));
    }
    minimumNormQR(a, d, n, rhs, tau, what);
  }
  heap.free(a);
  heap.free(tau);
  heap.free(rhs);
  let finite = true;
  for (let k = 0; k < d; k++) finite = finite && isFinite(f64At(what, k));
  return finite ? 0 : 1;
}

/**
 * Fills one trial of a 1-D family into a capacity sweep's buffers: X = features of the training
 * inputs (n×D, column-major), y, and the test matrix in work.panel-row panels with its targets:
 * noisy labels at fresh uniform inputs, or f itself at the quadrature midpoints. w_true is zero
 * (there is none). Returns the relative jitter for this trial's Gram matrices.
 */
export function generateFeatureTrial(rngKind: i32, seed: u32, work: Work, quadrature: bool): f64 {
  const n = work.n;
  const m = work.m;
  const dMax = work.dMax;
  const inputs = heap.alloc(<usize>max(n, m) << 3);
  const a = heap.alloc(<usize>dMax << 3);
  const b = heap.alloc(<usize>dMax << 3);

  drawFeatureTrial(rngKind, seed, work.features, n, dMax, work.noise, inputs, work.y, a, b);
  featureMatrix(work.features, a, b, dMax, inputs, n, work.x);
  fill(work.w, 0, dMax);

  if (quadrature) midpointGrid(m, inputs);
  else for (let i = 0; i < m; i++) setF64(inputs, i, 2.0 * nextDouble() - 1.0);
  const panel = work.panel;
  for (let i = 0; i < m; i++) {
    const xi = f64At(inputs, i);
    const label = target(xi) + (quadrature ? 0.0 : work.noise * nextGauss());
    setF64(work.yte, i, label);
    const base = (i / panel) * dMax * panel + (i % panel);
    for (let k = 0; k < dMax; k++) {
      setF64(work.xte, base + k * panel, feature(work.features, f64At(a, k), f64At(b, k), xi));
    }
  }

  // Mean squared feature value times n: the scale of a Gram diagonal at d = n.
  const total = dot(work.x, work.x, n * dMax);
  heap.free(inputs);
  heap.free(a);
  heap.free(b);
  return (jitterOf(work.features) * total) / <f64>dMax;
}
