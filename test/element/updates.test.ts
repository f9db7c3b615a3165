/**
 * Recomputation: any change to an experiment attribute or property recomputes, several changes
 * in one task give one computation, and a slow stale result never replaces a newer one.
 */
import { DoubleDescentDemo } from '../../src/element/index.js';
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
  sleep,
} from './helpers.js';

/** A demo whose computations finish only when the test says so, in any order. */
class HeldDemo extends DoubleDescentDemo {
  pending: { params: ExperimentParams; finish: () => void }[] = [];

  protected override compute(params: ExperimentParams): Promise<Curve> {
    const real = super.compute(params);
    return new Promise((resolve, reject) => {
      this.pending.push({ params, finish: () => real.then(resolve, reject) });
    });
  }
}
customElements.define('held-demo', HeldDemo);

describe('<double-descent-demo> updates', () => {
  afterEach(cleanUp);

  it('recomputes when an attribute changes and reports the new parameters', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const before = pathOf(element, 'test-curve');
    const next = nextEvent<CustomEvent<Curve>>(element, 'curve');
    element.setAttribute('noise', '0.5');
    const curve = (await next).detail;
    await element.updateComplete;
    assertEqual(curve.params.noise, 0.5, 'noise in the new curve');
    assert(pathOf(element, 'test-curve') !== before, 'the test curve is redrawn');
    assertNoNaN(element);
  });

  it('recomputes when a property changes', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const next = nextEvent<CustomEvent<Curve>>(element, 'curve');
    element.nTrain = 60;
    const curve = (await next).detail;
    assertEqual(curve.params.nTrain, 60, 'n-train in the new curve');
    assertEqual(curve.interpolationThreshold, 60, 'threshold in the new curve');
  });

  it('turns several changes in one task into one computation with all of them', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const curves = record<CustomEvent<Curve>>(element, 'curve');
    element.setAttribute('noise', '0.3');
    element.setAttribute('trials', '5');
    element.seed = 7;
    await nextEvent(element, 'curve');
    await sleep(300);
    curves.stop();
    assertEqual(curves.events.length, 1, 'curve events');
    const { noise, trials, seed } = curves.events[0].detail.params;
    assertEqual(`${noise} ${trials} ${seed}`, '0.3 5 7', 'noise, trials and seed');
  });

  it('drops a result that arrives after a newer request was made', async () => {
    const element = document.createElement('held-demo') as HeldDemo;
    for (const [name, value] of Object.entries(REFERENCE_ATTRIBUTES)) {
      element.setAttribute(name, value);
    }
    document.body.append(element);
    const curves = record<CustomEvent<Curve>>(element, 'curve');
    try {
      await sleep(50);
      element.setAttribute('seed', '3');
      await sleep(50);
      assertEqual(element.pending.length, 2, 'computations started');

      // The newer request finishes first; the older one, finishing later, must not replace it.
      element.pending[1].finish();
      await nextEvent(element, 'curve');
      element.pending[0].finish();
      await sleep(300);
      assertEqual(curves.events.length, 1, 'curve events');
      assertEqual(curves.events[0].detail.params.seed, 3, 'seed of the curve shown');
      assertEqual(element.curve?.params.seed, 3, 'seed of element.curve');
    } finally {
      curves.stop();
      element.remove();
    }
  });
});
