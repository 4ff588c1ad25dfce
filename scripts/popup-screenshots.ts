// Screenshots of the popup (several states), the welcome page and the settings page, light and dark,
// into demo-screenshots/ui/. Run after a build: `npx wxt build && npx tsx scripts/popup-screenshots.ts`.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Store } from '../src/core/state';
import { launchWithExtension } from '../tests/e2e/browser';
import { account, entry, makeStore, seedStore } from '../tests/e2e/seed';

const outDir = resolve('demo-screenshots/ui');
const FB = '100001234567890';
const IG = '5512345678';

const STATES: { name: string; store: Store; login?: 'facebook' | 'both'; open?: string }[] = [
  { name: 'popup-no-region', store: makeStore({}) },
  { name: 'popup-logged-out', store: makeStore({ settings: { region: 'eu' } }) },
  {
    name: 'popup-fresh',
    store: makeStore({ settings: { region: 'eu' }, accounts: { [`facebook:${FB}`]: account(`facebook:${FB}`) } }),
    login: 'facebook',
  },
  {
    name: 'popup-midway',
    store: makeStore({
      settings: { region: 'eu' },
      accounts: {
        [`facebook:${FB}`]: account(`facebook:${FB}`, {
          name: 'Alex Example',
          steps: {
            'fb-objection': [entry('opened', 12), entry('submitted', 12), entry('confirmed', 10)],
            'ig-objection': [entry('opened', 3), entry('submitted', 3, 'user')],
          },
        }),
      },
    }),
    login: 'facebook',
  },
  {
    name: 'popup-several',
    store: makeStore({
      settings: { region: 'eu' },
      accounts: {
        [`facebook:${FB}`]: account(`facebook:${FB}`, {
          name: 'Alex Example',
          steps: { 'fb-objection': [entry('submitted', 9)] },
        }),
        [`instagram:${IG}`]: account(`instagram:${IG}`, { name: 'alex.example' }),
        'facebook:100009999999999': account('facebook:100009999999999', {
          name: 'Example Bakery',
          steps: { 'fb-objection': [entry('skipped', 20, 'user')] },
        }),
      },
      links: [[`facebook:${FB}`, `instagram:${IG}`]],
    }),
    login: 'facebook',
  },
  {
    name: 'popup-other-region',
    store: makeStore({ settings: { region: 'other' }, accounts: { [`facebook:${FB}`]: account(`facebook:${FB}`) } }),
    login: 'facebook',
  },
];

async function shoot(page: Page, name: string, fullPage: boolean): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(100);
    const file = resolve(outDir, `${name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage });
    console.log(`  ${file}`);
  }
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const context: BrowserContext = await launchWithExtension();
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  for (const state of STATES) {
    await context.clearCookies();
    if (state.login) {
      await context.addCookies([
        { name: 'c_user', value: FB, domain: '.facebook.com', path: '/', secure: true, sameSite: 'None' },
      ]);
    }
    await seedStore(worker, state.store);
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('[data-account]').first().waitFor();
    await shoot(page, state.name, true);
    if (state.name === 'popup-midway') {
      await page.locator('[data-step="ig-objection"] button[aria-expanded]').click();
      await shoot(page, 'popup-history', true);
    }
    await page.close();
  }
  for (const [name, path] of [
    ['welcome', 'welcome.html'],
    ['settings', 'options.html'],
  ] as const) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${id}/${path}`);
    await page.locator('form').first().waitFor();
    await shoot(page, name, true);
    await page.close();
  }
  await context.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
