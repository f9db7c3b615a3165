/**
 * Random streams. `numpy` is bit-for-bit NumPy's legacy `RandomState(seed)`: MT19937 seeded with
 * `init_genrand`, 53-bit doubles from two 32-bit draws, and the legacy polar-method Gaussian that
 * caches the second value of each pair. `fast` is xoshiro256+ (Blackman and Vigna, 2018) seeded
 * through SplitMix64, with the same polar method: a stream with no obligation to match anything.
 */

// MT19937 parameters (Matsumoto and Nishimura, 1998).
const N: i32 = 624;
const M: i32 = 397;
const MATRIX_A: u32 = 0x9908b0df;
const UPPER_MASK: u32 = 0x80000000;
const LOWER_MASK: u32 = 0x7fffffff;

/** Stream identifiers shared with the host. */
export const RNG_NUMPY: i32 = 0;
export const RNG_FAST: i32 = 1;

const mt = memory.data(N * 4, 16);
let mti: i32 = N;
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
  if (streamKind == RNG_NUMPY) {
    // init_genrand, as numpy's mt19937_seed does for an integer seed.
    let value = seed;
    for (let i = 0; i < N; i++) {
      store<u32>(mt + (<usize>i << 2), value);
      value = 1812433253 * (value ^ (value >> 30)) + <u32>(i + 1);
    }
    mti = N;
  } else {
    let x: u64 = <u64>seed;
    s0 = splitmix(x += 0x9e3779b97f4a7c15);
    s1 = splitmix(x += 0x9e3779b97f4a7c15);
    s2 = splitmix(x += 0x9e3779b97f4a7c15);
    s3 = splitmix(x += 0x9e3779b97f4a7c15);
  }
}

function splitmix(z: u64): u64 {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

// Regenerates the 624-word block (the reference generator's "genrand" step).
function refill(): void {
  let i = 0;
  for (; i < N - M; i++) {
    const y = (load<u32>(mt + (<usize>i << 2)) & UPPER_MASK) |
      (load<u32>(mt + (<usize>(i + 1) << 2)) & LOWER_MASK);
    const mag = (0 - (y & 1)) & MATRIX_A;
    store<u32>(mt + (<usize>i << 2), load<u32>(mt + (<usize>(i + M) << 2)) ^ (y >> 1) ^ mag);
  }
  for (; i < N - 1; i++) {
    const y = (load<u32>(mt + (<usize>i << 2)) & UPPER_MASK) |
      (load<u32>(mt + (<usize>(i + 1) << 2)) & LOWER_MASK);
    const mag = (0 - (y & 1)) & MATRIX_A;
    store<u32>(mt + (<usize>i << 2), load<u32>(mt + (<usize>(i + M - N) << 2)) ^ (y >> 1) ^ mag);
  }
  const y = (load<u32>(mt + (<usize>(N - 1) << 2)) & UPPER_MASK) | (load<u32>(mt) & LOWER_MASK);
  const mag = (0 - (y & 1)) & MATRIX_A;
  store<u32>(mt + (<usize>(N - 1) << 2), load<u32>(mt + (<usize>(M - 1) << 2)) ^ (y >> 1) ^ mag);
  mti = 0;
}

/** Next tempered 32-bit MT19937 output. */
export function nextU32(): u32 {
  if (mti >= N) refill();
  let y = load<u32>(mt + (<usize>mti << 2));
  mti++;
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >> 18;
  return y;
}

/** Next uniform double in [0, 1) from the current stream. */
export function nextDouble(): f64 {
  if (kind == RNG_NUMPY) {
    // numpy's legacy_double: 27 + 26 bits from two draws.
    const a = nextU32() >> 5;
    const b = nextU32() >> 6;
    return (<f64>a * 67108864.0 + <f64>b) / 9007199254740992.0;
  }
  const result = s0 + s3;
  const t = s1 << 17;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 45);
  return <f64>(result >> 11) * 1.1102230246251565e-16;
}

/** Next standard Gaussian: the polar method with NumPy's caching of the second value. */
export function nextGauss(): f64 {
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
 * Advances the stream past `count` Gaussians without computing the ones that are thrown away:
 * a full pair costs only its accept/reject test, and the cache ends in the state NumPy leaves.
 */
export function skipGauss(count: i32): void {
  if (count > 0 && hasGauss) {
    hasGauss = false;
    gaussCache = 0;
    count--;
  }
  for (let pair = count >> 1; pair > 0; pair--) {
    let x1: f64, x2: f64, r2: f64;
    do {
      x1 = 2.0 * nextDouble() - 1.0;
      x2 = 2.0 * nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
  }
  if (count & 1) nextGauss();
}

/** Fills `count` values at `out` with uniform doubles (`what` = 0) or Gaussians (`what` = 1). */
export function fillRandom(streamKind: i32, seed: u32, what: i32, out: usize, count: i32): void {
  seedStream(streamKind, seed);
  for (let i = 0; i < count; i++) {
    store<f64>(out + (<usize>i << 3), what == 0 ? nextDouble() : nextGauss());
  }
}

// @ts-ignore: decorator
@inline
function rotl(x: u64, k: u64): u64 {
  return (x << k) | (x >> (64 - k));
}
