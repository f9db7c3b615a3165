// Takes the README's screenshots of the explorer: 320px and 1000px wide, light and dark. Run the
// demo server first (npm start), then `node scripts/screenshots.js [base-url]`. It drives the
// system Chromium through puppeteer-core (installed with web-test-runner) and waits for the
// element's first curve, since the sweep runs in Web Workers that a fixed delay cannot predict.
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const SHOTS = [
  { file: 'docs/explorer-1000-light.png', width: 1000, theme: 'light' },
  { file: 'docs/explorer-1000-dark.png', width: 1000, theme: 'dark' },
  { file: 'docs/explorer-320-light.png', width: 320, theme: 'light' },
  { file: 'docs/explorer-320-dark.png', width: 320, theme: 'dark' },
];

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.theme }]);
    await page.goto(`${base}/demo/explorer.html?theme=${shot.theme}`, { waitUntil: 'load' });
    // Drawn, not busy, and laid out at its measured width.
    await page.waitForFunction(
      () => {
        const element = document.querySelector('double-descent-demo');
        const root = element?.shadowRoot;
        return element?.curve && !root?.querySelector('.busy') && root?.querySelector('svg');
      },
      { timeout: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: shot.file, fullPage: true });
    await page.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
}
