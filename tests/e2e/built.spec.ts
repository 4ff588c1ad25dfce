// The packages users install, checked as built: least privilege, no remote code, no HTML sinks,
// store icons that are really the committed SVG. No extension is loaded; the files are read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { ICON_SIZES, ICON_SOURCE, renderIcon } from '../../scripts/icons';
import { META_HOST_PATTERNS } from '../../src/catalog/pages';
import { auditBundle, readBuiltFiles } from '../audit/bundle';
import { auditManifest } from '../audit/manifest';
import { chromiumPath } from './browser';

const OUT = resolve(process.env.OBJECTOR_OUT ?? '.output');
const TARGETS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv3') } as const;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function manifestOf(dir: string): Record<string, unknown> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build at ${dir}: run "wxt build" and "wxt build -b firefox" first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every file path a manifest points at, so a typo or a missing asset fails here, not in the store review. */
function referencedFiles(m: Record<string, unknown>): string[] {
  const paths: string[] = [];
  const collect = (v: unknown) => {
    if (typeof v === 'string' && /\.(?:js|html|png|css|json)$/.test(v)) paths.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect({ icons: m.icons, action: m.action, background: m.background, content_scripts: m.content_scripts });
  return paths;
}

for (const [target, dir] of Object.entries(TARGETS) as [keyof typeof TARGETS, string][]) {
  test.describe(`${target} build`, () => {
    test('asks for nothing beyond storage, cookies, alarms and Meta’s hosts, and loads no remote code', () => {
      const manifest = manifestOf(dir);
      expect(auditManifest(manifest, target)).toEqual([]);
      expect([...(manifest.host_permissions as string[])].sort()).toEqual([...META_HOST_PATTERNS].sort());
      expect(manifest.version).toBe(pkg.version);
      for (const file of referencedFiles(manifest)) expect(existsSync(join(dir, file)), file).toBe(true);
    });

    test('ships no HTML sink, no code from strings, no network API and no non-Meta URL', () => {
      const files = readBuiltFiles(dir);
      expect(files.some((f) => f.path.startsWith('content-scripts/'))).toBe(true);
      expect(auditBundle(files)).toEqual([]);
    });

    test('every page loads only files the package has', () => {
      const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
      expect(pages).toContain('popup.html');
      for (const page of pages) {
        const html = readFileSync(join(dir, page), 'utf8');
        for (const [, ref = ''] of html.matchAll(/\s(?:src|href)="\/?([^"#?]+)"/g)) {
          expect(existsSync(join(dir, ref)), `${page} loads ${ref}`).toBe(true);
        }
      }
    });

    test('icons are PNGs of the size their name says', () => {
      for (const size of ICON_SIZES) {
        const png = readFileSync(join(dir, 'icon', `${size}.png`));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      }
    });
  });
}

test('the committed icons are renderings of assets/icon.svg (run "npm run icons" after editing it)', async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const svg = readFileSync(ICON_SOURCE, 'utf8');
    for (const size of ICON_SIZES) {
      const fresh = (await renderIcon(page, svg, size)).toString('base64');
      const committed = readFileSync(join('assets/public/icon', `${size}.png`)).toString('base64');
      await page.setViewportSize({ width: 256, height: 256 });
      // Compare pixels, not bytes: PNG encoders may differ between Chromium versions.
      const diff = await page.evaluate(
        async ([a, b, s]) => {
          const pixels = async (data: string) => {
            const img = new Image();
            img.src = `data:image/png;base64,${data}`;
            await img.decode();
            const canvas = new OffscreenCanvas(s, s);
            const ctx = canvas.getContext('2d');
            if (!ctx) throw new Error('no 2d context');
            ctx.drawImage(img, 0, 0);
            return ctx.getImageData(0, 0, s, s).data;
          };
          const [pa, pb] = [await pixels(a), await pixels(b)];
          let sum = 0;
          for (let i = 0; i < pa.length; i++) sum += Math.abs((pa[i] ?? 0) - (pb[i] ?? 0));
          return sum / pa.length;
        },
        [fresh, committed, size] as const,
      );
      expect(diff, `${size}px icon differs from the SVG by ${diff.toFixed(2)} per channel`).toBeLessThan(2);
    }
  } finally {
    await browser.close();
  }
});
