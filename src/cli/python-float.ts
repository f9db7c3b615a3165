/**
 * Python's float formatting, reproduced so the CLI's table matches the reference script
 * (`seed_experiment.py`) character for character: `round(x, 3)` followed by `repr`.
 */

/**
 * Python's `round(x, 3)`: the double nearest to x's exact decimal value rounded to three places,
 * with exact ties going to the even digit (CPython rounds through a correctly rounded dtoa).
 */
export function pythonRound3(x: number): number {
  // Zero keeps its sign, and from 2^52 up every double is already a whole number.
  if (x === 0 || !Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;

  // `toFixed` rounds the exact binary value, so only exact ties need care. A double lies exactly
  // halfway between two multiples of 0.001 only if it is an odd multiple of 1/16 (halfway points
  // are odd multiples of 1/2000, and a binary fraction cannot have the factor 125 in its
  // denominator), and then it has exactly four decimals.
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const towardZero = x.toFixed(4).slice(0, -1);
    const lastDigit = Number(towardZero[towardZero.length - 1]);
    // `toFixed` breaks ties away from zero; Python keeps the even neighbour.
    return Number(lastDigit % 2 === 0 ? towardZero : x.toFixed(3));
  }
  return Number(x.toFixed(3));
}

/**
 * Python's `repr` of a float: the shortest digits that round-trip (as in JavaScript), written in
 * positional form with at least one decimal, or as `1e-05` / `1.5e+16` outside 1e-4 ≤ |x| < 1e16.
 */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';

  const sign = x < 0 ? '-' : '';
  const [mantissa, exponentText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  // CPython's rule (format_float_short): the value is 0.<digits> × 10^point.
  const point = exponent + 1;

  if (point <= -4 || point > 16) {
    const shownMantissa = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    const shownExponent = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${shownMantissa}e${exponent < 0 ? '-' : '+'}${shownExponent}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** What Python prints for `round(x, 3)`: the reference table's number format. */
export function pythonRound3Repr(x: number): string {
  return pythonFloatRepr(pythonRound3(x));
}
