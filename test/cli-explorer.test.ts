/**
 * The explorer's CLI flags: the same names as the element's attributes, the same numbers as its
 * events. `--format json` prints the `curve` event's detail (with quantiles, ridge and any
 * overlays), and `--capacity` prints the `capacity-change` detail at one d.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../src/cli/arguments.js';
import { computeCapacity } from '../src/experiment.js';
import { parseExperiment } from '../src/params.js';
import type { CapacityCurve, CapacityReading } from '../src/types.js';

const command = fileURLToPath(new URL('../bin/double-descent.js', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [command, ...args], (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const SMALL = ['--dims', '10,79,80,81,150,300', '--trials', '6', '--rng', 'numpy'];

describe('explorer flags', () => {
  it('parses the overlay, band and capacity flags', () => {
    const request = parseCliArguments([
      ...['--ridge', '0.5', '--show-theory', '--show-optimal-ridge'],
      ...['--band', 'minmax', '--capacity', '120'],
    ]);
    expect(request.kind).toBe('run');
    if (request.kind !== 'run') return;
    expect(request.params.ridge).toBe(0.5);
    expect(request.overlays).toEqual({ theory: true, optimalRidge: true });
    expect(request.band).toBe('minmax');
    expect(request.capacity).toBe(120);
  });

  it.each([
    [['--band', 'wide'], 'band is "wide"; use "iqr" or "minmax" or "none".'],
    [['--capacity', '0'], 'capacity is 0, outside the accepted range'],
    [['--ridge=-1'], 'ridge is -1, outside the accepted range; use a number from 0 to 10000.'],
  ])('rejects %j with a message naming the flag', (args, message) => {
    const request = parseCliArguments(args);
    expect(request.kind).toBe('invalid');
    expect(request.kind === 'invalid' && request.messages.join(' ')).toContain(message);
  });

  it('prints the curve event detail as JSON, with quantiles, ridge and overlays', async () => {
    const result = await run([...SMALL, '--ridge', '0.1', '--show-theory', '--format', 'json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as CapacityCurve;
    const parsed = parseExperiment({
      dims: '10,79,80,81,150,300',
      trials: 6,
      rng: 'numpy',
      ridge: 0.1,
    });
    if (!parsed.ok) throw new Error('reference parameters are valid');
    const expected = await computeCapacity(parsed.params, { theory: true, optimalRidge: false });
    // JSON writes every double with round-tripping digits, so the detail survives exactly.
    expect(printed).toEqual(expected);
    expect(printed.ridge).toBe(0.1);
    expect(printed.theory?.slice(1, 4)).toEqual([null, null, null]);
    expect(printed.quantiles.test.median).toHaveLength(6);
  });

  it('adds spread and overlay columns to CSV, writing an infinite expectation as inf', async () => {
    const args = [...SMALL, '--band', 'iqr', '--show-theory', '--show-optimal-ridge'];
    const result = await run([...args, '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toBe(
      'd,train_mse,test_mse,test_q25,test_median,test_q75,theory_test_mse,best_ridge,' +
        'best_ridge_test_mse',
    );
    expect(rows).toHaveLength(6);
    expect(rows[2].split(',')[6]).toBe('inf');
    for (const row of rows) expect(row).not.toMatch(/NaN|null|undefined/);
  });

  it('prints the capacity-change detail at --capacity', async () => {
    const whole = JSON.parse((await run([...SMALL, '--format', 'json'])).stdout) as CapacityCurve;
    const result = await run([...SMALL, '--capacity', '150', '--format', 'json']);
    const reading = JSON.parse(result.stdout) as CapacityReading;
    const i = whole.x.indexOf(150);
    expect(reading).toEqual({
      d: 150,
      train: whole.train[i],
      test: whole.test[i],
      testMedian: whole.quantiles.test.median[i],
      theory: null,
      optimalRidge: null,
    });
  });
});
