// Bundles the benchmark (bench/bench.ts with the kernel and its embedded Wasm) into one Node
// module under build/ and runs it in this process; arguments pass through (--no-numpy, --no-ml,
// --kernel-only).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}build/bench.mjs`;

await build({
  absWorkingDir: root,
  entryPoints: ['bench/bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
