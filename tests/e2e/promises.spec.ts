// The README's promises, each proved in a real Chromium with the built extension. The "no request
// of its own" promise is also checked around every e2e test by the fixture (request-watch.ts).
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

test('strings on Meta’s page are never parsed as HTML', async ({ context, serve }) => {
  await serve({ [PRIVACY_CENTER]: 'promise-html-strings-en.html' });
  const requested: string[] = [];
  context.on('request', (r: Request) => requested.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  await page.goto(PRIVACY_CENTER);
  const marked = page.locator('[data-objector-step]');
  await expect(marked.first()).toBeAttached();
  // Give labels, the guide panel and any late work a moment to run over the hostile strings.
  await page.waitForTimeout(1000);

  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(requested.filter((p) => /\/x-/.test(p))).toEqual([]);
  // Nothing anywhere, shadow roots included, became an element from the page's text.
  const parsed = await page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('img, svg, script, iframe, b')) found.push(el.outerHTML.slice(0, 80));
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return found;
  });
  expect(parsed).toEqual([]);
  // Meta's own text is left as it was.
  await expect(page.locator('a[href^="/help/contact/"] span')).toHaveText(
    `Right to object <img src=x-link onerror="window.__pwned='link'"> <b>bold</b>`,
  );
});

test('a Meta page’s own scripts cannot forge a status change', async ({
  context,
  serve,
  login,
  worker,
  extensionId,
  openPopup,
}) => {
  await serve({ [PRIVACY_CENTER]: 'fb-privacy-center-en.html' });
  await login('facebook', FB_USER);
  const page = await context.newPage();
  await page.goto(PRIVACY_CENTER);
  await expect(page.locator('[data-objector-step]').first()).toBeAttached();
  const account = `facebook:${FB_USER}`;
  await expect
    .poll(() => worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null))))
    .toContain(account);
  const before = await worker.evaluate(() => chrome.storage.local.get(null));

  const attempts = await page.evaluate(
    async ({ extensionId, account, url }) => {
      const forged = [
        { type: 'step-detected', step: 'fb-objection', status: 'submitted', url },
        { type: 'step-detected', step: 'fb-objection', status: 'confirmed', url },
        { type: 'set-status', account, step: 'fb-objection', status: 'confirmed' },
        { type: 'import', data: { version: 2, accounts: {} } },
        { type: 'wipe' },
      ];
      const results: string[] = [];
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage({ ...message, source: 'objector' }, '*');
        window.postMessage(JSON.stringify(message), '*');
        for (const name of ['message', 'objector', 'objector:message', message.type, `objector:${message.type}`]) {
          document.dispatchEvent(new CustomEvent(name, { detail: message }));
          window.dispatchEvent(new CustomEvent(name, { detail: message }));
        }
        const runtime = (window as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome
          ?.runtime;
        if (typeof runtime?.sendMessage === 'function') {
          try {
            await runtime.sendMessage(extensionId, message);
            results.push('sendMessage accepted');
          } catch (e) {
            results.push(`sendMessage refused: ${String(e)}`);
          }
        } else {
          results.push('no chrome.runtime.sendMessage in the page');
        }
      }
      return results;
    },
    { extensionId, account, url: FORM },
  );
  expect(attempts.filter((r) => r === 'sendMessage accepted')).toEqual([]);

  await page.waitForTimeout(500);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
  const popup = await openPopup();
  await expect(popup.locator(`[data-account="${account}"] [data-step="fb-objection"]`)).toHaveAttribute(
    'data-status',
    'todo',
  );
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
