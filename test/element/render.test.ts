/**
 * What a reader sees: the chart with both curves and the threshold, the reference numbers in the
 * `curve` event, and a chart that stays legible at phone width and on either y axis.
 */
import {
  REFERENCE_ATTRIBUTES,
  afterEach,
  assert,
  assertClose,
  assertEqual,
  assertNoNaN,
  cleanUp,
  container,
  describe,
  it,
  mount,
  nextEvent,
  pathOf,
  record,
  shadow,
  sleep,
} from './helpers.js';
import type { Curve } from '../../src/types.js';

interface SeedTable {
  params: { n_train: number; dims: number[] };
  rows: { d: number; train_mse: number; test_mse: number }[];
}

async function seedTable(): Promise<SeedTable> {
  const response = await fetch(new URL('../fixtures/seed-table.json', import.meta.url));
  return (await response.json()) as SeedTable;
}

describe('<double-descent-demo> rendering', () => {
  afterEach(cleanUp);

  it('draws both curves, the labelled threshold, a legend and a summary', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    await element.updateComplete;
    const root = shadow(element);

    assert(root.querySelector('svg[part="chart"]'), 'the chart is an SVG with part="chart"');
    const sevenPoints = /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){6}$/;
    assert(sevenPoints.test(pathOf(element, 'train-curve')), 'the train path joins 7 points');
    assert(sevenPoints.test(pathOf(element, 'test-curve')), 'the test path joins 7 points');
    const threshold = root.querySelector('[part="threshold"]');
    assert(threshold, 'the threshold is marked with part="threshold"');
    assert(threshold.querySelector('line'), 'the threshold is drawn as a line');
    assert(threshold.textContent?.includes('d = n = 80'), 'the threshold is labelled d = n = 80');
    const legend = root.querySelector('.legend')?.textContent ?? '';
    assert(legend.includes('Train MSE') && legend.includes('Test MSE'), 'a legend names both');

    const summary = root.querySelector('[part="summary"]')?.textContent ?? '';
    assert(summary.includes('In this synthetic linear task'), `summary is scoped: "${summary}"`);
    const peak = summary.includes('d = 80') && summary.includes('160.7');
    assert(peak, `the summary gives the peak: "${summary}"`);
    assertNoNaN(element);
  });

  it('reports the NumPy reference numbers in the curve event', async () => {
    const table = await seedTable();
    const element = document.createElement('double-descent-demo');
    for (const [name, value] of Object.entries(REFERENCE_ATTRIBUTES)) {
      element.setAttribute(name, value);
    }
    const event = nextEvent<CustomEvent<Curve>>(element, 'curve');
    container().append(element);
    const curve = (await event).detail;

    assertEqual(curve.x.join(','), table.params.dims.join(','), 'capacities');
    assertEqual(curve.interpolationThreshold, table.params.n_train, 'interpolation threshold');
    // The kernel replays NumPy's random stream and solves in double precision; 1e-6 relative
    // leaves room for a different summation order than OpenBLAS, and nothing more.
    table.rows.forEach((row, i) => {
      assertClose(curve.test[i], row.test_mse, 1e-6, `test MSE at d = ${row.d}`);
      if (row.d < table.params.n_train) {
        assertClose(curve.train[i], row.train_mse, 1e-6, `train MSE at d = ${row.d}`);
      } else {
        // Past the threshold the fit interpolates: train MSE is rounding error (NumPy: ≤ 3e-13).
        assert(curve.train[i] < 1e-9, `train MSE at d = ${row.d} is ${curve.train[i]}, not ~0`);
      }
    });
  });

  it('bubbles the curve event out of its shadow root to the page', async () => {
    const heard = record<CustomEvent<Curve>>(document, 'curve');
    await mount(REFERENCE_ATTRIBUTES);
    heard.stop();
    assertEqual(heard.events.length, 1, 'curve events heard on document');
  });

  it('lays the chart out at its container width, so at 320px text keeps its size', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES, { width: 320 });
    await sleep(150);
    await element.updateComplete;
    const chart = shadow(element).querySelector('svg')!;
    assertEqual(chart.getAttribute('viewBox')?.split(' ')[2], '320', 'viewBox width');
    assertEqual(Math.round(chart.getBoundingClientRect().width), 320, 'rendered width');
    assertNoNaN(element);
  });

  it('switches to a linear error axis without recomputing', async () => {
    const element = await mount(REFERENCE_ATTRIBUTES);
    const before = pathOf(element, 'test-curve');
    const curves = record(element, 'curve');
    element.setAttribute('y-scale', 'linear');
    await element.updateComplete;
    await sleep(100);
    curves.stop();
    assertEqual(curves.events.length, 0, 'curve events after changing only y-scale');
    assert(pathOf(element, 'test-curve') !== before, 'the test curve is redrawn on the new axis');
    const labels = [...shadow(element).querySelectorAll('.y-axis text')].map((t) => t.textContent);
    assert(labels.includes('0'), `a linear axis starts at 0: ${labels.join(' ')}`);
    assertNoNaN(element);
  });
});
