/**
 * Training-time curves of gradient descent on a linear model, computed exactly rather than by
 * stepping. GD on (1/2n)‖Xw − y‖² + (λ/2)‖w‖² with step η is the linear recurrence
 * w_{t+1} − w∞ = (I − η(H + λI))(w_t − w∞), H = XᵀX/n, so in H's eigenbasis every coordinate
 * decays geometrically: step t costs O(r²) for any t, with r = min(n, d).
 *
 * Scenarios (recipes from THEORY.md):
 * - grokking-like: x ~ N(0, I_d), ‖β‖ = 1, a large random initialisation ‖w₀‖ = α and weight
 *   decay λ. The part of w₀ in the null space of X decays only as (1 − ηλ)^t.
 * - epoch-wise: d − 1 fast features (scale 1, total signal norm 0.707) and one slow feature
 *   (scale 0.1, coefficient 10), w₀ = 0 (Heckel and Yilmaz, ICLR 2021).
 */
import { symmetricEigen } from './eigen';
import { nextGauss, seedStream } from './random';
import { dot } from './vector';
import { alloc, f64At, setF64 } from './work';

/** Scenario identifiers shared with the host. */
export const SCENARIO_GROKKING: i32 = 0;
export const SCENARIO_EPOCH_WISE: i32 = 1;

/** Scale of the slow feature and its coefficient in the epoch-wise scenario. */
const SLOW_SCALE: f64 = 0.1;
const SLOW_COEFFICIENT: f64 = 10;
const FAST_SIGNAL_NORM: f64 = 0.707;

/**
 * Draws one trial of a scenario: X (n×d, column-major), y, β, w₀ and the feature scales.
 * Order: scales are fixed; then β's directions, X row by row, noise, and w₀'s direction.
 */
export function trainingData(
  scenario: i32,
  seed: u32,
  n: i32,
  d: i32,
  noise: f64,
  initScale: f64,
  x: usize,
  y: usize,
  beta: usize,
  w0: usize,
  scales: usize,
): void {
  seedStream(1, seed);

  if (scenario == SCENARIO_EPOCH_WISE) {
    let norm: f64 = 0;
    for (let j = 0; j < d - 1; j++) {
      const g = nextGauss();
      setF64(beta, j, g);
      norm += g * g;
      setF64(scales, j, 1);
    }
    norm = Math.sqrt(norm);
    for (let j = 0; j < d - 1; j++) setF64(beta, j, (FAST_SIGNAL_NORM * f64At(beta, j)) / norm);
    setF64(beta, d - 1, SLOW_COEFFICIENT);
    setF64(scales, d - 1, SLOW_SCALE);
  } else {
    let norm: f64 = 0;
    for (let j = 0; j < d; j++) {
      const g = nextGauss();
      setF64(beta, j, g);
      norm += g * g;
      setF64(scales, j, 1);
    }
    norm = Math.sqrt(norm);
    for (let j = 0; j < d; j++) setF64(beta, j, f64At(beta, j) / norm);
  }

  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) setF64(x, j * n + i, f64At(scales, j) * nextGauss());
  }
  for (let i = 0; i < n; i++) {
    let value: f64 = 0;
    for (let j = 0; j < d; j++) value += f64At(x, j * n + i) * f64At(beta, j);
    setF64(y, i, value + noise * nextGauss());
  }

  // w₀ = initScale · a uniformly random direction (zero when initScale is 0).
  let norm: f64 = 0;
  for (let j = 0; j < d; j++) {
    const g = nextGauss();
    setF64(w0, j, g);
    norm += g * g;
  }
  norm = Math.sqrt(norm);
  for (let j = 0; j < d; j++) setF64(w0, j, initScale > 0 ? (initScale * f64At(w0, j)) / norm : 0);
}

/**
 * The exact train MSE and test MSE (E over fresh inputs, with label noise) after each step count
 * in `steps`, averaged over nothing: trial t writes rows t of the outputs. Curves from the given
 * initialisation go to outTrain/outTest, and from w₀ = 0 to outTrainZero/outTestZero. outInfo
 * gets, per trial, [η, limit of test MSE as t → ∞ from w₀, the same from 0]. Returns 0, or −1 if
 * an eigendecomposition failed to converge.
 */
export function trainingCurves(
  scenario: i32,
  seed: u32,
  trials: i32,
  n: i32,
  d: i32,
  noise: f64,
  initScale: f64,
  weightDecay: f64,
  rateFraction: f64,
  steps: usize,
  nSteps: i32,
  outTrain: usize,
  outTest: usize,
  outTrainZero: usize,
  outTestZero: usize,
  outInfo: usize,
): i32 {
  const r = min(n, d);
  const k = r + 2;
  const x = alloc(n * d);
  const y = alloc(n);
  const beta = alloc(d);
  const w0 = alloc(d);
  const scales = alloc(d);
  const gram = alloc(r * r);
  const mu = alloc(r);
  const eig = alloc(r * r);
  const v = alloc(d * r); // right singular vectors, d×r column-major
  const p = alloc(n * r); // P = X·V, n×r column-major
  const basis = alloc(d * k); // [V, null part of w₀ − w∞, w∞ − β]
  const metric = alloc(k * k); // Bᵀ·Σ·B
  const uInf = alloc(r); // coordinates of w∞ in V
  const coef = alloc(r); // Vᵀ(w₀ − w∞)
  const fit = alloc(r); // projection of the limit residual on P's columns, per unit nμ
  const work = alloc(max(n, d));
  const a = alloc(k);

  let status = 0;
  for (let t = 0; t < trials && status == 0; t++) {
    trainingData(scenario, seed + <u32>t, n, d, noise, initScale, x, y, beta, w0, scales);

    // Eigendecomposition of the smaller Gram matrix, then V (d×r) and P = X·V (n×r).
    if (d <= n) {
      for (let j = 0; j < d; j++) {
        for (let i = 0; i < d; i++) {
          setF64(gram, j * d + i, dot(x + ((<usize>i * n) << 3), x + ((<usize>j * n) << 3), n) / n);
        }
      }
      if (symmetricEigen(gram, r, mu, eig) < 0) status = -1;
      for (let c = 0; c < r; c++)
        for (let j = 0; j < d; j++) setF64(v, c * d + j, f64At(eig, c * r + j));
    } else {
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          let s: f64 = 0;
          for (let q = 0; q < d; q++) s += f64At(x, q * n + i) * f64At(x, q * n + j);
          setF64(gram, j * n + i, s / n);
        }
      }
      if (symmetricEigen(gram, r, mu, eig) < 0) status = -1;
      // V = Xᵀ·U / sqrt(n·μ).
      for (let c = 0; c < r; c++) {
        const norm = Math.sqrt(<f64>n * max(f64At(mu, c), 1e-300));
        for (let j = 0; j < d; j++) {
          setF64(
            v,
            c * d + j,
            dot(x + ((<usize>j * n) << 3), eig + ((<usize>c * r) << 3), n) / norm,
          );
        }
      }
    }
    for (let c = 0; c < r; c++) {
      for (let i = 0; i < n; i++) {
        let s: f64 = 0;
        for (let j = 0; j < d; j++) s += f64At(x, j * n + i) * f64At(v, c * d + j);
        setF64(p, c * n + i, s);
      }
    }

    let muMax: f64 = 0;
    for (let c = 0; c < r; c++) muMax = max(muMax, f64At(mu, c));
    const eta = (rateFraction * 2.0) / (muMax + weightDecay);

    // w∞ = V·diag(1/(μ + λ))·Pᵀy/n: the fixed point restricted to the row space of X.
    for (let c = 0; c < r; c++) {
      const pty = dot(p + ((<usize>c * n) << 3), y, n) / n;
      setF64(uInf, c, pty / (f64At(mu, c) + weightDecay));
    }
    // Limit residual X·w∞ − y, split into P's span (per unit nμ) and the rest.
    for (let i = 0; i < n; i++) {
      let s: f64 = -f64At(y, i);
      for (let c = 0; c < r; c++) s += f64At(p, c * n + i) * f64At(uInf, c);
      setF64(work, i, s);
    }
    let rest: f64 = 0;
    for (let c = 0; c < r; c++) {
      const scale = <f64>n * f64At(mu, c);
      setF64(fit, c, scale > 0 ? dot(p + ((<usize>c * n) << 3), work, n) / scale : 0);
    }
    for (let i = 0; i < n; i++) {
      let s = f64At(work, i);
      for (let c = 0; c < r; c++) s -= f64At(p, c * n + i) * f64At(fit, c);
      rest += s * s;
    }

    // Basis B = [V, e_null, w∞ − β] and its metric under the test covariance Σ = diag(s²).
    for (let c = 0; c < r; c++) {
      for (let j = 0; j < d; j++) setF64(basis, c * d + j, f64At(v, c * d + j));
    }
    for (let j = 0; j < d; j++) {
      let wInf: f64 = 0;
      for (let c = 0; c < r; c++) wInf += f64At(v, c * d + j) * f64At(uInf, c);
      setF64(work, j, wInf);
      setF64(basis, (r + 1) * d + j, wInf - f64At(beta, j));
    }
    for (let c = 0; c < r; c++) {
      let s: f64 = 0;
      for (let j = 0; j < d; j++) s += f64At(v, c * d + j) * (f64At(w0, j) - f64At(work, j));
      setF64(coef, c, s);
    }
    for (let j = 0; j < d; j++) {
      let s = f64At(w0, j) - f64At(work, j);
      for (let c = 0; c < r; c++) s -= f64At(v, c * d + j) * f64At(coef, c);
      setF64(basis, r * d + j, s);
    }
    for (let b = 0; b < k; b++) {
      for (let c = 0; c <= b; c++) {
        let s: f64 = 0;
        for (let j = 0; j < d; j++) {
          const sj = f64At(scales, j);
          s += f64At(basis, b * d + j) * f64At(basis, c * d + j) * sj * sj;
        }
        setF64(metric, b * k + c, s);
        setF64(metric, c * k + b, s);
      }
    }

    const noise2 = noise * noise;
    const row = <usize>t * nSteps;
    for (let s = 0; s < nSteps; s++) {
      const step = f64At(steps, s);
      const out = row + <usize>s;
      for (let zero = 0; zero < 2; zero++) {
        // From w₀ = 0 the error coordinates are Vᵀ(0 − w∞) = −u∞ and there is no null part.
        let trainSum = rest;
        for (let c = 0; c < r; c++) {
          const decay = Math.pow(1.0 - eta * (f64At(mu, c) + weightDecay), step);
          const start = zero == 1 ? -f64At(uInf, c) : f64At(coef, c);
          const value = decay * start;
          setF64(a, c, value);
          const g = f64At(fit, c) + value;
          trainSum += <f64>n * f64At(mu, c) * g * g;
        }
        setF64(a, r, zero == 1 ? 0 : Math.pow(1.0 - eta * weightDecay, step));
        setF64(a, r + 1, 1);
        const testValue = quadratic(metric, a, k) + noise2;
        if (zero == 1) {
          setF64(outTrainZero, <i32>out, trainSum / n);
          setF64(outTestZero, <i32>out, testValue);
        } else {
          setF64(outTrain, <i32>out, trainSum / n);
          setF64(outTest, <i32>out, testValue);
        }
      }
    }

    // Limits as t → ∞: only the w∞ − β term survives, plus the null part of w₀ when λ = 0.
    const nullStays = weightDecay == 0 ? f64At(metric, r * k + r) : 0;
    const limit = f64At(metric, (r + 1) * k + (r + 1)) + noise2;
    setF64(outInfo, t * 3, eta);
    setF64(outInfo, t * 3 + 1, limit + nullStays);
    setF64(outInfo, t * 3 + 2, limit);
  }

  heap.free(x);
  heap.free(y);
  heap.free(beta);
  heap.free(w0);
  heap.free(scales);
  heap.free(gram);
  heap.free(mu);
  heap.free(eig);
  heap.free(v);
  heap.free(p);
  heap.free(basis);
  heap.free(metric);
  heap.free(uInf);
  heap.free(coef);
  heap.free(fit);
  heap.free(work);
  heap.free(a);
  return status;
}

// aᵀ·M·a for a symmetric k×k matrix M.
function quadratic(m: usize, a: usize, k: i32): f64 {
  let sum: f64 = 0;
  for (let b = 0; b < k; b++) {
    const ab = f64At(a, b);
    if (ab == 0) continue;
    sum += ab * dot(m + ((<usize>b * k) << 3), a, k);
  }
  return sum;
}
