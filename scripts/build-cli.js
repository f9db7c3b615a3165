// Bundles the CLI (src/cli/double-descent.ts with the kernel and its embedded Wasm) into one
// Node ES module, dist/cli/double-descent.js, which bin/double-descent.js imports.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/double-descent.ts'],
  outfile: 'dist/cli/double-descent.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node-only output: no minifying, so stack traces from a failing run stay readable.
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
});
