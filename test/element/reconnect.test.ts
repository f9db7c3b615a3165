/**
 * Removing, re-adding or moving the element while it computes (as frameworks do when they
 * re-order a list) must end with a curve, not with the aborted run reported as a failure.
 */
import {
  afterEach,
  assert,
  assertEqual,
  cleanUp,
  container,
  describe,
  it,
  nextEvent,
  shadow,
  sleep,
} from './helpers.js';
import type { Curve } from '../../src/types.js';

// Large enough that the first computation is still running when the element is taken away.
const SLOW = { 'max-d': '600', trials: '40' };

function create(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('double-descent-demo');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('<double-descent-demo> taken off the page mid-computation', () => {
  afterEach(cleanUp);

  it('finishes the interrupted computation when it is added back', async () => {
    const box = container();
    const element = create(SLOW);
    box.append(element);
    await sleep(60);
    element.remove();
    await sleep(50);
    const curve = nextEvent<CustomEvent<Curve>>(element, 'curve');
    box.append(element);
    const detail = (await curve).detail;
    assertEqual(detail.x.length, 600, 'the full sweep arrives');
    assertEqual(shadow(element).querySelector('[role="alert"]'), null, 'no failure message');
  });

  it('recomputes with the new value after being moved to another parent', async () => {
    const first = container();
    const second = container();
    const element = create({ ...SLOW, 'n-train': '60' });
    first.append(element);
    await sleep(60);
    element.setAttribute('n-train', '70');
    second.append(element);
    const detail = (await nextEvent<CustomEvent<Curve>>(element, 'curve')).detail;
    assertEqual(detail.params.nTrain, 70, 'the newest value is computed');
    assert(!shadow(element).textContent?.includes('could not be computed'), 'no failure shown');
  });
});
