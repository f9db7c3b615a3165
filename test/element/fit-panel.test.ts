/**
 * The fitted-function panel of the 1-D feature families: it appears for relu and fourier, follows
 * the cursor, shows the interpolant through every training point at d = n, and never draws NaN.
 */
import {
  afterEach,
  assert,
  assertEqual,
  cleanUp,
  describe,
  it,
  mount,
  shadow,
  sleep,
} from './helpers.js';

const RELU = { features: 'relu', 'n-train': '30', 'max-d': '300', trials: '3' };

async function panelFor(element: HTMLElement, d: number): Promise<Element> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const panel = shadow(element).querySelector('[part="fit"]');
    if (panel?.getAttribute('aria-label') === `Fitted function at d = ${d}`) return panel;
    await sleep(50);
  }
  throw new Error(`no fitted-function panel for d = ${d}`);
}

describe('<double-descent-demo> fitted-function panel', () => {
  afterEach(cleanUp);

  it('shows the training points, the true function and the fit at the cursor (d = n)', async () => {
    const element = await mount(RELU, { width: 1000 });
    const panel = await panelFor(element, 30);
    assertEqual(panel.querySelectorAll('circle.fit-point').length, 30, 'one dot per sample');
    assert(panel.querySelector('path.fit-truth')?.getAttribute('d'), 'the true function is drawn');
    const caption = panel.textContent ?? '';
    assert(caption.includes('In this synthetic 1-D task'), `the caption is scoped: ${caption}`);
    assert(caption.includes('at the interpolation threshold'), `it names the regime: ${caption}`);
    assert(!/NaN|Infinity/.test(panel.innerHTML), 'no NaN or Infinity in the panel');
  });

  it('follows the cursor to a wide model', async () => {
    const element = await mount(RELU, { width: 1000 });
    const atThreshold = (await panelFor(element, 30)).querySelector('path.fit-line')!;
    const before = atThreshold.getAttribute('d');
    element.setAttribute('capacity', '300');
    const wide = await panelFor(element, 300);
    assert(wide.textContent!.includes('beyond the interpolation threshold'), 'names the regime');
    assert(wide.querySelector('path.fit-line')!.getAttribute('d') !== before, 'the fit changed');
  });

  it('says how the solver copes with random Fourier features, and stays finite', async () => {
    const element = await mount({ ...RELU, features: 'fourier' }, { width: 400 });
    const panel = await panelFor(element, 30);
    assert(panel.textContent!.includes('numerically singular'), 'the ill-conditioning is stated');
    assert(!/NaN|Infinity/.test(panel.innerHTML), 'no NaN or Infinity in the panel');
  });

  it('shows no panel for the Gaussian task', async () => {
    const element = await mount({ 'n-train': '30', 'max-d': '60', trials: '2' });
    await sleep(200);
    assertEqual(shadow(element).querySelector('[part="fit"]'), null, 'no fit panel');
  });
});
