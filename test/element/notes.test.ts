/**
 * The notes panel (attribute `notes`): what a reader types is kept in this browser under
 * `note-key`, comes back when the element is created again, can be cleared, and never leaves the
 * page: no request is made besides the page's own module files.
 */
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, assert, assertEqual, cleanUp, describe, it, mount, shadow } from './helpers.js';
import { clickAt, part, press } from './interaction.js';

const PREFIX = 'double-descent-demo:notes:';
// The training view computes on the page itself, so no worker script is involved either.
const QUICK = { view: 'training', scenario: 'epoch-wise', trials: '2', notes: '' };

async function typeInto(element: HTMLElement, selector: string, text: string): Promise<void> {
  const field = part<HTMLTextAreaElement>(element, selector);
  field.focus();
  await sendKeys({ type: text });
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

function fields(element: HTMLElement): [string, string] {
  const root = shadow(element);
  const note = root.querySelector<HTMLTextAreaElement>('#notes-note')?.value ?? '<missing>';
  const next = root.querySelector<HTMLTextAreaElement>('#notes-next')?.value ?? '<missing>';
  return [note, next];
}

describe('<double-descent-demo notes>', () => {
  afterEach(cleanUp);

  it('shows no panel without the notes attribute', async () => {
    const element = await mount({ view: 'training', scenario: 'epoch-wise', trials: '2' });
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('[part="notes"]'), null, 'notes panel');
  });

  it('restores both fields after the element is created again with the same note-key', async () => {
    localStorage.removeItem(`${PREFIX}restore-test`);
    const first = await mount({ ...QUICK, 'note-key': 'restore-test' });
    await first.updateComplete;
    await typeInto(first, '#notes-note', 'Test error peaks late.');
    await typeInto(first, '#notes-next', 'Try weight decay 0.1');
    first.remove();

    const second = await mount({ ...QUICK, 'note-key': 'restore-test' });
    await second.updateComplete;
    const [note, next] = fields(second);
    assertEqual(note, 'Test error peaks late.', 'restored note');
    assertEqual(next, 'Try weight decay 0.1', 'restored next action');
    assert(
      shadow(second).querySelector('[part="notes"] [role="status"]')?.textContent?.includes(
        'Saved in this browser',
      ),
      'the status says where it is kept',
    );
  });

  it('keys the notes by the element id when note-key is not set', async () => {
    localStorage.removeItem(`${PREFIX}id-test`);
    const first = await mount({ ...QUICK, id: 'id-test' });
    await first.updateComplete;
    await typeInto(first, '#notes-note', 'by id');
    first.remove();
    const second = await mount({ ...QUICK, id: 'id-test' });
    await second.updateComplete;
    assertEqual(fields(second)[0], 'by id', 'restored by id');
    assert(localStorage.getItem(`${PREFIX}id-test`)?.includes('by id'), 'stored under the id');
  });

  it('clear empties both fields and forgets them in storage', async () => {
    localStorage.removeItem(`${PREFIX}clear-test`);
    const element = await mount({ ...QUICK, 'note-key': 'clear-test' });
    await element.updateComplete;
    await typeInto(element, '#notes-note', 'something');
    assert(localStorage.getItem(`${PREFIX}clear-test`), 'saved before clearing');
    await press(part(element, '[part="notes"] button'), 'Enter');
    await element.updateComplete;
    assertEqual(fields(element).join('|'), '|', 'fields after Clear');
    assertEqual(localStorage.getItem(`${PREFIX}clear-test`), null, 'storage after Clear');

    element.remove();
    const again = await mount({ ...QUICK, 'note-key': 'clear-test' });
    await again.updateComplete;
    assertEqual(fields(again).join('|'), '|', 'fields after re-creating');
  });

  it('sends nothing: no request beyond the page\'s own module files', async () => {
    const calls: string[] = [];
    const originalFetch = window.fetch;
    const originalOpen = XMLHttpRequest.prototype.open;
    const originalBeacon = navigator.sendBeacon;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0])}`);
      return originalFetch(...args);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      calls.push(`xhr ${String(args[1])}`);
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    };
    navigator.sendBeacon = (url: string | URL) => {
      calls.push(`beacon ${String(url)}`);
      return false;
    };
    try {
      localStorage.removeItem(`${PREFIX}network-test`);
      const before = performance.getEntriesByType('resource').length;
      const element = await mount({ ...QUICK, 'note-key': 'network-test' });
      await element.updateComplete;
      await typeInto(element, '#notes-note', 'private thought');
      await typeInto(element, '#notes-next', 'next step');
      await clickAt(part(element, '[part="notes"] button'));
      await element.updateComplete;
      element.remove();
      await mount({ ...QUICK, 'note-key': 'network-test' });

      assertEqual(calls.join(', '), '', 'fetch, XMLHttpRequest or sendBeacon calls');
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const foreign = entries.filter((e) => new URL(e.name).origin !== location.origin);
      assertEqual(foreign.map((e) => e.name).join(', '), '', 'requests to other origins');
      const added = entries.slice(before).map((e) => e.name);
      assertEqual(added.join(', '), '', 'requests made while writing, clearing and restoring');
    } finally {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
      navigator.sendBeacon = originalBeacon;
    }
  });

  it('says the note was not saved when the browser blocks storage', async () => {
    // As in a sandboxed iframe without allow-same-origin: reading localStorage throws.
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('storage is blocked', 'SecurityError');
      },
    });
    try {
      const element = await mount({ ...QUICK, 'note-key': 'blocked-test' });
      await element.updateComplete;
      await typeInto(element, '#notes-note', 'kept only here');
      const status = shadow(element).querySelector('[part="notes"] [role="status"]')?.textContent;
      assert(status?.includes('would not save'), `the status admits it: ${status}`);
      assert(!status?.includes('Saved in this browser'), `no claim of saving: ${status}`);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });
});
