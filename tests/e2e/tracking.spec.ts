import type { BrowserContext, Page, Worker } from '@playwright/test';
import { STORE_VERSION } from '../../src/core/state';
import { badge, historyOf, send, statusOf, type ViewLike } from './background';
import { expect, FB_USER, IG_USER, test } from './fixtures';
import { objector } from './shadow';

const FB_OTHER = '100009876543210';
const FORM_2025 = 'https://www.facebook.com/help/contact/712876720715583';
const FORM_2024 = 'https://www.facebook.com/help/contact/6359191084165019';
const IG_FORM = 'https://help.instagram.com/contact/767264225370182';
const NOTIFICATIONS = 'https://www.facebook.com/notifications';

/** Opens a form, fills it with the assistant and checks it pointed at (and never pressed) submit. */
async function assistFill(page: Page, buttonName: string): Promise<void> {
  await objector.assistButton(page, buttonName).click();
  await expect(page.locator('[data-objector-submit]')).toHaveCount(1);
  await expect.poll(() => objector.assist(page).text()).toMatch(/:/);
}

const ALL_PAGES = {
  [FORM_2025]: 'fb-form-2025-en.html',
  [FORM_2024]: 'fb-form-2024-de.html',
  [`${FORM_2024}/submit`]: 'fb-form-2024-success-de.html',
  [IG_FORM]: 'ig-form-2025-en.html',
  [NOTIFICATIONS]: 'fb-notifications-en.html',
};

/**
 * Stops the extension's service worker, as the browser does when it is idle or restarts, and wakes
 * a fresh one with a message. (chrome.runtime.reload() disables an extension loaded with --load-extension.)
 */
async function restartWorker(context: BrowserContext, worker: Worker, extensionId: string): Promise<Worker> {
  await worker.evaluate(() => {
    (globalThis as { objectorTestMarker?: boolean }).objectorTestMarker = true;
  });
  const stopper = await context.newPage();
  await stopper.goto(`chrome-extension://${extensionId}/evidence.html`);
  const cdp = await context.newCDPSession(stopper);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await stopper.close().catch(() => {});
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/evidence.html`);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-view' }));
  let fresh: Worker | undefined;
  await expect
    .poll(async () => {
      for (const candidate of context.serviceWorkers()) {
        const marker = await candidate
          .evaluate(() => (globalThis as { objectorTestMarker?: boolean }).objectorTestMarker ?? false)
          .catch(() => null);
        if (marker === false) fresh = candidate;
      }
      return fresh !== undefined;
    })
    .toBe(true);
  await page.close();
  return fresh as Worker;
}

test('two Facebook accounts and an Instagram account each keep their own statuses, across a restart', async ({
  context,
  worker,
  serve,
  login,
  openPopup,
}) => {
  test.setTimeout(90_000);
  await serve(ALL_PAGES);
  const popup = await openPopup();
  await send(popup, {
    type: 'save-settings',
    settings: { region: 'eu', email: 'ada@example.org', country: 'DE' },
  });

  // Account A: the 2025 English form.
  await login('facebook', FB_USER);
  const a = `facebook:${FB_USER}`;
  const form = await context.newPage();
  await form.goto(`${FORM_2025}?entry_point=privacy_center`);
  await expect.poll(() => statusOf(popup, a, 'fb-objection')).toBe('opened');
  await assistFill(form, 'Fill in from my settings');
  await expect(form.getByLabel('Email address')).toHaveValue('ada@example.org');
  await expect(form.locator('textarea')).toHaveValue(/Article 21 GDPR/);
  await expect(form.getByRole('button', { name: 'Send' })).toHaveAttribute('data-objector-submit', '');
  await form.screenshot({ path: 'test-results/form-assist-2025-en.png' });
  // The hidden decoy and the intro's wording did not count as a success screen.
  expect(await statusOf(popup, a, 'fb-objection')).toBe('opened');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByText('your request will be applied going forward')).toBeVisible();
  await expect.poll(() => statusOf(popup, a, 'fb-objection')).toBe('submitted');
  await form.bringToFront();
  await expect.poll(() => badge(worker)).toBe('4');

  // Account B in the same browser: the 2024 German form with its country, required reason and code step.
  await login('facebook', FB_OTHER);
  const b = `facebook:${FB_OTHER}`;
  const form2024 = await context.newPage();
  await form2024.goto(FORM_2024);
  await expect.poll(() => statusOf(popup, b, 'fb-objection')).toBe('opened');
  await assistFill(form2024, 'Mit meinen Einstellungen ausfüllen');
  await expect(form2024.getByLabel('Wohnsitzland')).toHaveValue('101');
  await expect(form2024.getByLabel(/wie sich diese Verarbeitung/)).toHaveValue(/Art\. 21 DSGVO/);
  await expect(form2024.getByLabel(/noch etwas mitteilen/)).toHaveValue('');
  await form2024.screenshot({ path: 'test-results/form-assist-2024-de.png' });
  await form2024.getByRole('button', { name: 'Senden' }).click();
  await form2024.getByLabel('Bestätigungscode').fill('123456');
  expect(await statusOf(popup, b, 'fb-objection')).toBe('opened');
  await form2024.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(form2024.getByText('Wir haben deine Anfrage erhalten')).toBeVisible();
  await expect.poll(() => statusOf(popup, b, 'fb-objection')).toBe('submitted');

  // Instagram account: its own form on help.instagram.com.
  await login('instagram', IG_USER);
  const ig = `instagram:${IG_USER}`;
  const igForm = await context.newPage();
  await igForm.goto(IG_FORM);
  await assistFill(igForm, 'Fill in from my settings');
  await expect(igForm.getByLabel('Email address')).toHaveValue('ada@example.org');
  await igForm.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => statusOf(popup, ig, 'ig-objection')).toBe('submitted');

  // B gets Meta's notification that the objection will be honoured.
  const notifications = await context.newPage();
  await notifications.goto(NOTIFICATIONS);
  await expect.poll(() => statusOf(popup, b, 'fb-objection')).toBe('confirmed');
  expect(await statusOf(popup, a, 'fb-objection')).toBe('submitted');

  // The popup shows each account's own checklist.
  await popup.reload();
  await expect(popup.locator(`[data-account="${b}"] [data-step="fb-objection"]`)).toHaveAttribute(
    'data-status',
    'confirmed',
  );
  await expect(popup.locator(`[data-account="${ig}"] [data-step="ig-objection"]`)).toHaveAttribute(
    'data-status',
    'submitted',
  );
  await expect(popup.locator(`[data-account="${a}"] [data-step="fb-objection"]`)).toHaveAttribute(
    'data-status',
    'submitted',
  );

  expect((await historyOf(popup, a, 'fb-objection')).map((h) => h.url)).toEqual([FORM_2025, FORM_2025]);
  expect((await historyOf(popup, b, 'fb-objection')).at(1)?.url).toBe(FORM_2024);
});

test('a service-worker restart keeps every status and the badge', async ({
  context,
  worker,
  extensionId,
  serve,
  login,
  openPopup,
}) => {
  await serve({ [FORM_2025]: 'fb-form-2025-en.html' });
  await login('facebook', FB_USER);
  const a = `facebook:${FB_USER}`;
  const popup = await openPopup();
  await send(popup, { type: 'save-settings', settings: { region: 'eu', email: 'ada@example.org' } });
  await send(popup, { type: 'set-status', account: a, step: 'limit-public', status: 'skipped' });
  const form = await context.newPage();
  await form.goto(FORM_2025);
  await assistFill(form, 'Fill in from my settings');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => statusOf(popup, a, 'fb-objection')).toBe('submitted');
  await form.close();
  await popup.close();

  const restarted = await restartWorker(context, worker, extensionId);
  const after = await openPopup();
  await expect(after.locator(`[data-account="${a}"] [data-step="fb-objection"]`)).toHaveAttribute(
    'data-status',
    'submitted',
  );
  await expect(after.locator(`[data-account="${a}"] [data-step="limit-public"]`)).toHaveAttribute(
    'data-status',
    'skipped',
  );
  await expect.poll(() => badge(restarted)).toBe('3');
});

test.describe('each replica form is detected opened, then submitted after the user sends it', () => {
  const cases = [
    { file: 'fb-form-2025-en.html', url: FORM_2025, fill: 'Fill in from my settings', send: 'Send', success: null },
    {
      file: 'fb-form-2025-de.html',
      url: FORM_2025,
      fill: 'Mit meinen Einstellungen ausfüllen',
      send: 'Senden',
      success: null,
    },
    {
      file: 'fb-form-2025-it.html',
      url: FORM_2025,
      fill: 'Compila con le mie impostazioni',
      send: 'Invia',
      success: null,
    },
    {
      file: 'fb-form-2024-en.html',
      url: FORM_2024,
      fill: 'Fill in from my settings',
      send: 'Send',
      success: 'fb-form-2024-success-en.html',
      code: 'Confirmation code',
      confirm: 'Confirm',
    },
    {
      file: 'fb-form-2024-it.html',
      url: FORM_2024,
      fill: 'Compila con le mie impostazioni',
      send: 'Invia',
      success: 'fb-form-2024-success-it.html',
      code: 'Codice di conferma',
      confirm: 'Conferma',
    },
  ];
  for (const c of cases) {
    test(c.file, async ({ context, serve, login, openPopup }) => {
      await serve({ [c.url]: c.file, ...(c.success ? { [`${c.url}/submit`]: c.success } : {}) });
      await login('facebook', FB_USER);
      const popup = await openPopup();
      await send(popup, { type: 'save-settings', settings: { region: 'eu', email: 'bea@example.org', country: 'IT' } });
      const page = await context.newPage();
      await page.goto(c.url);
      const key = `facebook:${FB_USER}`;
      await expect.poll(() => statusOf(popup, key, 'fb-objection')).toBe('opened');
      await assistFill(page, c.fill);
      await page.getByRole('button', { name: c.send, exact: true }).click();
      if (c.code && c.confirm) {
        await page.getByLabel(c.code).fill('654321');
        await page.getByRole('button', { name: c.confirm, exact: true }).click();
      }
      await expect.poll(() => statusOf(popup, key, 'fb-objection')).toBe('submitted');
    });
  }
});

test('an unreadable store is set aside, reported, and exported; a version 1 store is migrated', async ({
  worker,
  openPopup,
}) => {
  const broken = { version: 1, settings: { region: 'eu' }, accounts: { 'facebook:1': 'not an account' }, links: [] };
  await worker.evaluate((raw) => chrome.storage.local.set({ objector: raw }), broken);
  const popup = await openPopup();
  const view = await send<ViewLike>(popup, { type: 'get-view' });
  expect(view.problem?.reason).toBeTruthy();
  await expect(popup.getByRole('alert')).toContainText('could not read its saved data');
  await expect(popup.getByRole('alert')).toContainText('Nothing was deleted');
  const stored = await worker.evaluate(() => chrome.storage.local.get(null));
  const aside = Object.keys(stored).filter((k) => k.startsWith('objector-aside-'));
  expect(aside).toHaveLength(1);
  expect(stored[aside[0] ?? '']).toEqual(broken);
  const exported = await send<{ setAside: Record<string, unknown> }>(popup, { type: 'export' });
  expect(Object.values(exported.setAside)).toContainEqual(broken);

  const v1 = {
    version: 1,
    settings: { region: 'uk' },
    accounts: {
      'facebook:42': {
        platform: 'facebook',
        id: '42',
        firstSeen: 1,
        lastSeen: 2,
        steps: { 'fb-objection': [{ status: 'submitted', at: 2, source: 'user' }] },
      },
    },
    links: [],
  };
  await worker.evaluate((raw) => chrome.storage.local.set({ objector: raw }), v1);
  expect(await statusOf(popup, 'facebook:42', 'fb-objection')).toBe('submitted');
  const upgraded = await worker.evaluate(() => chrome.storage.local.get(['objector', 'objector-before-v1']));
  expect((upgraded.objector as { version: number }).version).toBe(STORE_VERSION);
  expect(upgraded['objector-before-v1']).toEqual(v1);
});

test('export, wipe and import bring every entry back; the evidence page lists each submission', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const popup = await openPopup();
  await send(popup, { type: 'set-status', account: `facebook:${FB_USER}`, step: 'fb-objection', status: 'submitted' });
  await send(popup, { type: 'set-status', account: `instagram:${IG_USER}`, step: 'ig-objection', status: 'confirmed' });
  await send(popup, { type: 'link-accounts', a: `facebook:${FB_USER}`, b: `instagram:${IG_USER}` });
  const exported = await send<object>(popup, { type: 'export' });
  await send(popup, { type: 'wipe' });
  expect((await send<ViewLike>(popup, { type: 'get-view' })).accounts).toHaveLength(0);
  await expect(send(popup, { type: 'import', data: { version: 3 } })).rejects.toThrow(/cannot be imported/);
  await send(popup, { type: 'import', data: JSON.parse(JSON.stringify(exported)) });
  await send(popup, { type: 'import', data: JSON.parse(JSON.stringify(exported)) });
  const view = await send<ViewLike>(popup, { type: 'get-view' });
  const fb = view.accounts.find((x) => x.key === `facebook:${FB_USER}`);
  expect(fb?.steps.find((s) => s.step === 'fb-objection')?.historyCount).toBe(1);
  expect(await historyOf(popup, `facebook:${FB_USER}`, 'fb-objection')).toHaveLength(1);
  expect(fb?.steps.find((s) => s.step === 'ig-objection')).toMatchObject({
    status: 'confirmed',
    coveredBy: `instagram:${IG_USER}`,
  });

  const evidence = await context.newPage();
  await evidence.goto(`chrome-extension://${extensionId}/evidence.html`);
  await expect(evidence.locator('tbody tr')).toHaveCount(2);
  await expect(evidence.locator(`tr[data-account="facebook:${FB_USER}"]`)).toContainText('Entered by the user');
  await evidence.screenshot({ path: 'test-results/evidence.png', fullPage: true });
});
