/**
 * Sampled test error for many fits at once. The fits ŵ_d of a run of capacities are gathered
 * (zero-padded to a common length) and scored together as one product P = Xte·Ŵ, whose column d
 * is the test prediction of ŵ_d; each column's squared residual against yte is the test SSE.
 * The product runs as a register-blocked kernel over 4 test rows × 4 capacities, reading the test
 * matrix in 4-row panels (data.ts) and Ŵ in packed 4-capacity panels, both in memory order, so
 * the m·Σd multiply-adds that sampled scoring needs run near the machine's arithmetic rate
 * instead of its memory bandwidth (the blocking of Goto and van de Geijn, "Anatomy of
 * high-performance matrix multiplication", ACM TOMS 2008, reduced to its innermost level).
 */
import { copy, fill } from './vector';
import { Work, alloc, f64At, setF64 } from './work';

// Packed fits swept together over the test matrix: well inside a 512 KB L2 cache.
const CHUNK_BYTES: usize = 96 * 1024;

/** A batch of fits waiting to be scored. */
export class Scorer {
  /** Slots per batch (a multiple of 4). */
  capacity: i32 = 0;
  /** Fits stored so far. */
  count: i32 = 0;
  /** Staged fits: slot c holds ŵ at stage + c·dMax, zero beyond its length. */
  stage: usize = 0;
  /** Capacity of each slot. */
  lengths: usize = 0;
  /** Output index of each slot. */
  outputs: usize = 0;
  /** Ŵ packed in panels of 4 slots: for each panel, k-major rows of 4 values. */
  packed: usize = 0;
  /** Test SSE per slot. */
  sse: usize = 0;
}

/** Allocates a scorer for fits of length ≤ dMax, batching up to about 2 MB of them. */
export function newScorer(dMax: i32, nDims: i32): Scorer {
  const scorer = new Scorer();
  const fit = (262144 / dMax) & ~3;
  scorer.capacity = min(max(4, fit), (nDims + 3) & ~3);
  scorer.stage = alloc(scorer.capacity * dMax);
  scorer.lengths = alloc(scorer.capacity);
  scorer.outputs = alloc(scorer.capacity);
  scorer.packed = alloc(scorer.capacity * dMax);
  scorer.sse = alloc(scorer.capacity);
  return scorer;
}

/** Frees a scorer's buffers. */
export function freeScorer(scorer: Scorer): void {
  heap.free(scorer.stage);
  heap.free(scorer.lengths);
  heap.free(scorer.outputs);
  heap.free(scorer.packed);
  heap.free(scorer.sse);
}

/** Queues ŵ (work.what, length d) to be scored into test[index]; scores when the batch is full. */
export function addFit(scorer: Scorer, work: Work, d: i32, index: i32, test: usize): void {
  const slot = scorer.stage + ((<usize>scorer.count * work.dMax) << 3);
  copy(slot, work.what, d);
  fill(slot + (<usize>d << 3), 0, work.dMax - d);
  setF64(scorer.lengths, scorer.count, <f64>d);
  setF64(scorer.outputs, scorer.count, <f64>index);
  scorer.count++;
  if (scorer.count == scorer.capacity) scoreFits(scorer, work, test);
}

/** Scores every queued fit: test[index] = ‖yte − Xte·ŵ‖² / m. */
export function scoreFits(scorer: Scorer, work: Work, test: usize): void {
  const count = scorer.count;
  if (count == 0) return;
  const dMax = work.dMax;
  const panels = (count + 3) >> 2;
  // Empty slots of the last panel score a zero fit; their results are never written out.
  for (let c = count; c < panels << 2; c++) {
    fill(scorer.stage + ((<usize>c * dMax) << 3), 0, dMax);
    setF64(scorer.lengths, c, 1);
  }

  // Pack: panel q holds, for k < (length of its last slot), the 4 values ŵ_c[k] side by side.
  let offset: usize = 0;
  for (let q = 0; q < panels; q++) {
    const depth = panelDepth(scorer, q);
    for (let k = 0; k < depth; k++) {
      for (let c = 0; c < 4; c++) {
        const value = f64At(scorer.stage + ((<usize>(4 * q + c) * dMax) << 3), k);
        store<f64>(scorer.packed + ((offset + <usize>(k * 4 + c)) << 3), value);
      }
    }
    offset += <usize>depth * 4;
  }

  fill(scorer.sse, 0, panels << 2);
  const rowPanels = (work.m + 3) >> 2;
  // The fit panels go in chunks of at most CHUNK_BYTES, each swept over every test panel: a
  // chunk stays in the core's own L2 cache while the test matrix streams past it, rather than
  // all of Ŵ (up to dMax²/2 values) being fetched again from the shared L3 for each test panel,
  // where two workers compete for it. Each fit still sums its test panels in order r = 0, 1, …,
  // so the result does not depend on the chunking.
  let first = 0;
  let chunk = scorer.packed;
  while (first < panels) {
    let last = first;
    let bytes: usize = 0;
    while (last < panels) {
      const size = <usize>panelDepth(scorer, last) << 5;
      if (last > first && bytes + size > CHUNK_BYTES) break;
      bytes += size;
      last++;
    }
    for (let r = 0; r < rowPanels; r++) {
      const xPanel = work.xte + ((<usize>r * dMax * 4) << 3);
      const y = work.yte + (<usize>(r * 4) << 3);
      let wPanel = chunk;
      for (let q = first; q < last; q++) {
        const depth = panelDepth(scorer, q);
        scoreBlock(xPanel, wPanel, depth, y, scorer.sse + (<usize>(q * 4) << 3));
        wPanel += (<usize>depth * 4) << 3;
      }
    }
    chunk += bytes;
    first = last;
  }

  const m = <f64>work.m;
  for (let c = 0; c < count; c++) {
    setF64(test, <i32>f64At(scorer.outputs, c), f64At(scorer.sse, c) / m);
  }
  scorer.count = 0;
}

// Slots are filled in increasing capacity, so a panel's depth is its last slot's length.
function panelDepth(scorer: Scorer, q: i32): i32 {
  let depth = 0;
  for (let c = 0; c < 4; c++) depth = max(depth, <i32>f64At(scorer.lengths, 4 * q + c));
  return depth;
}

/**
 * Adds Σ_rows (y − Xte·Ŵ)² for 4 test rows and 4 fits to sse[0..4]: x holds depth rows of 4
 * test values (one feature each), w holds depth rows of 4 fit coefficients.
 */
function scoreBlock(x: usize, w: usize, depth: i32, y: usize, sse: usize): void {
  if (ASC_FEATURE_SIMD) {
    // Rows 0–1 and 2–3 of the test panel, times each of the 4 fits.
    let a0 = f64x2.splat(0), b0 = f64x2.splat(0);
    let a1 = f64x2.splat(0), b1 = f64x2.splat(0);
    let a2 = f64x2.splat(0), b2 = f64x2.splat(0);
    let a3 = f64x2.splat(0), b3 = f64x2.splat(0);
    for (let k = 0; k < depth; k++) {
      const xo = x + (<usize>k << 5);
      const wo = w + (<usize>k << 5);
      const lo = v128.load(xo);
      const hi = v128.load(xo, 16);
      const w0 = v128.load64_splat(wo);
      const w1 = v128.load64_splat(wo, 8);
      const w2 = v128.load64_splat(wo, 16);
      const w3 = v128.load64_splat(wo, 24);
      a0 = f64x2.add(a0, f64x2.mul(lo, w0));
      b0 = f64x2.add(b0, f64x2.mul(hi, w0));
      a1 = f64x2.add(a1, f64x2.mul(lo, w1));
      b1 = f64x2.add(b1, f64x2.mul(hi, w1));
      a2 = f64x2.add(a2, f64x2.mul(lo, w2));
      b2 = f64x2.add(b2, f64x2.mul(hi, w2));
      a3 = f64x2.add(a3, f64x2.mul(lo, w3));
      b3 = f64x2.add(b3, f64x2.mul(hi, w3));
    }
    const ylo = v128.load(y);
    const yhi = v128.load(y, 16);
    setF64(sse, 0, f64At(sse, 0) + residualSquares(ylo, yhi, a0, b0));
    setF64(sse, 1, f64At(sse, 1) + residualSquares(ylo, yhi, a1, b1));
    setF64(sse, 2, f64At(sse, 2) + residualSquares(ylo, yhi, a2, b2));
    setF64(sse, 3, f64At(sse, 3) + residualSquares(ylo, yhi, a3, b3));
  } else {
    for (let c = 0; c < 4; c++) {
      let p0: f64 = 0, p1: f64 = 0, p2: f64 = 0, p3: f64 = 0;
      for (let k = 0; k < depth; k++) {
        const xo = x + (<usize>k << 5);
        const wc = load<f64>(w + (<usize>(k * 4 + c) << 3));
        p0 += load<f64>(xo) * wc;
        p1 += load<f64>(xo, 8) * wc;
        p2 += load<f64>(xo, 16) * wc;
        p3 += load<f64>(xo, 24) * wc;
      }
      const r0 = f64At(y, 0) - p0;
      const r1 = f64At(y, 1) - p1;
      const r2 = f64At(y, 2) - p2;
      const r3 = f64At(y, 3) - p3;
      setF64(sse, c, f64At(sse, c) + (r0 * r0 + r1 * r1 + r2 * r2 + r3 * r3));
    }
  }
}

// @ts-ignore: decorator
@inline
function residualSquares(ylo: v128, yhi: v128, lo: v128, hi: v128): f64 {
  const rlo = f64x2.sub(ylo, lo);
  const rhi = f64x2.sub(yhi, hi);
  const sum = f64x2.add(f64x2.mul(rlo, rlo), f64x2.mul(rhi, rhi));
  return f64x2.extract_lane(sum, 0) + f64x2.extract_lane(sum, 1);
}
