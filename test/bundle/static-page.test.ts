/**
 * The built bundle on a plain static host: a page that loads only `dist/double-descent-demo.js`
 * with one script tag shows the chart and receives a `curve` event with the reference numbers.
 * The page and the bundle are copied into an empty folder and served from 127.0.0.1 by a tiny
 * static server, so nothing else of the project can be reached.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import table from '../fixtures/seed-table.json';

const bundle = new URL('../../dist/double-descent-demo.js', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Static host</title>
<script type="module" src="./double-descent-demo.js"></script></head>
<body>
<double-descent-demo rng="numpy" test-error="sampled" dims="10,30,60,80,100,150,300">
</double-descent-demo>
<script>
  window.curves = [];
  document.addEventListener('curve', (event) => window.curves.push(event.detail));
</script>
</body></html>`;

let folder = '';
let server: Server;
let browser: Browser;
let origin = '';
const requested: string[] = [];

beforeAll(async () => {
  if (!existsSync(bundle))
    throw new Error('dist/double-descent-demo.js is missing: run npm run build');
  folder = mkdtempSync(join(tmpdir(), 'dd-static-'));
  copyFileSync(bundle, join(folder, 'double-descent-demo.js'));
  writeFileSync(join(folder, 'index.html'), PAGE);
  server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0].replace(/^\/+/, '') || 'index.html';
    requested.push(name);
    const path = join(folder, name);
    if (name.includes('..') || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the standalone bundle on a static host', () => {
  it('draws the chart and fires curve with the reference numbers', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.curves.length > 0', { timeout: 60_000 });
    const curve = (await page.evaluate('window.curves[0]')) as { x: number[]; test: number[] };
    table.rows.forEach((row, i) => {
      expect(curve.x[i]).toBe(row.d);
      expect(Math.abs(curve.test[i] / row.test_mse - 1)).toBeLessThan(1e-6);
    });
    const paths = await page.evaluate(
      `document.querySelector('double-descent-demo').shadowRoot.querySelectorAll('path').length`,
    );
    expect(paths).toBeGreaterThan(2);
    // Only the page and the one module were fetched (and the icon every browser asks for): the
    // Wasm and the worker travel inside the module.
    const fetched = [...new Set(requested)].filter((name) => name !== 'favicon.ico').sort();
    expect(fetched).toEqual(['double-descent-demo.js', 'index.html']);
    await page.close();
  }, 90_000);
});
