// Two jobs. `vite build` makes the embeddable bundle: one self-contained ES module with Lit and
// the Wasm (already base64 in src/generated) inside, so a page needs only one <script> tag.
// `vite` (npm start) serves the demo article, which imports the element's TypeScript source.
import { defineConfig } from 'vite';

const DEMO_PATH = '/demo/';

// The dev server's root is the repository, so the demo can import ../src/ like any other
// module; this sends the bare address it prints to the article instead of a 404.
function openDemoAtRoot() {
  return {
    name: 'open-demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/' && request.url !== '/index.html') return next();
        response.statusCode = 302;
        response.setHeader('Location', DEMO_PATH);
        response.end();
      });
    },
  };
}

export default defineConfig({
  plugins: [openDemoAtRoot()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  // Without this Vite would scan every HTML file in the repository, test pages included.
  optimizeDeps: {
    entries: ['demo/index.html'],
  },
  build: {
    lib: {
      entry: 'src/element/index.ts',
      formats: ['es'],
      fileName: () => 'double-descent-demo.js',
    },
    outDir: 'dist',
    // dist/ also holds the CLI bundle and tsc's output, built by other steps of `npm run build`.
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Anything the element imports as an asset is inlined, so the bundle never fetches a
    // sibling file from wherever it is hosted.
    assetsInlineLimit: () => true,
    rolldownOptions: {
      // Nothing is external: Lit ships inside the bundle.
      external: [],
      output: {
        codeSplitting: false,
      },
    },
  },
});
