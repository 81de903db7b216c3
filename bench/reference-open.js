// How long each page of a reference (reference/*.html) takes to open in headless Chromium: from the start
// of navigation to the page script's ready mark (performance.now() when html[data-ready] is set), each
// page opened RUNS times in a fresh browser context. Prints one line per page and the median and slowest.
//   node bench/reference-open.js DIR [RUNS]
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const { chromium } = require(path.join(root, 'tools/node_modules/playwright-core'));

(async () => {
  const dir = path.resolve(process.argv[2]);
  const runs = Number(process.argv[3] || 3);
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const medians = [];
  for (const file of pages) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
      const page = await context.newPage();
      await page.goto('file://' + path.join(dir, file));
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    medians.push(median);
    const size = fs.statSync(path.join(dir, file)).size;
    console.log(`${file.padEnd(40)} ${(size / 1e6).toFixed(2).padStart(6)} MB  median ${median.toFixed(0).padStart(5)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
  await browser.close();
  medians.sort((a, b) => a - b);
  console.log(`pages: ${pages.length}; median of medians ${medians[Math.floor(medians.length / 2)].toFixed(0)} ms; slowest median ${medians[medians.length - 1].toFixed(0)} ms`);
})().catch((e) => { console.error(e); process.exit(1); });
