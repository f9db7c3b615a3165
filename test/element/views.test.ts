/**
 * The sample-size and training-time views in the browser: each draws its curve, fires `curve`
 * with `view` and the numbers a direct kernel call gives, marks what it should (the threshold
 * n = d; the fit and generalisation steps), and rejects bad view attributes like the capacity
 * view rejects bad sizes.
 */
import { loadKernel } from '../../src/kernel.js';
import type { ParamError } from '../../src/params.js';
import type { SampleViewCurve, TrainingViewCurve, ViewCurve } from '../../src/view-compute.js';
import { parseSampleParams, parseTrainingParams } from '../../src/view-params.js';
import { sampleSweep, trainingCurves } from '../../src/views.js';
import {
  afterEach,
  assert,
  assertEqual,
  assertNoNaN,
  cleanUp,
  describe,
  it,
  mount,
  nextEvent,
  pathOf,
  record,
  shadow,
  sleep,
} from './helpers.js';
import { part, press } from './interaction.js';

type CurveEvent = CustomEvent<ViewCurve>;

const SAMPLES = { view: 'samples', d: '40', 'max-n': '80', trials: '6' };
const GROKKING = { view: 'training', scenario: 'grokking-like' };

function text(element: HTMLElement, selector: string): string {
  return shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Mounts an element and returns it with the detail of its first `curve` event. */
async function mountWithCurve<C extends ViewCurve>(attributes: Record<string, string>) {
  const box = document.createElement('div');
  box.style.width = '640px';
  document.body.append(box);
  const element = document.createElement('double-descent-demo');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const first = nextEvent<CurveEvent>(element, 'curve');
  box.append(element);
  const curve = (await first).detail as C;
  await element.updateComplete;
  return { element, curve, box };
}

function assertSameNumbers(actual: number[], expected: number[], what: string): void {
  assertEqual(actual.length, expected.length, `${what}: length`);
  // The element and this test run the same kernel on the same thread: identical bits.
  actual.forEach((value, i) => assertEqual(value, expected[i], `${what}[${i}]`));
}

describe('<double-descent-demo view="samples">', () => {
  let boxes: HTMLElement[] = [];
  afterEach(() => {
    boxes.forEach((box) => box.remove());
    boxes = [];
    cleanUp();
  });

  it('fires curve with view "samples", x = n, and the kernel\'s numbers', async () => {
    const { curve, element, box } = await mountWithCurve<SampleViewCurve>(SAMPLES);
    boxes.push(box);
    assertEqual(curve.view, 'samples', 'detail.view');
    assertEqual(curve.x.join(','), Array.from({ length: 80 }, (_, i) => i + 1).join(','), 'x');
    const parsed = parseSampleParams({ d: '40', 'max-n': '80', trials: '6' });
    assert(parsed.ok, 'the same attributes validate');
    const direct = sampleSweep(await loadKernel(), parsed.params);
    assertSameNumbers(curve.test, direct.test, 'test');
    assertSameNumbers(curve.train, direct.train, 'train');
    assertEqual(curve.quantiles.test.median.length, 80, 'test median length');
    assertEqual(curve.interpolationThreshold, 40, 'threshold');
    assert(pathOf(element, 'test-curve').length > 0, 'the test curve is drawn');
    assertNoNaN(element);
  });

  it('marks and labels n = d, and says adding samples near it made test error worse', async () => {
    const { element, curve, box } = await mountWithCurve<SampleViewCurve>(SAMPLES);
    boxes.push(box);
    assert(text(element, '[part="threshold"]').includes('n = d = 40'), 'threshold label');
    assert(text(element, '.x-axis .title').includes('Training samples n'), 'x-axis title');
    const summary = text(element, '#summary');
    assert(summary.includes('In this synthetic linear task'), `scoped summary: ${summary}`);
    assert(summary.includes('near n = d = 40 made test error worse'), `summary: ${summary}`);
    // The peak of the mean sits within a few samples of the threshold.
    const peak = curve.test.indexOf(Math.max(...curve.test));
    assert(Math.abs(curve.x[peak] - 40) <= 3, `peak at n = ${curve.x[peak]}`);
    const names = [...shadow(element).querySelectorAll('[part="controls"] input')].map((input) =>
      input.getAttribute('name'),
    );
    assertEqual(names.join(' '), 'd noise ridge trials', 'default controls');
  });

  it('moving the capacity slider recomputes at the new d', async () => {
    const { element, box } = await mountWithCurve<SampleViewCurve>(SAMPLES);
    boxes.push(box);
    const next = nextEvent<CurveEvent>(element, 'curve');
    await press(part(element, 'input[name="d"]'), 'ArrowRight');
    const curve = (await next).detail as SampleViewCurve;
    assertEqual(element.getAttribute('d'), '41', 'the d attribute mirrors the slider');
    assertEqual(curve.params.d, 41, 'd in the new curve');
  });
});

describe('<double-descent-demo view="training">', () => {
  let boxes: HTMLElement[] = [];
  afterEach(() => {
    boxes.forEach((box) => box.remove());
    boxes = [];
    cleanUp();
  });

  it("grokking-like: fires curve with steps and the kernel's numbers, marks < 100 and > 1000", async () => {
    const { element, curve, box } = await mountWithCurve<TrainingViewCurve>(GROKKING);
    boxes.push(box);
    assertEqual(curve.view, 'training', 'detail.view');
    assertEqual(curve.x[0], 0, 'x starts at step 0');
    assertEqual(curve.x[curve.x.length - 1], 100_000, 'x ends at max-steps');
    const parsed = parseTrainingParams({ scenario: 'grokking-like' });
    assert(parsed.ok, 'the scenario validates');
    const direct = trainingCurves(await loadKernel(), parsed.params);
    assertSameNumbers(curve.test, direct.test, 'test');
    assertSameNumbers(curve.zeroInit.test, direct.zeroInit.test, 'zero-init test');
    const { trainFitStep, generalizationStep } = curve.marks;
    assert(trainFitStep !== null && trainFitStep < 100, `train fit at ${trainFitStep}`);
    assert(
      generalizationStep !== null && generalizationStep > 1000,
      `test at ${generalizationStep}`,
    );

    const marks = [...shadow(element).querySelectorAll('[part="mark"]')];
    assertEqual(marks.length, 2, 'marks drawn');
    assert(marks[0].textContent?.includes(`step ${trainFitStep}`), 'fit mark label');
    assert(marks[1].textContent?.includes(`step ${generalizationStep}`), 'test mark label');
    const zero = shadow(element).querySelector('[part="zero-init-curve"]');
    assert(zero?.getAttribute('d'), 'the run from w₀ = 0 is drawn');
    assert(text(element, '.legend').includes('from w₀ = 0'), 'the legend names it');
    assertNoNaN(element);
  });

  it('grokking-like: a log step axis, the gap stated, labelled grokking-like with sources', async () => {
    const { element, curve, box } = await mountWithCurve<TrainingViewCurve>(GROKKING);
    boxes.push(box);
    const ticks = [...shadow(element).querySelectorAll('.x-axis text:not(.title)')].map((t) =>
      t.textContent?.trim(),
    );
    assert(ticks.includes('1') && ticks.includes('100'), `decade ticks: ${ticks.join(' ')}`);
    assert(text(element, '.x-axis .title').includes('log scale'), 'x-axis title says log');
    const { trainFitStep: fit, generalizationStep: general } = curve.marks;
    const summary = text(element, '#summary');
    assert(summary.includes(`a gap of ${general! - fit!} steps`), `gap stated: ${summary}`);
    assert(summary.includes('Before training (step 0'), `step 0 stated: ${summary}`);
    const explanation = text(element, '[part="explanation"]');
    assert(explanation.includes('grokking-like delay in a linear model'), explanation);
    assert(explanation.includes('weight decay'), `mechanism: ${explanation}`);
    const cite = text(element, '[part="citation"]');
    assert(cite.includes('Power et al. 2022') && cite.includes('Omnigrok'), `sources: ${cite}`);
    const names = [...shadow(element).querySelectorAll('[part="controls"] input')].map((input) =>
      input.getAttribute('name'),
    );
    assertEqual(names.join(' '), 'weight-decay init-scale learning-rate noise', 'controls');
  });

  it('epoch-wise: the event numbers fall, rise, then fall again', async () => {
    const attributes = { view: 'training', scenario: 'epoch-wise' };
    const { element, curve, box } = await mountWithCurve<TrainingViewCurve>(attributes);
    boxes.push(box);
    const { test, x } = curve;
    // Independently of the element's sentence: the lowest point of the first 10 steps, the
    // highest after it within the first 200, and the final value.
    const early = x
      .map((step, i) => [step, i])
      .filter(([step]) => step <= 10)
      .map(([, i]) => i);
    const dip = early.reduce((best, i) => (test[i] < test[best] ? i : best), early[0]);
    const middle = x.map((step, i) => [step, i]).filter(([s]) => s > x[dip] && s <= 200);
    const bump = middle.reduce((best, [, i]) => (test[i] > test[best] ? i : best), middle[0][1]);
    assert(test[dip] < test[0], `falls: ${test[0]} → ${test[dip]}`);
    assert(test[bump] > 1.03 * test[dip], `rises: ${test[dip]} → ${test[bump]} at ${x[bump]}`);
    assert(test[test.length - 1] < 0.8 * test[bump], `falls again to ${test[test.length - 1]}`);
    assert(text(element, '#summary').includes('epoch-wise double descent'), 'labelled');
    assert(text(element, '[part="citation"]').includes('Heckel'), 'cites Heckel & Yilmaz');
    assertEqual(shadow(element).querySelector('[part="zero-init-curve"]'), null, 'no w₀ = 0 run');
    // A bump of a few per cent needs a linear error axis to be seen: round linear ticks, no
    // decades.
    const ticks = [...shadow(element).querySelectorAll('.y-axis text')].map((t) => t.textContent);
    assert(ticks.includes('2') && !ticks.includes('10'), `a linear error axis: ${ticks.join(' ')}`);
    assertNoNaN(element);
  });

  it('switching an element from capacity to training recomputes with view "training"', async () => {
    const element = await mount({ dims: '10,80,300', trials: '3' });
    const next = nextEvent<CurveEvent>(element, 'curve');
    element.setAttribute('scenario', 'epoch-wise');
    element.view = 'training';
    const curve = (await next).detail;
    assertEqual(curve.view, 'training', 'detail.view after the switch');
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('[part="cursor"]'), null, 'no capacity cursor');
  });
});

const BAD_VIEW_VALUES: [Record<string, string>, string, string, string][] = [
  [SAMPLES, 'view', 'sideways', '"capacity" or "samples" or "training"'],
  [SAMPLES, 'max-n', 'abc', 'whole number'],
  [SAMPLES, 'd', '0', 'from 1 to 1000'],
  [GROKKING, 'scenario', 'grokking', '"grokking-like" or "epoch-wise"'],
  [GROKKING, 'weight-decay', '-1', 'from 0 to 10'],
  [GROKKING, 'learning-rate', '2', 'from 0.000001 to 0.99'],
  [GROKKING, 'init-scale', 'big', 'not a number'],
  [GROKKING, 'max-steps', '5', 'from 10 to'],
  [GROKKING, 'train-threshold', '0', 'from'],
];

describe('<double-descent-demo> bad view attributes', () => {
  let boxes: HTMLElement[] = [];
  afterEach(() => {
    boxes.forEach((box) => box.remove());
    boxes = [];
  });

  for (const [attributes, attribute, value, accepted] of BAD_VIEW_VALUES) {
    it(`${attributes.view}: rejects ${attribute}="${value}", keeping the last curve`, async () => {
      const { element, box } = await mountWithCurve(attributes);
      boxes.push(box);
      const test = pathOf(element, 'test-curve');
      const curves = record(element, 'curve');
      const heard = record(document, 'error');
      const failed = nextEvent<CustomEvent<ParamError>>(element, 'error');
      element.setAttribute(attribute, value);
      const event = await failed;
      await sleep(150);
      await element.updateComplete;
      curves.stop();
      heard.stop();

      assertEqual(event.detail.attribute, attribute, 'error.detail.attribute');
      assertEqual(event.detail.value, value, 'error.detail.value');
      assert(event.detail.message.includes(value), `names the value: ${event.detail.message}`);
      assert(
        event.detail.message.includes(accepted),
        `says what is accepted: ${event.detail.message}`,
      );
      assertEqual(event.bubbles, false, 'error bubbles');
      assertEqual(heard.events.length, 0, 'error events heard on document');
      const alert = text(element, '[role="alert"]');
      assert(alert.includes(event.detail.message), `the alert shows it: ${alert}`);
      assert(alert.includes('last valid curve'), 'the alert says the chart is kept');
      assertEqual(curves.events.length, 0, 'curve events after the bad value');
      assertEqual(pathOf(element, 'test-curve'), test, 'test path kept');
      assertNoNaN(element);
    });
  }
});
