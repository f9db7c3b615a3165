// Takes the README's screenshots: the explorer at 320px and 1000px wide, light and dark; the
// sample-size and training-time views; and the demo page's side-by-side section. Run the demo
// server first (npm start), then `node scripts/screenshots.js [base-url] [file-filter]`; a filter
// such as "training" retakes only the files whose names contain it. It drives the system
// Chromium through puppeteer-core and waits until every element on the page has its first
// curve, since the sweeps run in Web Workers that a fixed delay cannot predict.
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const filter = process.argv[3] ?? '';
// Attributes for demo/explorer.html, which copies its query string onto the element; "false"
// removes the page's own attribute (its capacity-view controls list, say).
const OTHER_VIEW = 'controls=false&show-theory=false&show-optimal-ridge=false';
const SHOTS = [
  { file: 'docs/explorer-1000-light.png', width: 1000, theme: 'light' },
  { file: 'docs/explorer-1000-dark.png', width: 1000, theme: 'dark' },
  { file: 'docs/explorer-320-light.png', width: 320, theme: 'light' },
  { file: 'docs/explorer-320-dark.png', width: 320, theme: 'dark' },
  { file: 'docs/samples-1000-light.png', width: 1000, theme: 'light', query: 'view=samples' },
  { file: 'docs/samples-320-dark.png', width: 320, theme: 'dark', query: 'view=samples' },
  {
    file: 'docs/training-1000-light.png',
    width: 1000,
    theme: 'light',
    query: 'view=training&scenario=grokking-like&notes=&note-key=screenshot',
  },
  {
    file: 'docs/training-320-light.png',
    width: 320,
    theme: 'light',
    query: 'view=training&scenario=grokking-like',
  },
  {
    file: 'docs/epoch-wise-1000-dark.png',
    width: 1000,
    theme: 'dark',
    query: 'view=training&scenario=epoch-wise',
  },
  {
    file: 'docs/relu-1000-light.png',
    width: 1000,
    theme: 'light',
    query: 'features=relu&n-train=40&max-d=400&noise=0.1&show-theory=false&show-optimal-ridge=false',
  },
  // The demo page's heading and the two explorers side by side (stacked at 320px).
  { file: 'docs/side-by-side-1000.png', width: 1000, theme: 'light', section: '#over-time' },
  { file: 'docs/side-by-side-320.png', width: 320, theme: 'light', section: '#over-time' },
];

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars'],
});
try {
  for (const shot of SHOTS.filter((s) => s.file.includes(filter))) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.theme }]);
    const address = shot.section
      ? `${base}/demo/index.html`
      : `${base}/demo/explorer.html?theme=${shot.theme}${
          shot.query ? `&${OTHER_VIEW}&${shot.query}` : ''
        }`;
    await page.goto(address, { waitUntil: 'load' });
    // Drawn, not busy, and laid out at its measured width: every element on the page.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('double-descent-demo')].every((element) => {
          const root = element.shadowRoot;
          return element.curve && !root?.querySelector('.busy') && root?.querySelector('svg');
        }),
      { timeout: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (shot.section) {
      // From the heading to the bottom of the pair, across the page: the pair is wider than
      // the text column, so neither element's box alone holds it.
      const top = await (await page.$(shot.section)).boundingBox();
      const pair = await (await page.$('.pair')).boundingBox();
      const y = Math.floor(top.y) - 8;
      const height = Math.ceil(pair.y + pair.height) - y + 8;
      await page.screenshot({ path: shot.file, clip: { x: 0, y, width: shot.width, height } });
    } else {
      await page.screenshot({ path: shot.file, fullPage: true });
    }
    await page.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
}
