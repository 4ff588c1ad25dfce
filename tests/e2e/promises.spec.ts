// The README's promises, each proved in a real Chromium with the built extension. The "no request
// of its own" promise is also checked around every e2e test by the fixture (request-watch.ts); what a
// hostile page, a messy store or a hostile file may try is the attack suite's (attacks.spec.ts).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from './browser';
import { expect, FB_USER, test } from './fixtures';
import { serveReplicas } from './replicas';
import { watchExtensionRequests } from './request-watch';
import { objector } from './shadow';

const PRIVACY_CENTER = 'https://www.facebook.com/privacy/center/';
const FORM = 'https://www.facebook.com/help/contact/712876720715583';

/** Runs `code` in the content script's isolated world of `page`, with a stack frame named `scriptUrl`. */
async function inContentScriptWorld(context: BrowserContext, page: Page, code: string, scriptUrl: string) {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push({ id: c.id, origin: c.origin }));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error('the content script did not run in this page');
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `${code}\n//# sourceURL=${scriptUrl}`,
    awaitPromise: true,
  });
  await cdp.detach();
}

const tryFetch = (url: string) =>
  fetch(url).then(
    () => 'sent',
    (e: unknown) => `refused: ${String(e)}`,
  );

test.describe('no network request of its own', () => {
  test('the watcher attributes requests from the service worker, a page and a content script', async () => {
    // A copy of the build without its CSP, so requests made on purpose really leave and must be caught.
    const dir = join(mkdtempSync(join(tmpdir(), 'objector-nocsp-')), 'chrome-mv3');
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    delete manifest.content_security_policy;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));

    const context = await launchWithExtension({ dir });
    try {
      const watch = watchExtensionRequests(context);
      await serveReplicas(context, { [PRIVACY_CENTER]: 'fb-privacy-center-en.html' });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;

      expect(await worker.evaluate(tryFetch, 'https://www.facebook.com/from-worker')).toBe('sent');
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html`);
      expect(await popup.evaluate(tryFetch, 'https://www.instagram.com/from-popup')).toBe('sent');
      const page = await context.newPage();
      await page.goto(PRIVACY_CENTER);
      await expect(page.locator('[data-objector-step]').first()).toBeAttached();
      const script = `chrome-extension://${id}/content-scripts/meta.js`;
      await inContentScriptWorld(context, page, 'fetch("https://www.facebook.com/from-content-script")', script);
      await expect.poll(() => watch.findings().length).toBeGreaterThanOrEqual(3);
      const findings = watch.findings().join('\n');
      expect(findings).toContain(
        `service worker chrome-extension://${id}/background.js requested https://www.facebook.com/from-worker`,
      );
      expect(findings).toContain(
        `extension page chrome-extension://${id}/popup.html requested https://www.instagram.com/from-popup`,
      );
      expect(findings).toContain(`content script ${script} requested https://www.facebook.com/from-content-script`);
      expect(findings).not.toContain('/privacy/center');
    } finally {
      await context.close();
    }
  });

  test('the browser itself refuses network requests from the worker and the extension pages (CSP)', async () => {
    // Its own browser: these attempts are deliberate, and the fixture's watcher would rightly report them.
    const context = await launchWithExtension();
    try {
      const sent: string[] = [];
      await context.route(
        (url) => url.protocol === 'http:' || url.protocol === 'https:',
        (route) => {
          sent.push(route.request().url());
          return route.fulfill({ status: 204 });
        },
      );
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      expect(await worker.evaluate(tryFetch, 'https://www.facebook.com/probe')).toMatch(/^refused/);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
      expect(await popup.evaluate(tryFetch, 'https://www.facebook.com/probe')).toMatch(/^refused/);
      const image = await popup.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const img = new Image();
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = src;
          }),
        'https://www.facebook.com/probe.png',
      );
      expect(image).toBe('blocked');
      expect(sent).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('nothing is submitted or clicked without the user’s click', async ({ context, serve, login, openPopup }) => {
  await serve({ [FORM]: 'promise-form-counter-en.html' });
  await login('facebook', FB_USER);
  // Saved the way the settings page saves them.
  const settings = await openPopup();
  const saved = await settings.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'save-settings',
      settings: { region: 'eu', email: 'ada@example.org', country: 'DE', reason: 'I object.' },
    }),
  );
  expect(saved).toMatchObject({ ok: true });
  await settings.close();
  const sent: string[] = [];
  context.on('request', (r: Request) => {
    if (r.method() !== 'GET' || r.url().includes('/submit')) sent.push(`${r.method()} ${r.url()}`);
  });
  const page = await context.newPage();
  await page.goto(FORM);
  const counts = () => page.evaluate(() => (window as { __counts?: Record<string, number> }).__counts);
  const zero = { submitEvents: 0, formClicks: 0, submitCalls: 0 };

  // Through the page load and the highlight.
  await expect(page.locator('[data-objector-step]').first()).toBeAttached();
  await page.waitForTimeout(1000);
  expect(await counts()).toEqual(zero);

  // Through the form assist's fill, which the user starts with a click on Objector's own button.
  await objector.assistButton(page, 'Fill in from my settings').click();
  await expect(page.locator('input[name="email"]')).toHaveValue('ada@example.org');
  await page.waitForTimeout(1000);
  expect(await counts()).toEqual(zero);
  expect(sent).toEqual([]);
  await expect(page).toHaveURL(FORM);
});
