// Runs the element's tests in Debian's Chromium (no browser download is possible on CI), with
// TypeScript compiled on the fly by esbuild. The Wasm kernel is embedded in
// src/generated/kernel-wasm.ts, so `npm run build:wasm` must run first.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

export default {
  files: ['test/element/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      },
    }),
  ],
  // Two cores: one page at a time keeps the kernel's timing steady.
  concurrency: 1,
  // The reference sweep runs 20 NumPy-stream trials with a sampled test set; a slow CI machine
  // needs more than Mocha's two seconds.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 300_000,
};
