import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pythonFloatRepr, pythonRound3, pythonRound3Repr } from '../src/cli/python-float.js';

// Produced by CPython with test/fixtures/python-round.py: [repr(x), repr(round(x, 3))].
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

describe('pythonRound3Repr', () => {
  it('prints exactly what CPython prints for round(x, 3), for every fixture case', () => {
    const mismatches = fixture.cases
      .map(([input, expected]) => {
        return { input, expected, got: pythonRound3Repr(fromPythonRepr(input)) };
      })
      .filter((row) => row.got !== row.expected);
    expect(mismatches).toEqual([]);
    expect(fixture.cases.length).toBeGreaterThan(2000);
  });

  it('prints the reference table values as the reference does', () => {
    expect(pythonRound3Repr(2.967778427482081e-13)).toBe('0.0');
    expect(pythonRound3Repr(160.6502801191443)).toBe('160.65');
    expect(pythonRound3Repr(1.4996570972969652)).toBe('1.5');
  });

  it('breaks exact ties towards the even digit, as Python does', () => {
    expect(pythonRound3(0.0625)).toBe(0.062);
    expect(pythonRound3(0.1875)).toBe(0.188);
    expect(pythonRound3(-0.0625)).toBe(-0.062);
  });

  it('keeps the sign of a value that rounds to zero', () => {
    expect(pythonRound3Repr(-0.0004)).toBe('-0.0');
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
