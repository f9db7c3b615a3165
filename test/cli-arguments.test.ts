import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../src/cli/arguments.js';
import { DEFAULTS } from '../src/params.js';

describe('parseCliArguments', () => {
  it('maps each flag to the element attribute of the same name', () => {
    const request = parseCliArguments([
      ...['--n-train', '50', '--n-test', '500', '--max-d', '120', '--noise', '0.5'],
      ...['--trials', '3', '--seed', '7', '--dims', '10,20', '--rng', 'numpy'],
      ...['--test-error', 'sampled', '--format', 'csv'],
    ]);
    expect(request).toEqual({
      kind: 'run',
      format: 'csv',
      overlays: { theory: false, optimalRidge: false },
      band: null,
      capacity: null,
      params: {
        nTrain: 50,
        nTest: 500,
        maxD: 120,
        noise: 0.5,
        trials: 3,
        seed: 7,
        dims: [10, 20],
        rng: 'numpy',
        testError: 'sampled',
        ridge: 0,
        features: 'gaussian',
      },
    });
  });

  it('uses the element defaults and the table format when no flag is given', () => {
    const request = parseCliArguments([]);
    expect(request.kind).toBe('run');
    if (request.kind !== 'run') return;
    expect(request.format).toBe('table');
    expect(request.params.nTrain).toBe(DEFAULTS.nTrain);
    expect(request.params.dims).toHaveLength(DEFAULTS.maxD);
  });

  it('accepts the --flag=value spelling', () => {
    const request = parseCliArguments(['--noise=0.1']);
    expect(request.kind === 'run' && request.params.noise).toBe(0.1);
  });

  it('returns the validation message for a value that is not a whole number', () => {
    const request = parseCliArguments(['--trials', '2.5']);
    expect(request.kind).toBe('invalid');
    if (request.kind !== 'invalid') return;
    expect(request.messages).toHaveLength(1);
    expect(request.messages[0]).toMatch(/^trials is "2\.5", which is not a whole number/);
  });

  it('rejects positional arguments, since every input has a flag', () => {
    expect(parseCliArguments(['80']).kind).toBe('invalid');
  });

  it('recognises -h and --help before validating anything else', () => {
    expect(parseCliArguments(['-h', '--trials', 'x'])).toEqual({ kind: 'help' });
  });
});
