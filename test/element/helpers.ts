/**
 * Small test helpers for the browser tests: Mocha's globals with types, plain assertions, and
 * waiting for the element's events.
 */
import '../../src/element/index.js';
import type { DoubleDescentDemo } from '../../src/element/index.js';

interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void): void;
  afterEach(body: () => void): void;
}

// web-test-runner loads Mocha's BDD interface onto the page before importing a test file.
const mocha = globalThis as unknown as MochaGlobals;

/** Mocha's `describe`. */
export const describe = mocha.describe;

/** Mocha's `it`. */
export const it = mocha.it;

/** Mocha's `afterEach`. */
export const afterEach = mocha.afterEach;

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Asserts two values are identical (`===`), naming both in the failure. */
export function assertEqual<T>(actual: T, expected: T, what: string): void {
  assert(actual === expected, `${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/** Asserts |actual − expected| ≤ rel·|expected|. */
export function assertClose(actual: number, expected: number, rel: number, what: string): void {
  const error = Math.abs(actual - expected);
  assert(
    error <= rel * Math.abs(expected),
    `${what}: expected ${expected} within relative ${rel}, got ${actual}`,
  );
}

/** Resolves with the next `name` event on `target`, or rejects after `ms` milliseconds. */
export function nextEvent<E extends Event>(target: EventTarget, name: string, ms = 30_000) {
  return new Promise<E>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${name}" event within ${ms} ms`)), ms);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Collects every `name` event `target` dispatches until `stop()` is called. */
export function record<E extends Event>(target: EventTarget, name: string) {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  target.addEventListener(name, listener);
  return {
    events,
    stop: () => target.removeEventListener(name, listener),
  };
}

const boxes: HTMLElement[] = [];

/** A box of the given width on the page for one test's element; `cleanUp` removes it. */
export function container(width = 640): HTMLElement {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  boxes.push(box);
  return box;
}

/** Removes every box `container` made, so one test's elements cannot answer another's waits. */
export function cleanUp(): void {
  for (const box of boxes.splice(0)) box.remove();
}

/**
 * Creates a `<double-descent-demo>` (or a subclass's tag) with `attributes`, puts it on the page
 * and waits for its first curve.
 */
export async function mount(
  attributes: Record<string, string>,
  options: { tag?: string; width?: number } = {},
): Promise<DoubleDescentDemo> {
  const element = document.createElement(options.tag ?? 'double-descent-demo') as DoubleDescentDemo;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const first = nextEvent(element, 'curve');
  container(options.width).append(element);
  await first;
  return element;
}

/** The element's shadow root, which the tests read as a reader's browser would render it. */
export function shadow(element: HTMLElement): ShadowRoot {
  assert(element.shadowRoot, 'the element has an open shadow root');
  return element.shadowRoot;
}

/** The `d` attribute of the element's `part` path, which identifies the curve on screen. */
export function pathOf(element: HTMLElement, part: 'train-curve' | 'test-curve'): string {
  const path = shadow(element).querySelector(`[part="${part}"]`);
  assert(path, `a [part="${part}"] path is drawn`);
  return path.getAttribute('d') ?? '';
}

/** Asserts no attribute or text in the shadow DOM's SVG holds NaN or Infinity. */
export function assertNoNaN(element: HTMLElement): void {
  const chart = shadow(element).querySelector('svg');
  assert(chart, 'an SVG chart is rendered');
  const markup = chart.outerHTML;
  assert(!/NaN|Infinity/.test(markup), `the SVG contains NaN or Infinity: ${markup.slice(0, 400)}`);
}

/** The small reference sweep from seed_table.json: fast enough for every test to start from. */
export const REFERENCE_ATTRIBUTES = {
  rng: 'numpy',
  'test-error': 'sampled',
  dims: '10,30,60,80,100,150,300',
};
