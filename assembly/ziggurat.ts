/**
 * Standard Gaussians for the fast stream by the ziggurat method (Marsaglia and Tsang, "The
 * Ziggurat Method for Generating Random Variables", J. Stat. Softw. 5(8), 2000), in the
 * double-precision form of Doornik ("An Improved Ziggurat Method to Generate Normal Random
 * Samples", 2005): 128 layers of equal area v under f(x) = exp(−x²/2); most draws cost one
 * 64-bit random number, a table lookup and a multiply, with no logarithm.
 */

const LAYERS: i32 = 128;
// Right edge of the base layer and the common area of the layers, for 128 layers.
const R: f64 = 3.442619855899;
const V: f64 = 9.91256303526217e-3;

// edges[i] = x_i, the half-width of layer i (x_0 = v / f(r) for the base, x_1 = r, x_128 = 0);
// ratios[i] = x_{i+1} / x_i, below which a draw lies inside the layer's rectangle.
const edges = memory.data((LAYERS + 1) * 8, 16);
const ratios = memory.data(LAYERS * 8, 16);
let ready = false;

// Builds the tables: f(x_{i+1}) = f(x_i) + v / x_i, each layer a rectangle of area v.
function prepare(): void {
  let f = Math.exp(-0.5 * R * R);
  store<f64>(edges, V / f);
  store<f64>(edges, R, 8);
  for (let i = 2; i < LAYERS; i++) {
    const previous = load<f64>(edges + (<usize>(i - 1) << 3));
    const x = Math.sqrt(-2.0 * Math.log(V / previous + f));
    store<f64>(edges + (<usize>i << 3), x);
    f = Math.exp(-0.5 * x * x);
  }
  store<f64>(edges + (<usize>LAYERS << 3), 0);
  for (let i = 0; i < LAYERS; i++) {
    const ratio = load<f64>(edges + (<usize>(i + 1) << 3)) / load<f64>(edges + (<usize>i << 3));
    store<f64>(ratios + (<usize>i << 3), ratio);
  }
  ready = true;
}

/** Makes sure the tables exist (they are built on first use). */
export function prepareZiggurat(): void {
  if (!ready) prepare();
}

/**
 * One Gaussian from a 64-bit random word `bits`, or NaN when the draw is rejected (the caller
 * then tries again with a new word). Bits 11–63 give the signed position, bits 4–10 the layer;
 * the three lowest bits, the weakest of xoshiro256+, are not used. `uniform` supplies the
 * extra uniforms in (0, 1] that the wedges and the tail need.
 */
// @ts-ignore: decorator
@inline
export function zigguratDraw(bits: u64, uniform: () => f64): f64 {
  const u = <f64>(<i64>(bits >> 11)) * 2.220446049250313e-16 - 1.0;
  const i = <i32>((bits >> 4) & 127);
  if (Math.abs(u) < load<f64>(ratios + (<usize>i << 3))) {
    return u * load<f64>(edges + (<usize>i << 3));
  }
  return zigguratSlow(u, i, uniform);
}

// The rare cases: the tail beyond r (base layer) or a wedge between two layers' edges.
function zigguratSlow(u: f64, i: i32, uniform: () => f64): f64 {
  if (i == 0) {
    // Marsaglia's tail method (1964): x = −ln(U₁)/r, accepted when −2·ln(U₂) ≥ x².
    let x: f64, y: f64;
    do {
      x = -Math.log(uniform()) / R;
      y = -Math.log(uniform());
    } while (2.0 * y < x * x);
    return u < 0 ? -(R + x) : R + x;
  }
  const xi = load<f64>(edges + (<usize>i << 3));
  const xnext = load<f64>(edges + (<usize>(i + 1) << 3));
  const x = u * xi;
  // Height within the layer, as a fraction of f(x): accept below the curve.
  const f0 = Math.exp(-0.5 * (xi * xi - x * x));
  const f1 = Math.exp(-0.5 * (xnext * xnext - x * x));
  if (f0 + uniform() * (f1 - f0) < 1.0) return x;
  return NaN;
}
