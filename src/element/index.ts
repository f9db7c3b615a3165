/**
 * Defines `<double-descent-demo>` on import and re-exports the class; the standalone
 * `dist/double-descent-demo.js` bundle is built from this module.
 */
import { DoubleDescentDemo } from './double-descent-demo.js';

export { DoubleDescentDemo } from './double-descent-demo.js';
export type { DemoErrorEvent, RawValue } from './double-descent-demo.js';

// A page may load the bundle twice (say, once per embedded article); the second define would
// throw, and the first definition already serves every instance.
if (!customElements.get('double-descent-demo')) {
  customElements.define('double-descent-demo', DoubleDescentDemo);
}
