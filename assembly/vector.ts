/**
 * Vector primitives on f64 arrays in linear memory. With the SIMD build (ASC_FEATURE_SIMD) they
 * process two lanes at a time; the scalar build runs the same arithmetic one value at a time.
 */

/** Returns the dot product of `n` values at `a` and `b`. */
export function dot(a: usize, b: usize, n: i32): f64 {
  let i = 0;
  let sum: f64 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc0 = f64x2.splat(0);
    let acc1 = f64x2.splat(0);
    for (; i + 4 <= n; i += 4) {
      const o = (<usize>i) << 3;
      acc0 = f64x2.add(acc0, f64x2.mul(v128.load(a + o), v128.load(b + o)));
      acc1 = f64x2.add(acc1, f64x2.mul(v128.load(a + o, 16), v128.load(b + o, 16)));
    }
    const acc = f64x2.add(acc0, acc1);
    sum = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 3;
    sum += load<f64>(a + o) * load<f64>(b + o);
  }
  return sum;
}

/** y += alpha · x over `n` values. */
export function axpy(y: usize, alpha: f64, x: usize, n: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const va = f64x2.splat(alpha);
    for (; i + 2 <= n; i += 2) {
      const o = (<usize>i) << 3;
      v128.store(y + o, f64x2.add(v128.load(y + o), f64x2.mul(va, v128.load(x + o))));
    }
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 3;
    store<f64>(y + o, load<f64>(y + o) + alpha * load<f64>(x + o));
  }
}

/** Applies the plane rotation (a, b) ← (c·a + s·b, −s·a + c·b) elementwise over `n` values. */
export function rotate(a: usize, b: usize, c: f64, s: f64, n: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const vc = f64x2.splat(c);
    const vs = f64x2.splat(s);
    for (; i + 2 <= n; i += 2) {
      const o = (<usize>i) << 3;
      const va = v128.load(a + o);
      const vb = v128.load(b + o);
      v128.store(a + o, f64x2.add(f64x2.mul(vc, va), f64x2.mul(vs, vb)));
      v128.store(b + o, f64x2.sub(f64x2.mul(vc, vb), f64x2.mul(vs, va)));
    }
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 3;
    const va = load<f64>(a + o);
    const vb = load<f64>(b + o);
    store<f64>(a + o, c * va + s * vb);
    store<f64>(b + o, c * vb - s * va);
  }
}

/** Returns the sum of squared differences of `n` values at `a` and `b`. */
export function squaredDistance(a: usize, b: usize, n: i32): f64 {
  let i = 0;
  let sum: f64 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc = f64x2.splat(0);
    for (; i + 2 <= n; i += 2) {
      const o = (<usize>i) << 3;
      const diff = f64x2.sub(v128.load(a + o), v128.load(b + o));
      acc = f64x2.add(acc, f64x2.mul(diff, diff));
    }
    sum = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  }
  for (; i < n; i++) {
    const o = (<usize>i) << 3;
    const diff = load<f64>(a + o) - load<f64>(b + o);
    sum += diff * diff;
  }
  return sum;
}

/** Sets `n` values at `a` to `value`. */
export function fill(a: usize, value: f64, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(a + ((<usize>i) << 3), value);
}

/** Copies `n` values from `src` to `dst`. */
export function copy(dst: usize, src: usize, n: i32): void {
  memory.copy(dst, src, (<usize>n) << 3);
}
