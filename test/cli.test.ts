import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Curve } from '../src/types.js';

// These run the installed command (bin shim plus the esbuild bundle), as a user would after
// `npm ci`; `npm test` builds the bundle first.
const command = fileURLToPath(new URL('../bin/double-descent.js', import.meta.url));
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const REFERENCE_FLAGS = ['--dims', '10,30,60,80,100,150,300', '--rng', 'numpy'];
const SAMPLED = ['--test-error', 'sampled'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [command, ...args], (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('double-descent --format table', () => {
  it('prints exactly the lines of the reference script seed_experiment.py', async () => {
    // seed-table.txt is that script's stdout, captured once with NumPy.
    const result = await run([...REFERENCE_FLAGS, ...SAMPLED, '--format', 'table']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(fixture('seed-table.txt'));
  });

  it('prints the table by default', async () => {
    const result = await run([...REFERENCE_FLAGS, ...SAMPLED]);
    expect(result.stdout).toBe(fixture('seed-table.txt'));
  });
});

describe('double-descent --format json', () => {
  it('prints a Curve whose rows match the NumPy reference to 1e-6', async () => {
    const result = await run([...REFERENCE_FLAGS, ...SAMPLED, '--format', 'json']);
    expect(result.code).toBe(0);
    const curve = JSON.parse(result.stdout) as Curve;
    const reference = JSON.parse(fixture('seed-table.json')) as {
      rows: { d: number; train_mse: number; test_mse: number }[];
    };

    expect(curve.view).toBe('capacity');
    expect(curve.x).toEqual(reference.rows.map((row) => row.d));
    expect(curve.interpolationThreshold).toBe(80);
    expect(curve.params.rng).toBe('numpy');
    // Relative 1e-6 where errors are of order one; the training errors past the threshold are
    // round-off (about 1e-13 in NumPy) and only need to be that small, hence the absolute floor.
    const close = (got: number, want: number) =>
      Math.abs(got - want) <= 1e-6 * Math.max(Math.abs(want), 1);
    reference.rows.forEach((row, i) => {
      expect(close(curve.train[i], row.train_mse), `train at d = ${row.d}`).toBe(true);
      expect(close(curve.test[i], row.test_mse), `test at d = ${row.d}`).toBe(true);
    });
  });
});

describe('double-descent --format csv', () => {
  it('prints a header and one full-precision row per capacity', async () => {
    const result = await run([...REFERENCE_FLAGS, ...SAMPLED, '--format', 'csv']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('d,train_mse,test_mse');
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual([
      10, 30, 60, 80, 100, 150, 300,
    ]);
    expect(Number(lines[1].split(',')[2])).toBeCloseTo(1.1614987227314442, 6);
  });
});

describe('double-descent with bad flags', () => {
  it.each([
    [['--n-train', 'abc'], 'n-train'],
    [['--trials', '2.5'], 'trials'],
    [['--rng', 'mersenne'], 'rng'],
    [['--format', 'xml'], 'format'],
    [['--dims', '0,500'], 'dims'],
    [['--colour', 'red'], '--colour'],
    [['--seed'], '--seed'],
  ])('exits with status 2 and names the flag for %j', async (args, flag) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(flag);
  });

  it('reports every rejected flag, not only the first', async () => {
    const result = await run(['--n-train', 'abc', '--trials', '2.5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('n-train is "abc"');
    expect(result.stderr).toContain('trials is "2.5"');
  });
});

describe('double-descent --help', () => {
  it('lists every flag and exits with status 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--n-train', '--n-test', '--max-d', '--noise', '--trials', '--seed']) {
      expect(result.stdout).toContain(flag);
    }
    for (const flag of ['--dims', '--rng', '--test-error', '--format']) {
      expect(result.stdout).toContain(flag);
    }
  });
});
