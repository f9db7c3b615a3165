/**
 * Predict, then reveal: the test curve stays hidden until the reader guesses, by clicking the
 * chart or with the keyboard; then it appears, the panel says how close the guess was, and a
 * `prediction` event carries the guess and the truth.
 */
import type { Prediction } from '../../src/types.js';
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
import { clickAt, part, press } from './interaction.js';

const QUICK = { dims: '10,30,60,80,100,150,300', trials: '5', predict: '' };

function hidden(element: HTMLElement): boolean {
  const root = shadow(element);
  return (
    root.querySelector('[part="test-curve"]') === null &&
    root.querySelector('[part="threshold"]') === null &&
    !(root.querySelector('[part="summary"]')?.textContent ?? '').includes('highest')
  );
}

describe('<double-descent-demo predict>', () => {
  afterEach(cleanUp);

  it('hides the test curve, the threshold and the answer until a guess', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    assert(hidden(element), 'nothing gives the peak away before the guess');
    assert(shadow(element).querySelector('[part="train-curve"]'), 'the train curve is shown');
    const prompt = (part(element, '#predict-prompt').textContent ?? '').replace(/\s+/g, ' ');
    assert(prompt.includes('in this synthetic linear task'), `the prompt is scoped: ${prompt}`);
  });

  it('reveals on a click on the chart and reports guess and truth', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    const chart = part(element, 'svg[part="chart"]');
    const width = Number(chart.getAttribute('viewBox')!.split(' ')[2]);
    const predicted = nextEvent<CustomEvent<Prediction>>(element, 'prediction');
    await clickAt(chart, (width - 14) / width);
    const event = await predicted;
    assert(event.bubbles && event.composed, 'prediction bubbles and is composed');
    assertEqual(event.detail.guess, 300, 'guess');
    assertEqual(event.detail.truth, 80, 'truth: the mean test error peaks at d = n');
    assertEqual(event.detail.distance, 220, 'distance');
    await element.updateComplete;
    assert(!hidden(element), 'the test curve is revealed');
    const verdict = part(element, '.predict [role="status"]').textContent ?? '';
    assert(verdict.includes('220 features past'), `the verdict says how close: ${verdict}`);
  });

  it('can be answered with the keyboard alone, and asked again', async () => {
    const element = await mount(QUICK);
    await element.updateComplete;
    const guess = part<HTMLInputElement>(element, '#predict-guess');
    await press(guess, 'ArrowRight', 3);
    await element.updateComplete;
    assertEqual(guess.getAttribute('aria-valuetext'), 'd = 80', 'guess after three steps');
    const predicted = nextEvent<CustomEvent<Prediction>>(element, 'prediction');
    await press(part(element, '.predict button'), 'Enter');
    const { detail } = await predicted;
    assertEqual(`${detail.guess} ${detail.truth} ${detail.distance}`, '80 80 0', 'prediction');
    await element.updateComplete;
    const verdict = part(element, '.predict [role="status"]').textContent ?? '';
    assert(verdict.includes('exactly right'), `verdict: ${verdict}`);

    await press(part(element, '.predict button'), 'Enter');
    await element.updateComplete;
    assert(hidden(element), '"Guess again" hides the test curve again');
  });
});
