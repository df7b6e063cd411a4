#!/usr/bin/env node
// Re-takes the committed pictures of the example packets: the first screen (1280×900) of each
// examples/*/docs/aipm/packet.html, written beside it as packet.png. Run after the packets are
// re-rendered (`aipm render --html`, and `render --html --check` passes):
//   node scripts/screenshots.mjs [--browser <path>]   (else AIPM_BROWSER, else chromium on PATH)
// The page is opened offline: every request but the page itself is refused.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--browser');
const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const browserPath = (flag >= 0 ? process.argv[flag + 1] : undefined) ?? (process.env.AIPM_BROWSER || undefined) ?? ['chromium', 'chromium-browser', 'google-chrome'].map(which).find(Boolean);
if (!browserPath) {
  console.error('no Chromium found: apt-get install chromium, or pass --browser <path> (or set AIPM_BROWSER)');
  process.exit(2);
}

const pages = readdirSync(join(root, 'examples'))
  .map((name) => join(root, 'examples', name, 'docs', 'aipm', 'packet.html'))
  .filter((file) => existsSync(file));
const browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  for (const file of pages) {
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, javaScriptEnabled: false });
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const out = join(dirname(file), 'packet.png');
    await page.screenshot({ path: out, fullPage: false });
    await context.close();
    console.log(`wrote ${out.slice(root.length + 1)}`);
  }
} finally {
  await browser.close();
}
