/**
 * The synthetic task of the reference experiment: w_true ~ N(0, I/D), Gaussian inputs, labels
 * y = X·w_true + noise·ε. With the numpy stream the draws follow the reference's order exactly:
 * w_true, training matrix (row by row), test matrix, training noise, test noise.
 */
import { RNG_NUMPY, fillGauss, nextGauss, seedStream, skipGauss } from './random';
import { axpy } from './vector';

/**
 * Generates one trial. X (n×D) is stored column-major, so feature j of every sample is
 * contiguous; Xte (m×D) is stored in row panels of `panel` rows: entry (i, j) at
 * ((i / panel)·dMax + j)·panel + i % panel. With panel = m that is plain column-major; the
 * sampled scoring asks for panels of 4 so that its inner loop reads memory in order. The last
 * panel is padded with zero rows (and zero labels), which add nothing to any squared error.
 * When `xte` is 0 the test set is not wanted: the numpy stream advances past it so the training
 * noise still matches NumPy; the fast stream draws the test set last and so simply stops early,
 * keeping the training data independent of the test-error mode.
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
  panel: i32,
): void {
  seedStream(rngKind, seed);

  const root = Math.sqrt(<f64>dMax);
  fillGauss(w, dMax, 8);
  for (let j = 0; j < dMax; j++) {
    store<f64>(w + (<usize>j << 3), load<f64>(w + (<usize>j << 3)) / root);
  }
  fillRowMajor(x, n, dMax, n);

  if (rngKind == RNG_NUMPY) {
    if (xte != 0) fillRowMajor(xte, m, dMax, panel);
    else skipGauss(m * dMax);
    labels(x, w, n, dMax, noise, y, n);
    if (xte != 0) labels(xte, w, m, dMax, noise, yte, panel);
  } else {
    labels(x, w, n, dMax, noise, y, n);
    if (xte != 0) {
      fillRowMajor(xte, m, dMax, panel);
      labels(xte, w, m, dMax, noise, yte, panel);
    }
  }
}

// Draws a rows×cols matrix in row order (NumPy's) into row panels of `panel` rows.
function fillRowMajor(a: usize, rows: i32, cols: i32, panel: i32): void {
  const padded = ((rows + panel - 1) / panel) * panel;
  for (let i = rows; i < padded; i++) {
    for (let j = 0; j < cols; j++) store<f64>(a + (<usize>entry(i, j, cols, panel) << 3), 0);
  }
  for (let i = 0; i < rows; i++) {
    fillGauss(a + (<usize>entry(i, 0, cols, panel) << 3), cols, <usize>panel << 3);
  }
}

// @ts-ignore: decorator
@inline
function entry(i: i32, j: i32, cols: i32, panel: i32): i32 {
  return ((i / panel) * cols + j) * panel + (i % panel);
}

// y = A·w + noise·ε, with ε drawn after the product as the reference does.
function labels(a: usize, w: usize, rows: i32, cols: i32, noise: f64, y: usize, panel: i32): void {
  for (let i = 0; i < rows; i++) store<f64>(y + (<usize>i << 3), 0);
  if (ASC_FEATURE_SIMD && panel == 4) {
    panelLabels(a, w, rows, cols, y);
  } else {
    for (let start = 0; start < rows; start += panel) {
      const count = min(panel, rows - start);
      const block = a + ((<usize>start * cols) << 3);
      for (let j = 0; j < cols; j++) {
        const wj = load<f64>(w + (<usize>j << 3));
        axpy(y + (<usize>start << 3), wj, block + ((<usize>j * panel) << 3), count);
      }
    }
  }
  for (let i = 0; i < rows; i++) {
    const p = y + (<usize>i << 3);
    store<f64>(p, load<f64>(p) + noise * nextGauss());
  }
}

// A·w for 4-row panels, each panel's four sums kept in registers across the columns. The sums
// take the terms in the same order, with the same operations, as the axpy loop above, so the
// labels are identical; only the call per column and the stores in between are gone. Rows of
// the zero-padded last panel are computed too but never stored.
function panelLabels(a: usize, w: usize, rows: i32, cols: i32, y: usize): void {
  for (let start = 0; start < rows; start += 4) {
    const block = a + ((<usize>start * cols) << 3);
    let lo = f64x2.splat(0);
    let hi = f64x2.splat(0);
    for (let j = 0; j < cols; j++) {
      const wj = v128.load64_splat(w + (<usize>j << 3));
      const x = block + (<usize>j << 5);
      lo = f64x2.add(lo, f64x2.mul(wj, v128.load(x)));
      hi = f64x2.add(hi, f64x2.mul(wj, v128.load(x, 16)));
    }
    const out = y + (<usize>start << 3);
    const count = min(4, rows - start);
    if (count > 0) store<f64>(out, f64x2.extract_lane(lo, 0));
    if (count > 1) store<f64>(out, f64x2.extract_lane(lo, 1), 8);
    if (count > 2) store<f64>(out, f64x2.extract_lane(hi, 0), 16);
    if (count > 3) store<f64>(out, f64x2.extract_lane(hi, 1), 24);
  }
}
