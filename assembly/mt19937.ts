/**
 * MT19937 (Matsumoto and Nishimura, 1998) as NumPy's legacy RandomState uses it: `init_genrand`
 * seeding, and 53-bit doubles built from two tempered words (numpy's `legacy_double`). A whole
 * 624-word block is regenerated, tempered and converted at once; with the SIMD build the twist
 * and the tempering run four words at a time, which is safe because each word of the twist reads
 * only words at least four positions away that are already final.
 */

const N: i32 = 624;
const M: i32 = 397;
const MATRIX_A: u32 = 0x9908b0df;
const UPPER_MASK: u32 = 0x80000000;
const LOWER_MASK: u32 = 0x7fffffff;

const mt = memory.data(N * 4 + 16, 16);
// The tempered block: the twist works in place, so tempering cannot overwrite the state.
const tempered = memory.data(N * 4, 16);

/** Seeds the state with `init_genrand`, as numpy's `mt19937_seed` does for an integer seed. */
export function seedMersenne(seed: u32): void {
  let value = seed;
  for (let i = 0; i < N; i++) {
    store<u32>(mt + (<usize>i << 2), value);
    value = 1812433253 * (value ^ (value >> 30)) + <u32>(i + 1);
  }
}

/**
 * Regenerates the block and writes its 312 doubles to `out`: double p takes 27 bits of tempered
 * word 2p and 26 bits of word 2p + 1, (a·2²⁶ + b) / 2⁵³.
 */
export function refillNumpyDoubles(out: usize): void {
  twist();
  if (ASC_FEATURE_SIMD) {
    temperToDoubles(out);
    return;
  }
  temper();
  for (let p = 0; p < N / 2; p++) {
    const a = load<u32>(tempered + (<usize>p << 3)) >> 5;
    const b = load<u32>(tempered + (<usize>p << 3), 4) >> 6;
    // Dividing by 2⁵³ and multiplying by 2⁻⁵³ give the same double; the product is cheaper.
    store<f64>(out + (<usize>p << 3), (<f64>a * 67108864.0 + <f64>b) * 1.1102230246251565e-16);
  }
}

// Tempers four words at a time and turns them straight into two doubles, the same operations
// as the scalar loop in refillNumpyDoubles (so the same values), two lanes at a time.
function temperToDoubles(out: usize): void {
  for (let i = 0; i < N; i += 4) {
    const y = temperFour(v128.load(mt + (<usize>i << 2)));
    // Words 0 and 2 give the high 27 bits of the two doubles, words 1 and 3 the low 26.
    const high = i32x4.shr_u(y, 5);
    const low = i32x4.shr_u(y, 6);
    const parts = v128.shuffle<i32>(high, low, 0, 2, 5, 7);
    const a = f64x2.convert_low_i32x4_u(parts);
    const b = f64x2.convert_low_i32x4_u(v128.shuffle<i32>(parts, parts, 2, 3, 0, 1));
    const value = f64x2.mul(
      f64x2.add(f64x2.mul(a, f64x2.splat(67108864.0)), b),
      f64x2.splat(1.1102230246251565e-16),
    );
    v128.store(out + (<usize>i << 2), value);
  }
}

// The reference generator's "genrand" step: word i becomes mt[i + M] ^ A(upper(i) | lower(i + 1)).
function twist(): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= N - M; i += 4) twistFour(i, i + M);
  }
  for (; i < N - M; i++) twistOne(i, i + M);
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= N - 1; i += 4) twistFour(i, i + M - N);
  }
  for (; i < N - 1; i++) twistOne(i, i + M - N);
  const y = (load<u32>(mt + (<usize>(N - 1) << 2)) & UPPER_MASK) | (load<u32>(mt) & LOWER_MASK);
  const mag = (0 - (y & 1)) & MATRIX_A;
  store<u32>(mt + (<usize>(N - 1) << 2), load<u32>(mt + (<usize>(M - 1) << 2)) ^ (y >> 1) ^ mag);
}

// @ts-ignore: decorator
@inline
function twistOne(i: i32, far: i32): void {
  const y = (load<u32>(mt + (<usize>i << 2)) & UPPER_MASK) |
    (load<u32>(mt + (<usize>(i + 1) << 2)) & LOWER_MASK);
  const mag = (0 - (y & 1)) & MATRIX_A;
  store<u32>(mt + (<usize>i << 2), load<u32>(mt + (<usize>far << 2)) ^ (y >> 1) ^ mag);
}

// @ts-ignore: decorator
@inline
function twistFour(i: i32, far: i32): void {
  const here = v128.load(mt + (<usize>i << 2));
  const next = v128.load(mt + (<usize>(i + 1) << 2));
  const y = v128.or(
    v128.and(here, i32x4.splat(<i32>UPPER_MASK)),
    v128.and(next, i32x4.splat(<i32>LOWER_MASK)),
  );
  const odd = i32x4.sub(i32x4.splat(0), v128.and(y, i32x4.splat(1)));
  const mag = v128.and(odd, i32x4.splat(<i32>MATRIX_A));
  const value = v128.xor(v128.xor(v128.load(mt + (<usize>far << 2)), i32x4.shr_u(y, 1)), mag);
  v128.store(mt + (<usize>i << 2), value);
}

// Tempers the whole block into `tempered` (the scalar build's path).
function temper(): void {
  for (let i = 0; i < N; i++) {
    let y = load<u32>(mt + (<usize>i << 2));
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >> 18;
    store<u32>(tempered + (<usize>i << 2), y);
  }
}

// The MT19937 tempering of four words.
// @ts-ignore: decorator
@inline
function temperFour(y: v128): v128 {
  y = v128.xor(y, i32x4.shr_u(y, 11));
  y = v128.xor(y, v128.and(i32x4.shl(y, 7), i32x4.splat(<i32>0x9d2c5680)));
  y = v128.xor(y, v128.and(i32x4.shl(y, 15), i32x4.splat(<i32>0xefc60000)));
  return v128.xor(y, i32x4.shr_u(y, 18));
}
