// Renders assets/icon.svg to the PNG sizes the stores ask for, with the same Chromium the tests use.
// Run after editing the SVG: `npm run icons`; the PNGs are committed so builds need no image tooling.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browser';

/** Chrome Web Store: 16, 32, 48, 128; addons.mozilla.org also lists 96. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const ICON_SOURCE = resolve('assets/icon.svg');
export const ICON_DIR = resolve('assets/public/icon');

/** One PNG of the SVG at `size` pixels square, transparent outside the shape. */
export async function renderIcon(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${src}">`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function main(): Promise<void> {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    mkdirSync(ICON_DIR, { recursive: true });
    for (const size of ICON_SIZES) {
      const file = join(ICON_DIR, `${size}.png`);
      writeFileSync(file, await renderIcon(page, svg, size));
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/icons.ts')) await main();
