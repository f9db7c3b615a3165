/**
 * Bad input and failures: a rejected attribute never reaches the kernel, is explained in an
 * alert and an `error` event, and leaves the last good curve on screen until a valid value
 * arrives; a failed computation is explained the same way.
 */
import { DoubleDescentDemo } from '../../src/element/index.js';
import type { ParamError } from '../../src/params.js';
import type { Curve, ExperimentParams } from '../../src/types.js';
import {
  REFERENCE_ATTRIBUTES,
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

/** A demo whose kernel can be made to fail, and which counts how often it was asked to run. */
class FlakyDemo extends DoubleDescentDemo {
  failNext = false;
  computations = 0;

  protected override compute(params: ExperimentParams): Promise<Curve> {
    this.computations += 1;
    if (this.failNext) return Promise.reject(new Error('the kernel ran out of memory'));
    return super.compute(params);
  }
}
customElements.define('flaky-demo', FlakyDemo);

const BAD_VALUES: [string, string, string][] = [
  ['n-train', 'abc', 'whole number from 1 to 2000'],
  ['n-train', '', 'n-train is empty'],
  ['noise', '-1', 'number from 0 to 100'],
  ['trials', '2.5', 'not a whole number'],
  ['max-d', '100000000', 'whole number from 1 to 4000'],
];

function alertText(element: HTMLElement): string {
  return shadow(element).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('<double-descent-demo> bad values and failures', () => {
  afterEach(cleanUp);

  for (const [attribute, value, accepted] of BAD_VALUES) {
    const name = `rejects ${attribute}="${value}" with an alert and error event, keeping the chart`;
    it(name, async () => {
      const element = (await mount(REFERENCE_ATTRIBUTES, { tag: 'flaky-demo' })) as FlakyDemo;
      const train = pathOf(element, 'train-curve');
      const test = pathOf(element, 'test-curve');
      const runs = element.computations;
      const curves = record(element, 'curve');

      const failed = nextEvent<CustomEvent<ParamError>>(element, 'error');
      element.setAttribute(attribute, value);
      const { detail } = await failed;
      await sleep(100);
      curves.stop();

      assertEqual(detail.attribute, attribute, 'error.detail.attribute');
      assertEqual(detail.value, value, 'error.detail.value');
      assert(detail.message.includes(accepted), `message says what is accepted: ${detail.message}`);
      const shown = alertText(element);
      assert(shown.includes(detail.message), `the alert shows the message: "${shown}"`);
      assert(shown.includes(attribute), `the alert names ${attribute}: "${shown}"`);
      assertEqual(element.computations, runs, 'kernel runs after the bad value');
      assertEqual(curves.events.length, 0, 'curve events after the bad value');
      assertEqual(pathOf(element, 'train-curve'), train, 'train path');
      assertEqual(pathOf(element, 'test-curve'), test, 'test path');
      assertNoNaN(element);
    });
  }

  it('fires error like an image does: not bubbling and not leaving the shadow root', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const heard = record(document, 'error');
    const failed = nextEvent<CustomEvent<ParamError>>(element, 'error');
    element.setAttribute('noise', 'loud');
    const event = await failed;
    heard.stop();
    assertEqual(event.bubbles, false, 'bubbles');
    assertEqual(event.composed, false, 'composed');
    assertEqual(heard.events.length, 0, 'error events heard on document');
  });

  it('clears the message and redraws when a valid value follows a bad one', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const failed = nextEvent(element, 'error');
    element.setAttribute('n-train', 'abc');
    await failed;
    const next = nextEvent<CustomEvent<Curve>>(element, 'curve');
    element.setAttribute('n-train', '60');
    const curve = (await next).detail;
    await element.updateComplete;
    assertEqual(curve.params.nTrain, 60, 'n-train in the new curve');
    assertEqual(shadow(element).querySelector('[role="alert"]'), null, 'alert after the fix');
    assert(shadow(element).textContent?.includes('d = n = 60'), 'the threshold moves to 60');
  });

  it('rejects an unknown y-scale and keeps drawing on the last valid axis', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const path = pathOf(element, 'test-curve');
    const failed = nextEvent<CustomEvent<ParamError>>(element, 'error');
    element.setAttribute('y-scale', 'sqrt');
    assertEqual((await failed).detail.attribute, 'y-scale', 'error.detail.attribute');
    await element.updateComplete;
    assert(alertText(element).includes('"log" or "linear"'), 'the alert lists the choices');
    assertEqual(pathOf(element, 'test-curve'), path, 'test path');
  });

  it('shows a message and keeps the last curve when the kernel fails', async () => {
    const element = (await mount(REFERENCE_ATTRIBUTES, { tag: 'flaky-demo' })) as FlakyDemo;
    const path = pathOf(element, 'test-curve');
    element.failNext = true;
    element.setAttribute('seed', '1');
    await sleep(200);
    await element.updateComplete;
    const shown = alertText(element);
    assert(shown.includes('the kernel ran out of memory'), `alert gives the reason: "${shown}"`);
    assertEqual(pathOf(element, 'test-curve'), path, 'test path');
    assertNoNaN(element);

    element.failNext = false;
    const next = nextEvent(element, 'curve');
    element.setAttribute('seed', '2');
    await next;
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('[role="alert"]'), null, 'alert after a good run');
  });

  it('does not let a page replace the curve with numbers the kernel did not compute', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const path = pathOf(element, 'test-curve');
    let refused = false;
    try {
      (element as unknown as { curve: unknown }).curve = { view: 'capacity', x: [1], test: [NaN] };
    } catch {
      refused = true;
    }
    await element.updateComplete;
    assert(refused, 'assigning curve throws: it is read only');
    let edited = false;
    try {
      (element.curve!.test as number[])[0] = 1e6;
      edited = true;
    } catch {
      // A frozen array refuses the write (strict mode throws).
    }
    assert(!edited, 'the curve cannot be edited in place either');
    assertEqual(pathOf(element, 'test-curve'), path, 'test path');
    assertNoNaN(element);
  });
});
