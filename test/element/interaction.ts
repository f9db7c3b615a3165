/**
 * Real input for the browser tests: mouse clicks and key presses sent through the browser (not
 * synthetic DOM events), so a control that works here works for a reader's mouse and keyboard.
 */
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { assert, shadow } from './helpers.js';

/** The element in the shadow root matching `selector`, or a failed assertion. */
export function part<E extends Element = HTMLElement>(host: HTMLElement, selector: string): E {
  const found = shadow(host).querySelector<E>(selector);
  assert(found, `${selector} is rendered`);
  return found;
}

/** Clicks at fraction (fx, fy) of `target`'s box, after scrolling it into view. */
export async function clickAt(target: Element, fx = 0.5, fy = 0.5): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(box.left + box.width * fx),
    Math.round(box.top + box.height * fy),
  ];
  await sendMouse({ type: 'click', position });
  await resetMouse();
}

/** Moves the mouse to fraction (fx, fy) of `target`'s box without clicking. */
export async function hoverAt(target: Element, fx: number, fy = 0.5): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(box.left + box.width * fx),
    Math.round(box.top + box.height * fy),
  ];
  await sendMouse({ type: 'move', position });
}

/** Focuses `target` and presses `key` (a Puppeteer key name) `times` times. */
export async function press(target: HTMLElement, key: string, times = 1): Promise<void> {
  target.focus();
  assert(target.matches(':focus'), 'the control takes keyboard focus');
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}
