/**
 * The synthetic task of the reference experiment: w_true ~ N(0, I/D), Gaussian inputs, labels
 * y = X·w_true + noise·ε. With the numpy stream the draws follow the reference's order exactly:
 * w_true, training matrix (row by row), test matrix, training noise, test noise.
 */
import { RNG_NUMPY, nextGauss, seedStream, skipGauss } from './random';
import { axpy } from './vector';

/**
 * Generates one trial. X (n×D) and Xte (m×D) are stored column-major, so feature j of every
 * sample is contiguous. When `xte` is 0 the test set is not wanted: the numpy stream advances past
 * it so the training noise still matches NumPy; the fast stream draws the test set last and so
 * simply stops early, keeping the training data independent of the test-error mode.
 */
export function generateTrial(
  rngKind: i32,
  seed: u32,
  n: i32,
  m: i32,
  dMax: i32,
  noise: f64,
  w: usize,
  x: usize,
  y: usize,
  xte: usize,
  yte: usize,
): void {
  seedStream(rngKind, seed);

  const root = Math.sqrt(<f64>dMax);
  for (let j = 0; j < dMax; j++) store<f64>(w + (<usize>j << 3), nextGauss() / root);
  fillRowMajor(x, n, dMax);

  if (rngKind == RNG_NUMPY) {
    if (xte != 0) fillRowMajor(xte, m, dMax);
    else skipGauss(m * dMax);
    labels(x, w, n, dMax, noise, y);
    if (xte != 0) labels(xte, w, m, dMax, noise, yte);
  } else {
    labels(x, w, n, dMax, noise, y);
    if (xte != 0) {
      fillRowMajor(xte, m, dMax);
      labels(xte, w, m, dMax, noise, yte);
    }
  }
}

// Draws a rows×cols matrix in row order (NumPy's) into column-major storage.
function fillRowMajor(a: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      store<f64>(a + ((<usize>j * rows + i) << 3), nextGauss());
    }
  }
}

// y = A·w + noise·ε, with ε drawn after the product as the reference does.
function labels(a: usize, w: usize, rows: i32, cols: i32, noise: f64, y: usize): void {
  for (let i = 0; i < rows; i++) store<f64>(y + (<usize>i << 3), 0);
  for (let j = 0; j < cols; j++) {
    axpy(y, load<f64>(w + (<usize>j << 3)), a + ((<usize>j * rows) << 3), rows);
  }
  for (let i = 0; i < rows; i++) {
    const p = y + (<usize>i << 3);
    store<f64>(p, load<f64>(p) + noise * nextGauss());
  }
}
