/**
 * A page whose Content-Security-Policy does not allow WebAssembly gets a message that says what to
 * change ('wasm-unsafe-eval' in script-src), not the browser's compile error.
 */
import { assert, describe, it, sleep } from './helpers.js';

// Installed before anything compiles the kernel: scripts from this origin may run, Wasm may not.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "script-src 'self' 'unsafe-inline'";
document.head.append(policy);

describe("script-src without 'wasm-unsafe-eval'", () => {
  it('shows a message naming the missing source expression', async () => {
    const element = document.createElement('double-descent-demo');
    element.setAttribute('max-d', '24');
    element.setAttribute('trials', '2');
    document.body.append(element);
    let text = '';
    for (let waited = 0; waited < 20_000 && !text.includes('could not'); waited += 50) {
      await sleep(50);
      text = element.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    }
    element.remove();
    assert(text.includes("'wasm-unsafe-eval'"), `the message says what to allow: ${text}`);
  });
});
