/**
 * The buffers and settings one capacity sweep shares between its methods, allocated once per
 * sweep, and the small helpers that read them.
 */

/** Shift the reference adds to X·Xᵀ when λ = 0. */
export const MIN_NORM_SHIFT: f64 = 1e-8;

/** Status codes shared with the host. */
export const STATUS_OK: i32 = 0;
export const STATUS_NOT_SPD: i32 = 1;

/** Everything one trial needs. Matrices are column-major unless a field says otherwise. */
export class Work {
  n: i32 = 0;
  m: i32 = 0;
  dMax: i32 = 0;
  noise: f64 = 0;
  ridge: f64 = 0;
  sampled: bool = false;
  /** Feature family (features.ts); 0 is the Gaussian prefix task. */
  features: i32 = 0;
  /** Relative diagonal shift of the 1-D families when λ = 0 (features.ts, FEATURE_JITTER). */
  jitter: f64 = 0;
  /** Rows per panel of the test matrix (4 for the incremental scoring, m for column-major). */
  panel: i32 = 0;
  w: usize = 0;
  x: usize = 0;
  y: usize = 0;
  xte: usize = 0;
  yte: usize = 0;
  /** tail[d] = Σ_{j ≥ d} w_j², the signal left out at capacity d. */
  tail: usize = 0;
  /** ŵ (length dMax). */
  what: usize = 0;
  /** k×k or n×n Gram matrix, then its Cholesky factor. */
  gram: usize = 0;
  /** Reciprocals of the factor's diagonal (incremental method). */
  invDiag: usize = 0;
  rhs: usize = 0;
  tmp: usize = 0;
  alpha: usize = 0;
  /** X_d·w[:d] (incremental method), or predictions (direct method); length max(n, m). */
  pred: usize = 0;
}

/** Allocates `count` f64 values (at least one). */
export function alloc(count: i32): usize {
  return heap.alloc(<usize>max(count, 1) << 3);
}

/** The capacity at slot i of the host's list (stored as f64). */
export function dimAt(dims: usize, i: i32): i32 {
  return <i32>load<f64>(dims + (<usize>i << 3));
}

/** Address of feature column j of the training matrix. */
export function column(work: Work, j: i32): usize {
  return work.x + ((<usize>j * work.n) << 3);
}

/**
 * The shift on the dual Gram matrix: nλ for ridge, else the reference's 1e-8 for the Gaussian
 * task or the 1-D families' relative jitter.
 */
export function dualShift(work: Work): f64 {
  if (work.ridge > 0) return <f64>work.n * work.ridge;
  return work.features == 0 ? MIN_NORM_SHIFT : work.jitter;
}

/** The shift on the primal Gram matrix: nλ, or the 1-D families' jitter when λ = 0. */
export function primalShift(work: Work): f64 {
  if (work.ridge > 0) return <f64>work.n * work.ridge;
  return work.features == 0 ? 0 : work.jitter;
}

// @ts-ignore: decorator
@inline
export function f64At(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline
export function setF64(p: usize, i: i32, value: f64): void {
  store<f64>(p + (<usize>i << 3), value);
}
