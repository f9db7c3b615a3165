/**
 * An axe-core scan of the element, shadow DOM included, in each state a reader can reach: the
 * default chart, every control and overlay with the data table open, predict mode before and
 * after the guess, the dark theme, and a 320px column, and the sample-size and training-time
 * views with their controls, table and notes panel. No serious or critical violation passes.
 */
import { afterEach, assert, cleanUp, describe, it, mount, shadow } from './helpers.js';
import { part, press } from './interaction.js';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

interface Axe {
  run(context: Element, options: object): Promise<{ violations: AxeViolation[] }>;
}

const QUICK = { dims: '10,30,60,80,100,150,300', trials: '5' };
const ALL_CONTROLS = 'n-train noise ridge trials capacity band show-theory show-optimal-ridge';

async function axe(): Promise<Axe> {
  const loaded = (window as unknown as { axe?: Axe }).axe;
  if (loaded) return loaded;
  // axe-core ships a browser build; the test server serves node_modules as files.
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return (window as unknown as { axe: Axe }).axe;
}

async function assertAccessible(element: HTMLElement, state: string): Promise<void> {
  const { violations } = await (
    await axe()
  ).run(element.parentElement!, {
    resultTypes: ['violations'],
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}`)
    .join('; ');
  assert(bad.length === 0, `${state}: ${report}`);
}

describe('<double-descent-demo> accessibility (axe-core)', () => {
  afterEach(cleanUp);

  it('the default element has no serious or critical violations', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    await assertAccessible(element, 'default');
  });

  it('every control, both overlays and the open data table pass', async () => {
    const element = await mount({
      ...QUICK,
      controls: ALL_CONTROLS,
      'show-theory': '',
      'show-optimal-ridge': '',
    });
    await element.updateComplete;
    await press(part(element, '.data summary'), 'Enter');
    await element.updateComplete;
    assert(shadow(element).querySelector('table caption'), 'the data table opened');
    await assertAccessible(element, 'all controls, overlays and table');
  });

  it('predict mode passes before and after the guess', async () => {
    const element = await mount({ ...QUICK, predict: '' });
    await element.updateComplete;
    await assertAccessible(element, 'predict, guessing');
    await press(part(element, '.predict button'), 'Enter');
    await element.updateComplete;
    await assertAccessible(element, 'predict, revealed');
  });

  it('the dark theme and a 320px column pass, including colour contrast', async () => {
    const element = await mount({ ...QUICK, theme: 'dark' }, { width: 320 });
    await element.updateComplete;
    await assertAccessible(element, 'dark, 320px');
  });

  it('the sample-size view with every control it takes and the open table passes', async () => {
    const element = await mount({
      view: 'samples',
      d: '30',
      trials: '4',
      controls: 'd noise ridge trials band',
    });
    await element.updateComplete;
    await press(part(element, '.data summary'), 'Enter');
    await element.updateComplete;
    assert(shadow(element).querySelector('table caption'), 'the data table opened');
    await assertAccessible(element, 'samples view, controls and table');
  });

  it('the grokking-like training view with its marks, controls and notes passes', async () => {
    const element = await mount({
      view: 'training',
      scenario: 'grokking-like',
      trials: '3',
      notes: '',
      'note-key': 'axe-scan',
      controls: 'scenario weight-decay init-scale learning-rate noise trials band',
    });
    await element.updateComplete;
    assert(shadow(element).querySelector('[part="mark"]'), 'the marks are drawn');
    await press(part(element, '.data summary'), 'Enter');
    await element.updateComplete;
    await assertAccessible(element, 'training view, marks, controls, table and notes');
  });

  it('the epoch-wise view in the dark theme at 320px passes, including colour contrast', async () => {
    const attributes = { view: 'training', scenario: 'epoch-wise', trials: '3', theme: 'dark' };
    const element = await mount(attributes, { width: 320 });
    await element.updateComplete;
    await assertAccessible(element, 'epoch-wise, dark, 320px');
  });
});
