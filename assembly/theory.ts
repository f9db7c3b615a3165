/**
 * Closed-form expected test MSE of the minimum-norm fit on the prefix-feature Gaussian task
 * (Belkin, Hsu and Xu 2019, "Two models of double descent for weak features"; exact for finite n
 * with Gaussian inputs). With β ~ N(0, I/D) the signal kept by the first d features is
 * r_d² = d/D in expectation and the signal left out is κ_d² = 1 − d/D, which acts as noise:
 *   d ≤ n − 2:  (κ_d² + σ²)·(1 + d/(n − d − 1))
 *   d ≥ n + 2:  r_d²·(1 − n/d) + (κ_d² + σ²)·(1 + n/(d − n − 1))
 * For |d − n| ≤ 1 the expectation is infinite; the kernel reports +∞ there.
 */

/** Expected test MSE at capacity d for n samples, D features and noise σ (+∞ near d = n). */
export function prefixRisk(d: f64, n: f64, dMax: f64, noise: f64): f64 {
  const kept = d / dMax;
  const noiseLike = 1.0 - kept + noise * noise;
  if (d <= n - 2) return noiseLike * (1.0 + d / (n - d - 1.0));
  if (d >= n + 2) return kept * (1.0 - n / d) + noiseLike * (1.0 + n / (d - n - 1.0));
  return Infinity;
}

/** Writes prefixRisk at each capacity in `dims` (f64 values) to `out`. */
export function theoryCurve(
  n: i32,
  dMax: i32,
  noise: f64,
  dims: usize,
  count: i32,
  out: usize,
): void {
  for (let i = 0; i < count; i++) {
    const d = load<f64>(dims + ((<usize>i) << 3));
    store<f64>(out + ((<usize>i) << 3), prefixRisk(d, <f64>n, <f64>dMax, noise));
  }
}
