/**
 * The look: light and dark follow the reader's colour scheme unless `theme` forces one, the
 * reveal animation is skipped for readers who ask for reduced motion, a 320px column never
 * scrolls sideways, and the presentation attributes reject bad values like the others do.
 */
import { emulateMedia } from '@web/test-runner-commands';
import type { ParamError } from '../../src/params.js';
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
import { part } from './interaction.js';

const QUICK = { dims: '10,30,60,80,100,150,300', trials: '5' };

function background(element: HTMLElement): string {
  return getComputedStyle(element).backgroundColor;
}

describe('<double-descent-demo> look', () => {
  afterEach(async () => {
    cleanUp();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('follows prefers-color-scheme, and theme overrides it either way', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const element = await mount(QUICK);
    const light = background(element);
    await emulateMedia({ colorScheme: 'dark' });
    const dark = background(element);
    assert(light !== dark, `the scheme changes the background (${light} vs ${dark})`);
    element.setAttribute('theme', 'light');
    assertEqual(background(element), light, 'theme="light" under a dark preference');
    await emulateMedia({ colorScheme: 'light' });
    element.setAttribute('theme', 'dark');
    assertEqual(background(element), dark, 'theme="dark" under a light preference');
  });

  it('lets a page recolour the curves through custom properties', async () => {
    const element = await mount(QUICK);
    element.style.setProperty('--dd-test-color', 'rgb(1, 2, 3)');
    await element.updateComplete;
    const stroke = getComputedStyle(part(element, '[part="test-curve"]')).stroke;
    assertEqual(stroke, 'rgb(1, 2, 3)', 'test curve stroke');
  });

  it('skips the reveal animation under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mount(QUICK);
    await element.updateComplete;
    const name = getComputedStyle(part(element, '[part="test-curve"]')).animationName;
    assertEqual(name, 'none', 'animation of the test curve');
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = getComputedStyle(part(element, '[part="test-curve"]')).animationName;
    assert(moving !== 'none', 'the animation exists without the preference');
  });

  it('fits a 320px column without sideways scrolling', async () => {
    const element = await mount(
      { ...QUICK, controls: 'n-train noise ridge trials capacity band show-theory' },
      { width: 320 },
    );
    await element.updateComplete;
    assert(element.scrollWidth <= 320, `scrollWidth ${element.scrollWidth} fits 320px`);
    for (const child of shadow(element).querySelectorAll('*')) {
      const box = child.getBoundingClientRect();
      const left = element.getBoundingClientRect().left;
      assert(box.right - left <= 321, `${child.tagName}.${child.className} ends inside 320px`);
    }
  });

  for (const [attribute, value, accepted] of [
    ['band', 'wide', '"iqr" or "minmax" or "none"'],
    ['theme', 'sepia', '"auto" or "light" or "dark"'],
    ['controls', 'noise volume', 'space-separated list of'],
    ['capacity', '0', 'whole number from 1 to 300'],
  ]) {
    it(`rejects ${attribute}="${value}" with an error event and an alert`, async () => {
      const element = await mount(QUICK);
      const failed = nextEvent<CustomEvent<ParamError>>(element, 'error');
      element.setAttribute(attribute, value);
      const { detail } = await failed;
      assertEqual(detail.attribute, attribute, 'error.detail.attribute');
      assert(detail.message.includes(accepted), `says what is accepted: ${detail.message}`);
      await element.updateComplete;
      const alert = shadow(element).querySelector('[role="alert"]')?.textContent ?? '';
      assert(alert.includes(detail.message), `the alert shows it: ${alert}`);
    });
  }
});
