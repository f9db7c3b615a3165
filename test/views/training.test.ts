import { describe, expect, it } from 'vitest';
import { loadKernel } from '../../src/kernel.js';
import type { TrainingParams } from '../../src/types.js';
import { stepGrid, trainingCurves, trainingData } from '../../src/views.js';

// THEORY.md, "a grokking-like delay": n = 50, d = 200, ‖β‖ = 1, σ = 0.1, ‖w₀‖ = 10, η = 1/μ_max
// (half the stable maximum 2/μ_max), λ = 1e-2.
const grokking: TrainingParams = {
  scenario: 'grokking-like',
  nTrain: 50,
  d: 200,
  noise: 0.1,
  initScale: 10,
  weightDecay: 1e-2,
  learningRate: 0.5,
  trials: 5,
  seed: 0,
  steps: stepGrid(100_000, 300),
  trainThreshold: 1e-3,
};

// THEORY.md, "epoch-wise double descent": 20 fast features and one slow one, n = 100, σ = 1,
// w₀ = 0, η = 0.5/μ_max (a quarter of the stable maximum), 30 seeds.
const epochWise: TrainingParams = {
  scenario: 'epoch-wise',
  nTrain: 100,
  d: 21,
  noise: 1,
  initScale: 0,
  weightDecay: 0,
  learningRate: 0.25,
  trials: 30,
  seed: 0,
  steps: stepGrid(100_000, 300),
  trainThreshold: 1e-3,
};

/** Plain gradient descent, one step at a time: the independent check of the closed form. */
function stepByStep(
  params: TrainingParams,
  data: ReturnType<typeof trainingData>,
  eta: number,
  steps: number,
) {
  const { nTrain: n, d, weightDecay: lambda, noise } = params;
  const w = Float64Array.from(data.w0);
  const train: number[] = [];
  const test: number[] = [];
  const residual = new Float64Array(n);
  for (let t = 0; t <= steps; t++) {
    let trainSum = 0;
    for (let i = 0; i < n; i++) {
      let value = -data.y[i];
      for (let j = 0; j < d; j++) value += data.x[i * d + j] * w[j];
      residual[i] = value;
      trainSum += value * value;
    }
    let testSum = noise * noise;
    for (let j = 0; j < d; j++) testSum += (data.scales[j] * (w[j] - data.beta[j])) ** 2;
    train.push(trainSum / n);
    test.push(testSum);
    for (let j = 0; j < d; j++) {
      let gradient = lambda * w[j];
      for (let i = 0; i < n; i++) gradient += (data.x[i * d + j] * residual[i]) / n;
      w[j] -= eta * gradient;
    }
  }
  return { train, test };
}

describe('training-time view', () => {
  for (const params of [grokking, epochWise]) {
    it(`${params.scenario}: the eigenbasis solution equals 500 explicit gradient steps`, async () => {
      const kernel = await loadKernel();
      const steps = [0, 1, 2, 5, 17, 100, 333, 500];
      const single = { ...params, trials: 1, steps, seed: 3 };
      const curve = trainingCurves(kernel, single);
      const reference = stepByStep(single, trainingData(kernel, single, 3), curve.stepSize, 500);
      steps.forEach((step, i) => {
        // Both are exact up to rounding; 500 steps of accumulated rounding stay far below 1e-9.
        expect(Math.abs(curve.train[i] / reference.train[step] - 1)).toBeLessThan(1e-9);
        expect(Math.abs(curve.test[i] / reference.test[step] - 1)).toBeLessThan(1e-9);
      });
    });
  }

  it('grokking-like: train error fits within 100 steps, test error only after 1000', async () => {
    const curve = trainingCurves(await loadKernel(), grokking);
    expect(curve.marks.trainFitStep).not.toBeNull();
    expect(curve.marks.trainFitStep!).toBeLessThan(100);
    expect(curve.marks.generalizationStep!).toBeGreaterThan(1000);
    // From w₀ = 0 the same limit is reached long before (THEORY.md: by step ~100).
    const at100 = curve.x.findIndex((step) => step >= 100);
    expect(curve.zeroInit.test[at100]).toBeLessThan(1.05 * curve.finalTest);
  });

  it('grokking-like: with λ = 1e-3 the delay grows about tenfold', async () => {
    const kernel = await loadKernel();
    const slow = trainingCurves(kernel, { ...grokking, weightDecay: 1e-3 });
    const fast = trainingCurves(kernel, grokking);
    const ratio = slow.marks.generalizationStep! / fast.marks.generalizationStep!;
    expect(ratio).toBeGreaterThan(7);
    expect(ratio).toBeLessThan(13);
  });

  it('epoch-wise: test error falls, rises, then falls again', async () => {
    const curve = trainingCurves(await loadKernel(), epochWise);
    const at = (step: number) => curve.test[curve.x.findIndex((s) => s >= step)];
    // THEORY.md: excess 1.30 → 1.21 at t ≈ 3 → 1.34 at t ≈ 20 → 0.27 at t ≈ 1800 (σ² = 1 added).
    const start = at(1);
    const dip = Math.min(...[2, 3, 4, 5].map(at));
    const bump = Math.max(...[15, 20, 30].map(at));
    const late = at(2000);
    expect(dip).toBeLessThan(start - 0.05);
    expect(bump).toBeGreaterThan(dip + 0.08);
    expect(late).toBeLessThan(dip - 0.5);
  });
});
