/**
 * Maps data values to pixel positions and picks axis ticks a reader can take in at a glance:
 * round linear steps (1, 2 or 5 times a power of ten) and whole decades on a log axis.
 */

/** A map from a data interval onto a pixel interval. */
export interface Scale {
  /** The pixel position of `value`; values outside the domain extrapolate. */
  (value: number): number;
  /** The data interval [low, high]. */
  readonly domain: readonly [number, number];
  /** The pixel interval the domain maps onto (may run high to low, as on a y axis). */
  readonly range: readonly [number, number];
}

/** A linear map of `domain` onto `range`; a zero-width domain maps everything to the middle. */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const map = (value: number): number =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0);
  return Object.assign(map, { domain: [d0, d1] as const, range: [r0, r1] as const });
}

/** A base-10 log map of a strictly positive `domain` onto `range`. */
export function logScale(domain: [number, number], range: [number, number]): Scale {
  const inner = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range);
  const map = (value: number): number => inner(Math.log10(value));
  return Object.assign(map, { domain: [domain[0], domain[1]] as const, range: inner.range });
}

/** The round step (1, 2 or 5 × 10^k) that cuts `span` into about `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  // Thresholds sit at the geometric midpoints between 1, 2, 5 and 10, so the chosen step is
  // the round number nearest the raw step on a log scale.
  const round = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
  return round * power;
}

/** Widens [low, high] outward to whole round steps, for a linear axis of about `count` ticks. */
export function niceLinearDomain(low: number, high: number, count: number): [number, number] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (low === high) return low === 0 ? [0, 1] : niceLinearDomain(low * 0.9, high * 1.1, count);
  const step = niceStep(high - low, count);
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}

/** Round-stepped ticks inside [low, high], about `count` of them. */
export function linearTicks(low: number, high: number, count: number): number[] {
  const step = niceStep(high - low, count);
  const first = Math.ceil(low / step - 1e-9);
  const last = Math.floor(high / step + 1e-9);
  const ticks: number[] = [];
  // Multiplying an integer by the step (rather than adding steps up) keeps 0.1 * 3 from
  // drifting into 0.30000000000000004 across many ticks.
  for (let i = first; i <= last; i++) ticks.push(cleanFloat(i * step));
  return ticks;
}

/**
 * Whole decades inside [low, high], thinned to every second, third, … decade so that no more
 * than `maxCount` remain; thinning keeps decades that are multiples of the stride, so 10^0 stays.
 */
export function logTicks(low: number, high: number, maxCount: number): number[] {
  if (!(low > 0) || !(high >= low) || !Number.isFinite(high)) return [];
  const first = Math.ceil(Math.log10(low) - 1e-9);
  const last = Math.floor(Math.log10(high) + 1e-9);
  const decades = last - first + 1;
  if (decades <= 0) return [];
  const stride = Math.max(1, Math.ceil(decades / Math.max(1, maxCount)));
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) {
    if (k % stride === 0) ticks.push(cleanFloat(10 ** k));
  }
  return ticks;
}

/** The decade at or below `value` (for example 0.79 → 0.1). */
export function decadeBelow(value: number): number {
  return cleanFloat(10 ** Math.floor(Math.log10(value) + 1e-9));
}

/** The decade at or above `value` (for example 160 → 1000). */
export function decadeAbove(value: number): number {
  return cleanFloat(10 ** Math.ceil(Math.log10(value) - 1e-9));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A short tick label: plain decimals between 0.01 and 9999, and 10 with a superscript exponent
 * for whole decades outside that, since "10⁻⁶" reads faster than "0.000001" or "1e-6".
 */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 0.01 && magnitude < 1e4) return String(cleanFloat(value));
  const exponent = Math.round(Math.log10(magnitude));
  if (Math.abs(magnitude / 10 ** exponent - 1) < 1e-9) {
    const power = `10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
    return value < 0 ? `−${power}` : power;
  }
  return value.toExponential(1);
}

/** Rounds away binary noise such as 0.30000000000000004 so labels and comparisons stay clean. */
function cleanFloat(value: number): number {
  return Number(value.toPrecision(12));
}
