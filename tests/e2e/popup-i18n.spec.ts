import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumPath, EXTENSION_DIR } from './browser';
import { serveReplicas } from './replicas';
import { account, entry, makeStore, seedStore } from './seed';
import { objector } from './shadow';

const FB = 'facebook:100001234567890';

test('follows the browser’s language: a German browser gets a German popup, welcome page and outline labels', async () => {
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'objector-de-')), {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'de-DE',
    env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--lang=de',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await context.addCookies([
      { name: 'c_user', value: '100001234567890', domain: '.facebook.com', path: '/', secure: true, sameSite: 'None' },
    ]);
    await seedStore(
      worker,
      makeStore({
        settings: { region: 'eu' },
        accounts: {
          [FB]: account(FB, {
            steps: { 'fb-objection': [entry('submitted', 2)], 'limit-public': [entry('skipped', 0)] },
          }),
        },
      }),
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('html')).toHaveAttribute('lang', /^de/);
    const mine = popup.locator(`[data-account="${FB}"]`);
    await expect(mine.locator('[data-step="fb-objection"]')).toContainText('Gesendet');
    await expect(mine.locator('.is-next')).toContainText('Auf Instagram widersprechen');
    await expect(mine.getByText('Noch 3 Schritte')).toBeVisible();
    // Dates in the interface's language: a German date, and today a 24-hour German time.
    await expect(mine.locator('[data-step="fb-objection"] time')).toHaveText(/^seit \d{2}\.\d{2}\.\d{4}$/);
    await expect(mine.locator('[data-step="limit-public"] time')).toHaveText(/^seit \d{2}:\d{2}$/);
    await expect(popup).toHaveTitle('Objector');

    const welcome = await context.newPage();
    await welcome.goto(`chrome-extension://${id}/welcome.html`);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Objector');
    await expect(welcome.getByRole('button', { name: 'Speichern und loslegen' })).toBeVisible();

    // The outline labels are built into the content script (no i18n call on Meta's page): German here too.
    await serveReplicas(context, { 'https://de-de.facebook.com/privacy/genai/': 'fb-genai-de.html' });
    const meta = await context.newPage();
    await meta.goto('https://de-de.facebook.com/privacy/genai/');
    await expect(meta.locator('a[href*="712876720715583"]')).toHaveAttribute('data-objector-step', 'fb-objection');
    // The link waits in a collapsed section: its heading is outlined, and says to open it.
    await expect
      .poll(() => objector.labels(meta).text())
      .toBe('Objector: Diesen Abschnitt öffnen, um zu widersprechen');
  } finally {
    await context.close();
  }
});
