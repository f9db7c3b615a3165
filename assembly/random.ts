/**
 * Random streams. `numpy` is bit-for-bit NumPy's legacy `RandomState(seed)`: MT19937 seeded with
 * `init_genrand`, 53-bit doubles from two 32-bit draws, and the legacy polar-method Gaussian that
 * caches the second value of each pair. `fast` is xoshiro256+ (Blackman and Vigna, 2018) seeded
 * through SplitMix64, with Gaussians by the ziggurat method (ziggurat.ts): a stream with no
 * obligation to match anything, about three times quicker per Gaussian than the polar method.
 *
 * Both streams produce uniform doubles a block at a time into one buffer, so the Gaussian loops
 * below read plain memory instead of calling a generator per draw.
 */
import { refillNumpyDoubles, seedMersenne } from './mt19937';
import { prepareZiggurat, zigguratDraw } from './ziggurat';

/** Stream identifiers shared with the host. */
export const RNG_NUMPY: i32 = 0;
export const RNG_FAST: i32 = 1;

// 312 doubles is one MT19937 block (624 words, two per double).
const BLOCK: i32 = 312;
const uniforms = memory.data(BLOCK * 8, 16);
let position: i32 = BLOCK;
let kind: i32 = RNG_NUMPY;
let hasGauss = false;
let gaussCache: f64 = 0;

// xoshiro256+ state.
let s0: u64 = 0;
let s1: u64 = 0;
let s2: u64 = 0;
let s3: u64 = 0;

/** Seeds the stream of the given kind; the Gaussian cache is cleared, as RandomState does. */
export function seedStream(streamKind: i32, seed: u32): void {
  kind = streamKind;
  hasGauss = false;
  gaussCache = 0;
  position = BLOCK;
  if (streamKind == RNG_NUMPY) {
    seedMersenne(seed);
  } else {
    prepareZiggurat();
    let x: u64 = <u64>seed;
    s0 = splitmix((x += 0x9e3779b97f4a7c15));
    s1 = splitmix((x += 0x9e3779b97f4a7c15));
    s2 = splitmix((x += 0x9e3779b97f4a7c15));
    s3 = splitmix((x += 0x9e3779b97f4a7c15));
  }
}

function splitmix(z: u64): u64 {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

// Refills the uniform buffer from the current stream and rewinds it.
function refill(): void {
  if (kind == RNG_NUMPY) {
    refillNumpyDoubles(uniforms);
  } else {
    // Wasm globals live in memory; the state is kept in locals for the block.
    let a = s0, b = s1, c = s2, d = s3;
    for (let i = 0; i < BLOCK; i++) {
      const result = a + d;
      const t = b << 17;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 45);
      // The top 53 bits fit a signed conversion, which is one instruction (unsigned is not).
      store<f64>(uniforms + (<usize>i << 3), <f64>(<i64>(result >> 11)) * 1.1102230246251565e-16);
    }
    s0 = a;
    s1 = b;
    s2 = c;
    s3 = d;
  }
  position = 0;
}

/** Next uniform double in [0, 1) from the current stream. */
export function nextDouble(): f64 {
  if (position >= BLOCK) refill();
  const value = load<f64>(uniforms + (<usize>position << 3));
  position++;
  return value;
}

/** Next standard Gaussian: the polar method with NumPy's caching of the second value. */
export function nextGauss(): f64 {
  if (kind != RNG_NUMPY) return fastGauss();
  if (hasGauss) {
    hasGauss = false;
    const cached = gaussCache;
    gaussCache = 0;
    return cached;
  }
  let x1: f64, x2: f64, r2: f64;
  do {
    x1 = 2.0 * nextDouble() - 1.0;
    x2 = 2.0 * nextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  // Marsaglia's polar method (Knuth, TAOCP vol. 2, 3rd ed., p. 122), as in numpy's legacy_gauss.
  const f = Math.sqrt((-2.0 * Math.log(r2)) / r2);
  gaussCache = f * x1;
  hasGauss = true;
  return f * x2;
}

/**
 * Writes `count` Gaussians to out, out + stride, out + 2·stride, … (stride in bytes): the same
 * values as `count` calls of `nextGauss`. The buffered block is screened for accepted polar pairs
 * first, without a branch per pair (a rejected pair is written and then overwritten), and the
 * accepted ones are transformed together, so the square root and division run two lanes at a
 * time; every value goes through exactly the operations `nextGauss` applies, in the same order.
 */
export function fillGauss(out: usize, count: i32, stride: usize): void {
  if (kind != RNG_NUMPY) {
    for (let i = 0; i < count; i++) store<f64>(out + <usize>i * stride, fastGauss());
    return;
  }
  let i = 0;
  if (count > 0 && hasGauss) {
    store<f64>(out, nextGauss());
    i = 1;
  }
  while (i + 2 <= count) {
    if (position + 2 > BLOCK) {
      if (position < BLOCK) {
        // A pair split across blocks (only after an odd number of uniform draws).
        const x1 = 2.0 * nextDouble() - 1.0;
        const x2 = 2.0 * nextDouble() - 1.0;
        const r2 = x1 * x1 + x2 * x2;
        if (r2 >= 1.0 || r2 == 0.0) continue;
        const f = Math.sqrt((-2.0 * Math.log(r2)) / r2);
        store<f64>(out + <usize>i * stride, f * x2);
        store<f64>(out + <usize>(i + 1) * stride, f * x1);
        i += 2;
        continue;
      }
      refill();
    }
    const accepted = screenPairs((count - i) >> 1);
    transformPairs(accepted, out + <usize>i * stride, stride);
    i += accepted << 1;
  }
  if (i < count) store<f64>(out + <usize>i * stride, nextGauss());
}

// Accepted pairs of the current block: x1, x2 and r2 = x1² + x2², at most BLOCK / 2 of each.
const candidates = memory.data(BLOCK * 4 * 8, 16);
const CAND_X2: usize = (BLOCK / 2) << 3;
const CAND_R2: usize = BLOCK << 3;
const CAND_T: usize = (3 * BLOCK / 2) << 3;

// Screens buffered pairs until `wanted` are accepted or the block ends; returns how many were.
function screenPairs(wanted: i32): i32 {
  let accepted = 0;
  let p = position;
  for (; p + 2 <= BLOCK && accepted < wanted; p += 2) {
    const a = uniforms + (<usize>p << 3);
    const x1 = 2.0 * load<f64>(a) - 1.0;
    const x2 = 2.0 * load<f64>(a, 8) - 1.0;
    const r2 = x1 * x1 + x2 * x2;
    const slot = candidates + (<usize>accepted << 3);
    store<f64>(slot, x1);
    store<f64>(slot + CAND_X2, x2);
    store<f64>(slot + CAND_R2, r2);
    accepted += select<i32>(1, 0, r2 < 1.0 && r2 != 0.0);
  }
  position = p;
  return accepted;
}

// f = √(−2·ln r2 / r2) for each screened pair, written as f·x2 then f·x1 (nextGauss's order).
function transformPairs(count: i32, out: usize, stride: usize): void {
  for (let k = 0; k < count; k++) {
    const slot = candidates + (<usize>k << 3);
    store<f64>(slot + CAND_T, -2.0 * Math.log(load<f64>(slot + CAND_R2)));
  }
  let k = 0;
  if (ASC_FEATURE_SIMD) {
    for (; k + 2 <= count; k += 2) {
      const slot = candidates + (<usize>k << 3);
      const f = f64x2.sqrt(f64x2.div(v128.load(slot + CAND_T), v128.load(slot + CAND_R2)));
      const g2 = f64x2.mul(f, v128.load(slot + CAND_X2));
      const g1 = f64x2.mul(f, v128.load(slot));
      const o = out + <usize>(2 * k) * stride;
      store<f64>(o, f64x2.extract_lane(g2, 0));
      store<f64>(o + stride, f64x2.extract_lane(g1, 0));
      store<f64>(o + 2 * stride, f64x2.extract_lane(g2, 1));
      store<f64>(o + 3 * stride, f64x2.extract_lane(g1, 1));
    }
  }
  for (; k < count; k++) {
    const slot = candidates + (<usize>k << 3);
    const f = Math.sqrt(load<f64>(slot + CAND_T) / load<f64>(slot + CAND_R2));
    const o = out + <usize>(2 * k) * stride;
    store<f64>(o, f * load<f64>(slot + CAND_X2));
    store<f64>(o + stride, f * load<f64>(slot));
  }
}

/**
 * Advances the stream past `count` Gaussians without computing the ones that are thrown away:
 * a full pair costs only its accept/reject test, and the cache ends in the state NumPy leaves.
 */
export function skipGauss(count: i32): void {
  if (count > 0 && hasGauss) {
    hasGauss = false;
    gaussCache = 0;
    count--;
  }
  let pairs = count >> 1;
  while (pairs > 0) {
    if (position + 2 > BLOCK) {
      if (position < BLOCK) {
        // A pair split across blocks (only after an odd number of uniform draws).
        const x1 = 2.0 * nextDouble() - 1.0;
        const x2 = 2.0 * nextDouble() - 1.0;
        const r2 = x1 * x1 + x2 * x2;
        if (!(r2 >= 1.0 || r2 == 0.0)) pairs--;
        continue;
      }
      refill();
    }
    let p = position;
    for (; p + 2 <= BLOCK && pairs > 0; p += 2) {
      const a = uniforms + (<usize>p << 3);
      const x1 = 2.0 * load<f64>(a) - 1.0;
      const x2 = 2.0 * load<f64>(a, 8) - 1.0;
      const r2 = x1 * x1 + x2 * x2;
      if (!(r2 >= 1.0 || r2 == 0.0)) pairs--;
    }
    position = p;
  }
  if (count & 1) nextGauss();
}

/** Fills `count` values at `out` with uniform doubles (`what` = 0) or Gaussians (`what` = 1). */
export function fillRandom(streamKind: i32, seed: u32, what: i32, out: usize, count: i32): void {
  seedStream(streamKind, seed);
  if (what == 1) {
    fillGauss(out, count, 8);
    return;
  }
  for (let i = 0; i < count; i++) store<f64>(out + (<usize>i << 3), nextDouble());
}

// One xoshiro256+ step on the stream state.
// @ts-ignore: decorator
@inline
function nextBits(): u64 {
  const result = s0 + s3;
  const t = s1 << 17;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 45);
  return result;
}

// A uniform in (0, 1] from the fast stream, for the ziggurat's rare slow cases (never 0, whose
// logarithm they would take).
function fastUniform(): f64 {
  return <f64>(<i64>(nextBits() >> 11) + 1) * 1.1102230246251565e-16;
}

// @ts-ignore: decorator
@inline
function fastGauss(): f64 {
  let value: f64;
  do {
    value = zigguratDraw(nextBits(), fastUniform);
  } while (isNaN(value));
  return value;
}

// @ts-ignore: decorator
@inline
function rotl(x: u64, k: u64): u64 {
  return (x << k) | (x >> (64 - k));
}
