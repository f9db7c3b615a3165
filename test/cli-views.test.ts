/**
 * The CLI's view flags: `--view samples` and `--view training` take the element's view attributes
 * under the same names, reject what the element rejects with the same message, refuse flags that
 * the chosen view does not use, and print the `curve` event's detail as JSON or sensible table
 * and CSV columns (n or step, train, test, and for training the run from w₀ = 0).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../src/cli/arguments.js';
import { computeView, type SampleViewCurve, type TrainingViewCurve } from '../src/view-compute.js';
import { parseTrainingParams } from '../src/view-params.js';

const command = fileURLToPath(new URL('../bin/double-descent.js', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [command, ...args], { maxBuffer: 64 << 20 }, (error, out, err) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: out, stderr: err });
    });
  });
}

const SAMPLES = ['--view', 'samples', '--d', '30', '--max-n', '60', '--trials', '4'];
const TRAINING = ['--view', 'training', '--scenario', 'grokking-like', '--trials', '2'];

describe('view flags', () => {
  it('maps --view samples --d 100 --max-n 200 to the sample-size parameters', () => {
    const request = parseCliArguments(['--view', 'samples', '--d', '100', '--max-n', '200']);
    expect(request.kind).toBe('view');
    if (request.kind !== 'view' || request.request.view !== 'samples') return;
    const { params } = request.request;
    expect([params.d, params.maxD, params.nMax, params.ns.length]).toEqual([100, 100, 200, 200]);
    expect(params.ns[0]).toBe(1);
  });

  it('maps every training flag to the attribute of the same name', () => {
    const request = parseCliArguments([
      ...['--view', 'training', '--scenario', 'epoch-wise', '--weight-decay', '0.01'],
      ...['--init-scale', '3', '--learning-rate', '0.4', '--noise', '0.5', '--max-steps', '500'],
      ...['--train-threshold', '0.01', '--n-train', '60', '--d', '30', '--trials', '4'],
    ]);
    expect(request.kind).toBe('view');
    if (request.kind !== 'view' || request.request.view !== 'training') return;
    const p = request.request.params;
    expect(p).toMatchObject({
      scenario: 'epoch-wise', weightDecay: 0.01, initScale: 3, learningRate: 0.4, noise: 0.5,
      trainThreshold: 0.01, nTrain: 60, d: 30, trials: 4,
    });
    expect(p.steps[p.steps.length - 1]).toBe(500);
  });

  it('takes the scenario defaults of THEORY.md when only --scenario is given', () => {
    const request = parseCliArguments(['--view', 'training', '--scenario', 'grokking-like']);
    if (request.kind !== 'view' || request.request.view !== 'training') throw new Error('no view');
    expect(request.request.params).toMatchObject({
      nTrain: 50, d: 200, noise: 0.1, initScale: 10, weightDecay: 0.01, learningRate: 0.5,
      trials: 10,
    });
  });

  it('rejects a bad value with the message the element shows', () => {
    const request = parseCliArguments(['--view', 'training', '--weight-decay=-1']);
    const element = parseTrainingParams({ 'weight-decay': '-1' });
    expect(request.kind).toBe('invalid');
    expect(element.ok).toBe(false);
    if (request.kind !== 'invalid' || element.ok) return;
    expect(request.messages).toEqual([element.errors[0].message]);
    expect(request.messages[0]).toMatch(/^weight-decay is -1, outside the accepted range/);
  });

  it('rejects an unknown view, naming the accepted ones', () => {
    const request = parseCliArguments(['--view', 'epochs']);
    expect(request).toEqual({
      kind: 'invalid',
      messages: ['view is "epochs"; use "capacity" or "samples" or "training".'],
    });
  });

  it('refuses flags the chosen view does not use, rather than ignoring them', () => {
    const training = parseCliArguments(['--view', 'training', '--dims', '10,20']);
    expect(training).toEqual({
      kind: 'invalid',
      messages: ['--dims does not apply to --view training; it is used with --view capacity.'],
    });
    const capacity = parseCliArguments(['--weight-decay', '0.1']);
    expect(capacity.kind).toBe('invalid');
    if (capacity.kind === 'invalid') expect(capacity.messages[0]).toMatch(/--view training/);
  });
});

describe('view output', () => {
  it('--format json prints the curve event detail of the samples view', async () => {
    const result = await run([...SAMPLES, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as SampleViewCurve;
    const request = parseCliArguments(SAMPLES);
    if (request.kind !== 'view') throw new Error('the flags did not parse');
    const detail = await computeView(request.request);
    expect(printed).toEqual(JSON.parse(JSON.stringify(detail)));
    expect(printed.view).toBe('samples');
    expect(printed.x).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(printed.quantiles.test.median).toHaveLength(60);
  });

  it('--format json prints the training detail with marks and the run from w₀ = 0', async () => {
    const result = await run([...TRAINING, '--format', 'json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as TrainingViewCurve;
    expect(printed.view).toBe('training');
    expect(printed.x[0]).toBe(0);
    expect(printed.zeroInit.test).toHaveLength(printed.x.length);
    // The THEORY.md recipe: train fit within tens of steps, test within 2× final after 1000.
    expect(printed.marks.trainFitStep).toBeLessThan(100);
    expect(printed.marks.generalizationStep).toBeGreaterThan(1000);
  });

  it('--format table prints one line per n with train and test', async () => {
    const result = await run(SAMPLES);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(60);
    expect(lines[0]).toMatch(/^n = {2}1 train_mse = \S+ test_mse = \S+$/);
    expect(lines[59]).toMatch(/^n = 60 train_mse = /);
  });

  it('--format csv prints step, train, test and the zero-init test column exactly', async () => {
    const result = await run([...TRAINING, '--format', 'csv', '--max-steps', '2000']);
    const [header, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toBe('step,train_mse,test_mse,zero_init_test_mse');
    const request = parseCliArguments([...TRAINING, '--max-steps', '2000']);
    if (request.kind !== 'view') throw new Error('the flags did not parse');
    const detail = (await computeView(request.request)) as TrainingViewCurve;
    expect(rows).toHaveLength(detail.x.length);
    rows.forEach((row, i) => {
      // Shortest round-tripping digits: every cell reads back as the identical double.
      expect(row.split(',').map(Number)).toEqual([
        detail.x[i], detail.train[i], detail.test[i], detail.zeroInit.test[i],
      ]);
    });
  });

  it('--band iqr adds the quartile columns to the samples CSV', async () => {
    const result = await run([...SAMPLES, '--format', 'csv', '--band', 'iqr']);
    expect(result.stdout.split('\n')[0]).toBe('n,train_mse,test_mse,test_q25,test_median,test_q75');
  });
});
