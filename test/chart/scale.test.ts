/**
 * Scales and ticks: positions are checked against hand-computed pixels, and tick choices against
 * the round numbers a reader expects on each axis.
 */
import { describe, expect, it } from 'vitest';
import {
  decadeAbove,
  decadeBelow,
  formatTick,
  linearScale,
  linearTicks,
  logScale,
  logTicks,
  niceLinearDomain,
  niceStep,
} from '../../src/element/scale.js';

describe('linearScale', () => {
  it('maps the domain ends onto the range ends, including an inverted y range', () => {
    const y = linearScale([0, 200], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(200)).toBe(20);
    expect(y(100)).toBe(160);
  });

  it('maps a zero-width domain to the middle of the range instead of dividing by zero', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('logScale', () => {
  it('gives each decade the same height', () => {
    const y = logScale([1e-3, 1e3], [600, 0]);
    expect(y(1e-3)).toBeCloseTo(600, 9);
    expect(y(1)).toBeCloseTo(300, 9);
    expect(y(10) - y(100)).toBeCloseTo(100, 9);
  });
});

describe('niceStep and niceLinearDomain', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(300, 6)).toBe(50);
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(160, 4)).toBe(50);
    expect(niceStep(0.007, 7)).toBe(0.001);
  });

  it('widens a domain outward to whole steps', () => {
    expect(niceLinearDomain(0, 287, 6)).toEqual([0, 300]);
    expect(niceLinearDomain(0, 160.65, 5)).toEqual([0, 180]);
  });

  it('turns an empty or degenerate domain into a drawable one', () => {
    expect(niceLinearDomain(0, 0, 5)).toEqual([0, 1]);
    expect(niceLinearDomain(Number.NaN, 3, 5)).toEqual([0, 1]);
  });
});

describe('linearTicks', () => {
  it('lists round ticks inside the domain without floating-point noise', () => {
    expect(linearTicks(0, 300, 6)).toEqual([0, 50, 100, 150, 200, 250, 300]);
    expect(linearTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});

describe('logTicks', () => {
  it('lists every decade when they fit', () => {
    expect(logTicks(1e-3, 1e3, 10)).toEqual([1e-3, 0.01, 0.1, 1, 10, 100, 1000]);
  });

  it('thins to every second decade, keeping 1, when there is room for fewer', () => {
    expect(logTicks(1e-3, 1e3, 4)).toEqual([0.01, 1, 100]);
  });

  it('returns no ticks for a domain that is not positive', () => {
    expect(logTicks(0, 10, 5)).toEqual([]);
    expect(logTicks(-1, 10, 5)).toEqual([]);
  });
});

describe('decades', () => {
  it('rounds to the enclosing powers of ten, leaving exact decades alone', () => {
    expect(decadeBelow(0.7877)).toBe(0.1);
    expect(decadeAbove(160.65)).toBe(1000);
    expect(decadeBelow(1000)).toBe(1000);
    expect(decadeAbove(1e-3)).toBe(1e-3);
  });
});

describe('formatTick', () => {
  it('writes middle-sized values as plain decimals', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(0.01)).toBe('0.01');
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(250)).toBe('250');
  });

  it('writes very small and very large decades as powers of ten', () => {
    expect(formatTick(1e-3)).toBe('10⁻³');
    expect(formatTick(1e-21)).toBe('10⁻²¹');
    expect(formatTick(1e5)).toBe('10⁵');
  });
});
