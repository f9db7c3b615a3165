// `npm run bench:browser`: the element in headless Chromium, from the single-file bundle
// (dist/double-descent-demo.js) served on 127.0.0.1. It times 20 successive changes of `noise`,
// from setAttribute to the `curve` event, and records every main-thread task longer than 50 ms
// (PerformanceObserver 'longtask'). Run `npm run build` first so dist/ is current.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = readFileSync(`${root}dist/double-descent-demo.js`);

const page = `<!doctype html>
<meta charset="utf-8">
<title>double-descent-demo timing</title>
<double-descent-demo></double-descent-demo>
<script type="module">
  const longTasks = [];
  // Counts the workers the element starts, to show the curve was computed off the main thread.
  let workers = 0;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      workers++;
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  await import('/double-descent-demo.js');
  const element = document.querySelector('double-descent-demo');
  const next = () =>
    new Promise((resolve) => element.addEventListener('curve', resolve, { once: true }));
  await next();
  await new Promise((resolve) => setTimeout(resolve, 500));
  longTasks.length = 0;
  const times = [];
  for (let i = 0; i < 20; i++) {
    const curve = next();
    const start = performance.now();
    element.setAttribute('noise', String(0.1 + 0.01 * (i + 1)));
    await curve;
    times.push(performance.now() - start);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  window.result = { times, longTasks, workers, cores: navigator.hardwareConcurrency };
</script>`;

const server = createServer((request, response) => {
  if (request.url === '/double-descent-demo.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(bundle);
  } else {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction('window.result', { timeout: 120_000 });
  const { times, longTasks, workers, cores } = await tab.evaluate('window.result');
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[9] + sorted[10]) / 2;
  console.log(`hardwareConcurrency ${cores}, workers started ${workers}`);
  console.log('defaults: n-train 80, max-d 300, 20 trials, rng fast, test-error expected');
  console.log(`attribute change → curve event, 20 changes of noise:`);
  const spread = `min ${sorted[0].toFixed(1)} ms, max ${sorted[19].toFixed(1)} ms`;
  console.log(`  median ${median.toFixed(1)} ms, ${spread}`);
  const longest = longTasks.length ? Math.max(...longTasks) : 0;
  const count = longTasks.length;
  console.log(`  main-thread tasks over 50 ms: ${count} (longest ${longest.toFixed(1)} ms)`);
} finally {
  await browser.close();
  server.close();
}
