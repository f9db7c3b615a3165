// Vitest runs the Node-side tests (parameters, kernel, CLI). The element's tests need a real
// browser and run under web-test-runner instead, so their folder is left out here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/element/**', 'node_modules/**', 'dist/**'],
    // The CLI tests run the real kernel on the reference sizes; give a slow CI machine room.
    testTimeout: 60_000,
  },
});
