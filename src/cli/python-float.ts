/**
 * The reference script's number format, reproduced so the CLI's table matches
 * `seed_experiment.py` character for character: NumPy's `round(x, 3)`, then the shortest
 * round-tripping digits as Python and NumPy print them.
 */

/**
 * NumPy's `round(x, 3)` on a float64, which is what the reference calls (its means are NumPy
 * scalars): x·1000 rounded to the nearest whole number, ties to even, then divided by 1000. This
 * differs from Python's correctly rounded `round` when x·1000 lands within a rounding error of a
 * half (562.9155 gives 562.916 here and 562.915 in plain Python).
 */
export function numpyRound3(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const scaled = x * 1000;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let whole = fraction > 0.5 ? floor + 1 : floor;
  if (fraction === 0.5) whole = floor % 2 === 0 ? floor : floor + 1;
  // Keep the sign of a negative value that rounds to zero, as rint does.
  if (whole === 0 && x < 0) return -0;
  return whole / 1000;
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

/** What the reference prints for `round(x, 3)` of a NumPy float: its table's number format. */
export function referenceRound3(x: number): string {
  return pythonFloatRepr(numpyRound3(x));
}
