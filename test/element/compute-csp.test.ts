/**
 * A page whose Content-Security-Policy forbids workers (worker-src 'none') still gets a correct
 * curve: computeCurve falls back to the main thread.
 */
import { loadKernel } from '../../src/kernel.js';
import { assert, assertEqual, describe, it, nextEvent } from './helpers.js';

// Installed before the element computes anything, so the policy covers the pool's first worker.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "worker-src 'none'";
document.head.append(policy);

describe('worker-src none', () => {
  it('blocks the worker, and the element still sends the correct curve event', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.effectiveDirective);
    });
    const element = document.createElement('double-descent-demo');
    for (const [name, value] of Object.entries({
      'n-train': '12', 'n-test': '30', 'max-d': '24', trials: '3', seed: '4', noise: '0.3',
      rng: 'numpy', 'test-error': 'sampled',
    })) {
      element.setAttribute(name, value);
    }
    const event = nextEvent<CustomEvent>(element, 'curve');
    document.body.append(element);
    const curve = (await event).detail;
    element.remove();

    const kernel = await loadKernel();
    const expected = kernel.capacitySweep(curve.params, { ridge: curve.params.ridge });
    assertEqual(JSON.stringify(curve.test), JSON.stringify(expected.test), 'test curve');
    assertEqual(JSON.stringify(curve.train), JSON.stringify(expected.train), 'train curve');
    assert(violations.includes('worker-src'), `no worker-src violation (saw ${violations})`);
  });
});
