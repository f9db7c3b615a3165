import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numpyRound3, pythonFloatRepr, referenceRound3 } from '../src/cli/python-float.js';

// Produced with test/fixtures/python-round.py: [repr(x), str(round(numpy.float64(x), 3))].
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/python-round.json', import.meta.url), 'utf8'),
) as { cases: [string, string][] };

function fromPythonRepr(text: string): number {
  // Python's repr round-trips through JavaScript's parser, except for the non-finite spellings.
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

describe('referenceRound3', () => {
  it('prints exactly what NumPy prints for round(x, 3), for every fixture case', () => {
    const mismatches = fixture.cases
      .map(([input, expected]) => {
        return { input, expected, got: referenceRound3(fromPythonRepr(input)) };
      })
      .filter((row) => row.got !== row.expected);
    expect(mismatches).toEqual([]);
    expect(fixture.cases.length).toBeGreaterThan(2000);
  });

  it('prints the reference table values as the reference does', () => {
    expect(referenceRound3(2.967778427482081e-13)).toBe('0.0');
    expect(referenceRound3(160.6502801191443)).toBe('160.65');
    expect(referenceRound3(1.4996570972969652)).toBe('1.5');
  });

  it('breaks exact ties towards the even digit and rounds x·1000, as NumPy does', () => {
    expect(numpyRound3(0.0625)).toBe(0.062);
    expect(numpyRound3(0.1875)).toBe(0.188);
    expect(numpyRound3(-0.0625)).toBe(-0.062);
    // 562.9155·1000 is 562915.5 in floating point, so NumPy rounds up where Python rounds down.
    expect(numpyRound3(562.9155)).toBe(562.916);
  });

  it('keeps the sign of a value that rounds to zero', () => {
    expect(referenceRound3(-0.0004)).toBe('-0.0');
  });
});

describe('pythonFloatRepr', () => {
  it('switches to exponent notation where Python does', () => {
    expect(pythonFloatRepr(1e-4)).toBe('0.0001');
    expect(pythonFloatRepr(1e-5)).toBe('1e-05');
    expect(pythonFloatRepr(9999999999999998)).toBe('9999999999999998.0');
    expect(pythonFloatRepr(1e16)).toBe('1e+16');
    expect(pythonFloatRepr(1.5e16)).toBe('1.5e+16');
  });
});
