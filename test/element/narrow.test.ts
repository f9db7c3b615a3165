/**
 * The element in a narrow column (240px, the narrowest a page is expected to give it): nothing
 * sticks out of its box in either colour scheme, labels break between phrases rather than
 * between a word and its symbol, the training view's mark labels stay apart and clear of the
 * curves, the x axis ends where the data ends, and the fitted-function panel's text keeps its
 * size instead of being scaled down with a fixed-width drawing.
 */
import { emulateMedia } from '@web/test-runner-commands';
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
import { part } from './interaction.js';

const QUICK = { dims: '10,30,60,80,100,150,300', trials: '3' };
const CAPACITY = { ...QUICK, controls: 'n-train noise ridge trials capacity band show-theory' };
const TRAINING = {
  view: 'training',
  scenario: 'grokking-like',
  controls: 'scenario weight-decay init-scale learning-rate noise trials band',
};
const SAMPLES = { view: 'samples', d: '40', 'max-n': '80', trials: '3' };

/** Waits until the chart has been laid out at the element's measured width. */
async function laidOut(element: HTMLElement): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const chart = shadow(element).querySelector<SVGSVGElement>('svg[part="chart"]');
    if (chart && chart.viewBox.baseVal.width === Math.round(element.clientWidth)) {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      return;
    }
    await sleep(20);
  }
  throw new Error('the chart was never laid out at the measured width');
}

/** Every rendered box in the shadow root (SVG text included) that ends outside the host. */
function sticksOut(element: HTMLElement): string[] {
  const host = element.getBoundingClientRect();
  const outside: string[] = [];
  for (const child of shadow(element).querySelectorAll('*')) {
    const box = child.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    // Half a pixel absorbs subpixel rounding of borders; a real overflow is many pixels.
    if (box.left < host.left - 0.5 || box.right > host.right + 0.5) {
      const name = `${child.tagName.toLowerCase()}.${child.getAttribute('class') ?? ''}`;
      const [from, to] = [box.left - host.left, box.right - host.left].map(Math.round);
      outside.push(`${name} ${from}..${to}`);
    }
  }
  return outside;
}

/** How many lines the text from `start` to the end of `node`'s content occupies. */
function linesOf(node: Node, start = ''): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  if (start !== '') {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
      const at = (text.textContent ?? '').indexOf(start);
      if (at >= 0) {
        range.setStart(text, at);
        break;
      }
    }
  }
  // Boxes on one line share their vertical middle to within a couple of pixels, whatever the
  // font of each piece (an italic <var> is as tall as the text around it, give or take).
  const middles = [...range.getClientRects()]
    .filter((r) => r.width > 0)
    .map((r) => r.top + r.height / 2)
    .sort((a, b) => a - b);
  return middles.filter((m, i) => i === 0 || m - middles[i - 1] > 4).length;
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('<double-descent-demo> in a narrow column', () => {
  afterEach(async () => {
    cleanUp();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every view's controls, chart and text inside 240px (${scheme})`, async () => {
      // Both schemes and reduced motion, as the newcomer who found the overflow had them.
      await emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const attributes of [CAPACITY, TRAINING, SAMPLES]) {
        const element = await mount(attributes, { width: 240 });
        await laidOut(element);
        const view = 'view' in attributes ? attributes.view : 'capacity';
        assert(element.scrollWidth <= 240, `${view}: scrollWidth ${element.scrollWidth} ≤ 240`);
        const outside = sticksOut(element);
        assertEqual(outside.length, 0, `${view}: boxes outside 240px (${outside.join(', ')})`);
        cleanUp();
      }
    });
  }

  it('breaks labels between phrases, never between a word and its symbol', async () => {
    const capacity = await mount({ ...CAPACITY, 'show-theory': '' }, { width: 240 });
    await laidOut(capacity);
    assertEqual(linesOf(part(capacity, 'label[for="control-ridge"]')), 1, '"Ridge λ" lines');
    const theory = part(capacity, '.legend .key.theory');
    assertEqual(linesOf(theory, 'λ'), 1, `lines of "λ = 0)" in "${theory.textContent}"`);

    const training = await mount(TRAINING, { width: 240 });
    await laidOut(training);
    for (const name of ['learning-rate', 'weight-decay']) {
      const label = part(training, `label[for="control-${name}"]`);
      assertEqual(linesOf(label), 1, `lines of "${label.textContent}"`);
    }
  });

  for (const width of [240, 360]) {
    it(`sets the training marks' labels apart and above every curve at ${width}px`, async () => {
      const element = await mount(TRAINING, { width });
      await laidOut(element);
      const labels = [...shadow(element).querySelectorAll('[part="mark"] text')].map((text) =>
        text.getBoundingClientRect(),
      );
      assertEqual(labels.length, 2, 'mark labels drawn');
      assert(!overlap(labels[0], labels[1]), 'the fit and test labels do not overprint');
      const chart = part(element, 'svg[part="chart"]').getBoundingClientRect();
      for (const name of ['test-curve', 'train-curve', 'zero-init-curve']) {
        const curve = part(element, `[part="${name}"]`).getBoundingClientRect();
        for (const label of labels) {
          // Half a pixel: the label's box and the curve's stroke may touch, not cross.
          const where = `a label ending at y ${label.bottom}, ${name} starting at ${curve.top}`;
          assert(label.bottom <= curve.top + 0.5, `labels lie above the curves: ${where}`);
          assert(label.left >= chart.left && label.right <= chart.right, 'a label fits the chart');
        }
      }
      const title = part(element, '.x-axis .title').getBoundingClientRect();
      assert(title.left >= chart.left && title.right <= chart.right, 'the x title fits the chart');
    });
  }

  for (const maxD of [80, 300]) {
    it(`ends the x axis where the curves end, at max-d=${maxD}`, async () => {
      const attributes = { 'max-d': String(maxD), 'n-train': '40', trials: '2' };
      const element = await mount(attributes, { width: 240 });
      await laidOut(element);
      const right = Number(part(element, '.x-axis > line').getAttribute('x2'));
      const ticks = [...shadow(element).querySelectorAll('.x-axis text:not(.title)')];
      const last = ticks[ticks.length - 1];
      assert(Number(last.textContent) <= maxD, `the last x tick ${last.textContent} ≤ ${maxD}`);
      for (const name of ['train-curve', 'test-curve']) {
        const box = part<SVGPathElement>(element, `[part="${name}"]`).getBBox();
        assert(Math.abs(box.x + box.width - right) < 0.5, `${name} ends at the axis end ${right}`);
      }
    });
  }

  it('lays the fitted-function panel out at its width, so its text keeps its size', async () => {
    const element = await mount(
      { features: 'relu', 'n-train': '30', 'max-d': '60', trials: '2' },
      { width: 240 },
    );
    let svg: SVGSVGElement | null = null;
    for (let waited = 0; waited < 20_000 && svg === null; waited += 50) {
      svg = shadow(element).querySelector<SVGSVGElement>('[part="fit"] svg');
      if (svg === null) await sleep(50);
    }
    assert(svg, 'the fitted-function panel is drawn');
    // A re-layout at the measured width follows a frame or two after the first drawing.
    for (let waited = 0; waited < 2000; waited += 50) {
      if (svg.viewBox.baseVal.width === Math.round(svg.getBoundingClientRect().width)) break;
      await sleep(50);
    }
    const tick = svg.querySelector('text.tick')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const shown = parseFloat(getComputedStyle(tick).fontSize) * scale;
    assert(shown >= 11, `tick labels are ${shown.toFixed(1)}px on screen (at least 11px)`);
  });

  it('lays the chart out at its own column\'s width beside the fitted-function panel', async () => {
    const element = await mount(
      { features: 'relu', 'n-train': '30', 'max-d': '60', trials: '2' },
      { width: 1000 },
    );
    const chart = part<SVGSVGElement>(element, 'svg[part="chart"]');
    const drawn = () => Math.round(chart.getBoundingClientRect().width);
    for (let waited = 0; waited < 2000 && chart.viewBox.baseVal.width !== drawn(); waited += 50) {
      await sleep(50);
    }
    assert(drawn() < 800, `the chart shares the row with the panel (${drawn()}px)`);
    assertEqual(chart.viewBox.baseVal.width, drawn(), 'viewBox width (1 unit = 1 CSS pixel)');
  });
});
