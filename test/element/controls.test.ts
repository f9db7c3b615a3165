/**
 * The explorer's controls, driven by real mouse clicks and key presses: each control writes its
 * attribute and recomputes, the capacity cursor moves and reports the numbers at d, and the
 * `controls` attribute picks which controls appear.
 */
import type { CapacityCurve, CapacityReading } from '../../src/types.js';
import {
  afterEach,
  assert,
  assertEqual,
  cleanUp,
  describe,
  it,
  mount,
  nextEvent,
  shadow,
} from './helpers.js';
import { clickAt, hoverAt, part, press } from './interaction.js';

/** A quick sweep: seven capacities, five trials, exact expected test error. */
const QUICK = { dims: '10,30,60,80,100,150,300', trials: '5' };

const ALL_CONTROLS = 'n-train noise ridge trials capacity band show-theory show-optimal-ridge';

type CurveEvent = CustomEvent<CapacityCurve>;

describe('<double-descent-demo> controls', () => {
  afterEach(cleanUp);

  it('shows n-train, noise, ridge, trials and the cursor by default, each labelled', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    const controls = part(element, '[part="controls"]');
    const names = [...controls.querySelectorAll('input, select')].map((c) =>
      c.getAttribute('name'),
    );
    assertEqual(names.join(' '), 'n-train noise ridge trials capacity', 'default controls');
    for (const input of controls.querySelectorAll('input')) {
      const label = shadow(element).querySelector(`label[for="${input.id}"]`);
      assert(label?.textContent?.trim(), `input ${input.name} has a label`);
    }
  });

  it('shows only the listed controls, or none', async () => {
    const element = await mount({ ...QUICK, controls: 'noise ridge' });
    await element.updateComplete;
    const names = [...shadow(element).querySelectorAll('[part="controls"] input')].map((c) =>
      c.getAttribute('name'),
    );
    assertEqual(names.join(' '), 'noise ridge', 'controls="noise ridge"');
    element.setAttribute('controls', 'none');
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('[part="controls"]'), null, 'controls="none"');
  });

  for (const [name, attribute] of [
    ['n-train', 'n-train'],
    ['noise', 'noise'],
    ['ridge', 'ridge'],
    ['trials', 'trials'],
  ] as const) {
    it(`moves ${name} by mouse and by keyboard, mirroring the attribute and recomputing`, async () => {
      const element = await mount(QUICK);
      await element.updateComplete;
      const input = part<HTMLInputElement>(element, `input[name="${name}"]`);

      const byMouse = nextEvent<CurveEvent>(element, 'curve');
      await clickAt(input, 0.75);
      const clicked = (await byMouse).detail;
      const afterClick = element.getAttribute(attribute);
      assert(afterClick !== null, `clicking the ${name} slider sets ${attribute}`);
      assertEqual(String(paramOf(clicked, attribute)), String(Number(afterClick)), 'curve params');

      const byKey = nextEvent<CurveEvent>(element, 'curve');
      await press(input, 'ArrowLeft');
      const keyed = (await byKey).detail;
      const afterKey = element.getAttribute(attribute);
      assert(afterKey !== null && afterKey !== afterClick, `ArrowLeft changes ${attribute}`);
      assertEqual(String(paramOf(keyed, attribute)), String(Number(afterKey)), 'curve params');
    });
  }

  it('toggles the theory overlay by mouse and by keyboard', async () => {
    const element = await mount({ ...QUICK, controls: ALL_CONTROLS });
    const box = part<HTMLInputElement>(element, 'input[name="show-theory"]');
    const on = nextEvent<CurveEvent>(element, 'curve');
    await clickAt(box);
    assert((await on).detail.theory !== null, 'the curve event carries the theory');
    await element.updateComplete;
    assert(element.hasAttribute('show-theory'), 'show-theory is set');
    assert(shadow(element).querySelector('[part="theory-curve"]'), 'the theory curve is drawn');

    const off = nextEvent<CurveEvent>(element, 'curve');
    await press(box, 'Space');
    assertEqual((await off).detail.theory, null, 'theory after Space');
    assert(!element.hasAttribute('show-theory'), 'show-theory is removed');
  });

  it('toggles the optimal-ridge overlay and reports the chosen λ per capacity', async () => {
    const element = await mount({ ...QUICK, controls: ALL_CONTROLS });
    const box = part<HTMLInputElement>(element, 'input[name="show-optimal-ridge"]');
    const on = nextEvent<CurveEvent>(element, 'curve');
    await press(box, 'Space');
    const curve = (await on).detail;
    assertEqual(curve.optimalRidge?.lambda.length, 7, 'one λ per capacity');
    await element.updateComplete;
    assert(shadow(element).querySelector('[part="optimal-ridge-curve"]'), 'the overlay is drawn');
  });

  it('switches the spread band with the keyboard, without recomputing', async () => {
    const element = await mount({ ...QUICK, controls: ALL_CONTROLS });
    await element.updateComplete;
    assert(shadow(element).querySelector('[part="test-band"]'), 'an IQR band by default');
    const select = part<HTMLSelectElement>(element, 'select[name="band"]');
    await press(select, 'ArrowDown');
    await element.updateComplete;
    assertEqual(element.getAttribute('band'), 'minmax', 'band after ArrowDown');
    await press(select, 'ArrowDown');
    await element.updateComplete;
    assertEqual(element.getAttribute('band'), 'none', 'band after a second ArrowDown');
    assertEqual(shadow(element).querySelector('[part="test-band"]'), null, 'no band drawn');
  });
});

describe('<double-descent-demo> capacity cursor', () => {
  afterEach(cleanUp);

  it('moves with the arrow keys and reports d and the errors at d', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    const slider = part<HTMLInputElement>(element, 'input[name="capacity"]');
    assertEqual(slider.getAttribute('aria-valuetext'), 'd = 80', 'the cursor starts at d = n');
    const moved = nextEvent<CustomEvent<CapacityReading>>(element, 'capacity-change');
    await press(slider, 'ArrowRight');
    const event = await moved;
    const curve = element.curve!;
    assertEqual(event.detail.d, 100, 'd after ArrowRight');
    assertEqual(event.detail.test, curve.test[4], 'test error at d');
    assertEqual(event.detail.train, curve.train[4], 'train error at d');
    assert(event.bubbles && event.composed, 'capacity-change bubbles and is composed');
    assertEqual(element.getAttribute('capacity'), '100', 'the capacity attribute mirrors it');
    await element.updateComplete;
    const readout = part(element, '[part="readout"]').textContent ?? '';
    assert(readout.includes('d = 100') && readout.includes('test MSE'), `readout: ${readout}`);
  });

  it('moves to the capacity clicked on the chart, and hovering reads out d', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    const chart = part<SVGSVGElement>(element, 'svg[part="chart"]') as unknown as HTMLElement;
    const layoutWidth = Number(chart.getAttribute('viewBox')!.split(' ')[2]);
    // d = 300 sits at the right end of the plot (14px inside the edge).
    const right = (layoutWidth - 14) / layoutWidth;

    await hoverAt(chart, right);
    await element.updateComplete;
    const readout = part(element, '[part="readout"]').textContent ?? '';
    assert(readout.includes('d = 300'), `hovering reads out d = 300: ${readout}`);

    const moved = nextEvent<CustomEvent<CapacityReading>>(element, 'capacity-change');
    await clickAt(chart, right);
    assertEqual((await moved).detail.d, 300, 'clicked capacity');
  });
});

function paramOf(curve: CapacityCurve, attribute: string): number {
  const key = { 'n-train': 'nTrain', noise: 'noise', ridge: 'ridge', trials: 'trials' }[attribute];
  return curve.params[key as 'nTrain'];
}
