// Renders public/icon/icon.svg to the PNG sizes the manifest lists, with the same Chromium the tests use.
// Run by hand after changing the artwork: `node scripts/make-icons.mjs`. The PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const svg = readFileSync(new URL('../public/icon/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium({ required: true }),
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  await page.screenshot({
    path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
