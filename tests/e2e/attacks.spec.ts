// The attack suite: what a hostile Meta page, a messy store or a hostile file may do, and what the user
// sees and what is stored after it. Each case that held before keeps holding; each that did not now does.
import type { Page, Worker } from '@playwright/test';
import { historyOf, send, statusOf, type ViewLike } from './background';
import { expect, FB_USER, test } from './fixtures';
import { account, entry, makeStore, seedStore } from './seed';
import { findInShadow, objector } from './shadow';

const FB = `facebook:${FB_USER}`;
const FORM = 'https://www.facebook.com/help/contact/712876720715583';
const GENAI = 'https://www.facebook.com/privacy/genai/';
const NOTIFICATIONS = 'https://www.facebook.com/notifications';

const stored = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));

async function saveSettings(page: Page): Promise<void> {
  await send(page, {
    type: 'save-settings',
    settings: { region: 'eu', email: 'ada@example.org', country: 'DE', reason: 'My own reason.' },
  });
}

test.describe('a page’s scripts cannot act for the user', () => {
  test('the form assist fills only on the user’s own click: a script’s click, or a hidden panel, does nothing', async ({
    context,
    serve,
    login,
    openPopup,
  }) => {
    await serve({ [FORM]: 'fb-form-2025-en.html' });
    await login('facebook', FB_USER);
    await saveSettings(await openPopup());
    const page = await context.newPage();
    await page.goto(FORM);
    const fill = objector.assistButton(page, 'Fill in from my settings');
    await fill.shown();

    // Everything the page's own scripts can reach: the host, its (closed) shadow root, events on it.
    const reach = await page.evaluate(() => {
      const host = document.querySelector('objector-panel') as HTMLElement;
      host.click();
      for (const type of ['click', 'pointerdown', 'mousedown', 'mouseup', 'keydown']) {
        host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      }
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return { shadow: host.shadowRoot === null, text: host.textContent, html: host.innerHTML };
    });
    expect(reach).toEqual({ shadow: true, text: '', html: '' });
    // Even a script holding the button itself (a closed root gives it none) gets no fill from its .click().
    await fill.asPageScript(
      'function () { this.click(); this.dispatchEvent(new MouseEvent("click", { bubbles: true })); }',
    );
    await page.waitForTimeout(1000);
    await expect(page.getByLabel('Email address')).toHaveValue('');
    await expect(page.locator('textarea')).toHaveValue('');

    // A page that makes the panel invisible to lure a click on it: the user's click then does nothing.
    await page.evaluate(() =>
      (document.querySelector('objector-panel') as HTMLElement).style.setProperty('opacity', '0', 'important'),
    );
    await fill.click();
    await page.waitForTimeout(1000);
    await expect(page.getByLabel('Email address')).toHaveValue('');

    // Drawn as Objector draws it, the user's own click fills.
    await page.evaluate(() =>
      (document.querySelector('objector-panel') as HTMLElement).style.setProperty('opacity', '1', 'important'),
    );
    await fill.click();
    await expect(page.getByLabel('Email address')).toHaveValue('ada@example.org');
    await expect(page.locator('textarea')).toHaveValue('My own reason.');
  });

  test('“Show me” opens Meta’s collapsed section only on the user’s own click', async ({ context, serve }) => {
    await serve({ [GENAI]: 'fb-genai-en.html' });
    const page = await context.newPage();
    await page.goto(GENAI);
    const section = page.locator('[data-section="shared"]');
    await expect(section).toHaveAttribute('data-objector-step', 'fb-objection');
    const showMe = objector.guideButton(page, 'Show me');
    await showMe.asPageScript('function () { this.click(); }');
    await page.evaluate(() => (document.querySelector('objector-overlay') as HTMLElement).click());
    await page.waitForTimeout(800);
    await expect(section).toHaveAttribute('aria-expanded', 'false');
    await showMe.click();
    await expect(section).toHaveAttribute('aria-expanded', 'true');
  });

  test('the page cannot read or rewrite Objector’s labels and panels', async ({ context, serve }) => {
    await serve({ [GENAI]: 'fb-genai-en.html' });
    const page = await context.newPage();
    await page.goto(GENAI);
    await objector.guide(page).shown();
    const seen = await page.evaluate(() => {
      const host = document.querySelector('objector-overlay') as HTMLElement;
      const words =
        document.body.innerText.includes('Objector guide') ||
        document.documentElement.innerText.includes('Objector guide');
      return { shadow: host.shadowRoot, children: host.children.length, words };
    });
    expect(seen).toEqual({ shadow: null, children: 0, words: false });
    await expect.poll(() => objector.guide(page).text()).toContain('Objector guide');
  });

  test('a script’s submit, clicks and forged events never make a submission', async ({
    context,
    serve,
    login,
    openPopup,
  }) => {
    await serve({ [FORM]: 'fb-form-2025-en.html' });
    await login('facebook', FB_USER);
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM);
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('opened');
    await page.evaluate(() => {
      const form = document.querySelector('form[method="post"]') as HTMLFormElement;
      (form.querySelector('[name=email]') as HTMLInputElement).value = 'x@y.example';
      for (const el of form.querySelectorAll('input')) el.dispatchEvent(new Event('input', { bubbles: true }));
      (form.querySelector('button') as HTMLButtonElement).click();
      form.requestSubmit();
      form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForTimeout(2000);
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
  });

  test('forged messages, events and attributes change no status and switch nothing off', async ({
    context,
    serve,
    login,
    worker,
    extensionId,
    openPopup,
  }) => {
    await serve({ [GENAI]: 'fb-genai-en.html', 'https://www.facebook.com/': 'fb-feed-en.html' });
    await login('facebook', FB_USER);
    const page = await context.newPage();
    await page.goto(GENAI);
    await expect(page.locator('[data-objector-step]').first()).toBeAttached();
    await expect.poll(async () => JSON.stringify(await stored(worker))).toContain(FB);
    const before = await stored(worker);
    const attempts = await page.evaluate(
      async ({ extensionId, account, url }) => {
        const forged = [
          { type: 'step-detected', step: 'fb-objection', status: 'submitted', evidence: 'sent', url },
          { type: 'step-detected', step: 'fb-objection', status: 'confirmed', evidence: 'notification', url },
          { type: 'submission-started', step: 'fb-objection', url },
          { type: 'set-status', account, step: 'fb-objection', status: 'confirmed' },
          { type: 'import', data: { version: 3, accounts: {} } },
          { type: 'wipe' },
        ];
        const results: string[] = [];
        for (const message of forged) {
          window.postMessage(message, '*');
          window.postMessage(JSON.stringify(message), '*');
          for (const name of ['message', 'objector', message.type, `objector:${message.type}`]) {
            document.dispatchEvent(new CustomEvent(name, { detail: message }));
          }
          const runtime = (window as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome
            ?.runtime;
          if (typeof runtime?.sendMessage === 'function') {
            try {
              await runtime.sendMessage(extensionId, message);
              results.push('sendMessage accepted');
            } catch (e) {
              results.push(`refused: ${String(e)}`);
            }
          }
        }
        // WXT's "a newer copy of this script started" event: a page can fire it with the extension's public id.
        for (const entry of ['meta', 'forms']) {
          const name = `${extensionId}:${entry}:wxt:content-script-started`;
          document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: entry, messageId: 'x' } }));
          window.postMessage({ type: name, contentScriptName: entry, messageId: 'x' }, '*');
        }
        // Forged announcements of URL evidence, and forged marks.
        const link = document.createElement('a');
        link.href = '/help/contact/712876720715583';
        link.textContent = 'forged';
        link.style.animationName = 'none';
        document.body.append(link);
        link.dispatchEvent(
          new AnimationEvent('animationstart', { animationName: 'objector-url-evidence', bubbles: true }),
        );
        document.querySelector('h1')?.setAttribute('data-objector-step', 'fb-objection');
        return results;
      },
      { extensionId, account: FB, url: FORM },
    );
    expect(attempts.filter((r) => r === 'sendMessage accepted')).toEqual([]);
    await page.waitForTimeout(800);
    expect(await stored(worker)).toEqual(before);
    // Objector is still at work on the page: a section added now is outlined.
    await page.evaluate(() => {
      const more = document.createElement('div');
      more.setAttribute('role', 'button');
      more.setAttribute('aria-expanded', 'false');
      more.textContent = 'Privacy and Generative AI';
      document.body.append(more);
    });
    await expect(page.locator('div[role="button"][data-objector-step]')).toHaveCount(2);
    const popup = await openPopup();
    await expect(popup.locator(`[data-account="${FB}"] [data-step="fb-objection"]`)).toHaveAttribute(
      'data-status',
      'todo',
    );
  });

  test('hidden decoy words never make an outline', async ({ context, serve }) => {
    await serve({ 'https://www.facebook.com/help/2069235856423257': 'fb-decoys-en.html' });
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/help/2069235856423257');
    await expect(page.locator('[data-case="positive"] [role="button"]')).toHaveAttribute('data-objector-step');
    await expect(page.locator('[data-case="decoys"] [data-objector-step]')).toHaveCount(0);
  });

  test('strings on Meta’s page are never parsed as HTML, in the page or in Objector’s own shadow roots', async ({
    context,
    serve,
  }) => {
    await serve({ 'https://www.facebook.com/privacy/center/': 'promise-html-strings-en.html' });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/privacy/center/');
    await expect(page.locator('[data-objector-step]').first()).toBeAttached();
    await objector.guide(page).shown();
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(requested.filter((p) => /\/x-/.test(p))).toEqual([]);
    for (const host of ['objector-overlay', 'objector-panel']) {
      expect(await findInShadow(page, host, 'img, svg, script, iframe, b')).toEqual([]);
    }
  });
});

test.describe('only Meta’s own notification is a confirmation', () => {
  test('a person’s comment, share or message quoting Meta’s words confirms nothing', async ({
    context,
    serve,
    login,
    openPopup,
  }) => {
    await serve({ [NOTIFICATIONS]: 'fb-notifications-people-en.html' });
    await login('facebook', FB_USER);
    const page = await context.newPage();
    await page.goto(NOTIFICATIONS);
    await expect(page.getByText('Alice Example')).toBeVisible();
    await page.waitForTimeout(1500);
    const popup = await openPopup();
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('todo');
  });

  test('Meta’s notification with no submission before it is recorded as such, and the evidence page says so', async ({
    context,
    serve,
    login,
    openPopup,
    extensionId,
  }) => {
    await serve({ [NOTIFICATIONS]: 'fb-notifications-en.html' });
    await login('facebook', FB_USER);
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(NOTIFICATIONS);
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('confirmed');
    expect((await historyOf(popup, FB, 'fb-objection')).at(-1)).toMatchObject({
      evidence: 'notification',
      unprompted: true,
    });
    const evidence = await context.newPage();
    await evidence.goto(`chrome-extension://${extensionId}/evidence.html`);
    await expect(evidence.locator(`tr[data-account="${FB}"]`)).toContainText(
      /Meta.s confirmation, with no submission recorded before it/,
    );
  });
});

test.describe('stored data is never lost', () => {
  test('fields this version does not know survive every read and write', async ({ worker, openPopup }) => {
    const store = {
      ...makeStore({ settings: { region: 'eu', email: 'a@b.example' }, accounts: { [FB]: account(FB) } }),
      futureFlag: { keep: true },
    };
    Object.assign(store.settings, { theme: 'dark' });
    Object.assign(store.accounts[FB] ?? {}, {
      avatar: 'blue',
      steps: { 'fb-objection': [{ ...entry('opened', 1), seenBy: 'v9' }] },
    });
    await seedStore(worker, store);
    const popup = await openPopup();
    await expect(popup.locator(`[data-account="${FB}"] [data-step="fb-objection"]`)).toHaveAttribute(
      'data-status',
      'opened',
    );
    await send(popup, { type: 'set-status', account: FB, step: 'fb-objection', status: 'submitted' });
    await send(popup, { type: 'save-settings', settings: { region: 'uk' } });
    const after = (await stored(worker)).objector as typeof store;
    expect(after.futureFlag).toEqual({ keep: true });
    expect(after.settings).toEqual({ region: 'uk', theme: 'dark' });
    expect(after.accounts[FB]).toMatchObject({ avatar: 'blue' });
    expect(after.accounts[FB]?.steps['fb-objection']?.[0]).toMatchObject({ seenBy: 'v9' });
    expect(after.accounts[FB]?.steps['fb-objection']).toHaveLength(2);
    expect(Object.keys(await stored(worker)).filter((k) => k.startsWith('objector-aside-'))).toEqual([]);
  });

  test('a store written by a newer Objector is set aside unchanged, and the popup says to update', async ({
    worker,
    openPopup,
  }) => {
    const future = { version: 9, settings: { region: 'eu' }, accounts: {}, links: [], setAside: [], hologram: 1 };
    await worker.evaluate((raw) => chrome.storage.local.set({ objector: raw }), future);
    const popup = await openPopup();
    await expect(popup.getByRole('alert')).toContainText('saved by a newer version of Objector (data format 9)');
    const all = await stored(worker);
    const aside = Object.keys(all).filter((k) => k.startsWith('objector-aside-'));
    expect(aside).toHaveLength(1);
    expect(all[aside[0] ?? '']).toEqual(future);
  });

  test('an unreadable store of 6 MB is set aside whole, and what it held carries on', async ({ worker, openPopup }) => {
    test.setTimeout(60_000);
    const broken = {
      ...makeStore({
        settings: { region: 'eu', email: 'big@example.org' },
        accounts: { [FB]: account(FB, { steps: { 'fb-objection': [entry('submitted', 3)] } }) },
      }),
      links: 'not a list',
      padding: 'x'.repeat(6 * 1024 * 1024),
    };
    await worker.evaluate((raw) => chrome.storage.local.set({ objector: raw }), broken);
    const popup = await openPopup();
    await expect(popup.getByRole('alert')).toContainText('could not read its saved data');
    await expect(popup.getByRole('alert')).not.toContainText('quota');
    await expect(popup.locator(`[data-account="${FB}"] [data-step="fb-objection"]`)).toHaveAttribute(
      'data-status',
      'submitted',
    );
    const sizes = await worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('objector-aside-')) ?? '';
      return {
        aside: JSON.stringify(all[key]).length,
        settings: (all.objector as ViewLike & { settings: unknown }).settings,
      };
    });
    expect(sizes.aside).toBe(JSON.stringify(broken).length);
    expect(sizes.settings).toEqual({ region: 'eu', email: 'big@example.org' });
  });

  test('a hostile import is refused or merged with nothing lost, and names stay text', async ({
    worker,
    openPopup,
  }) => {
    await seedStore(
      worker,
      makeStore({ accounts: { [FB]: account(FB, { steps: { 'fb-objection': [entry('submitted', 2)] } }) } }),
    );
    const popup = await openPopup();
    for (const data of [
      null,
      'garbage',
      { version: 3, settings: { region: 'mars' }, accounts: {}, links: [], setAside: [] },
      { format: 'objector-export', store: { version: 99 } },
    ]) {
      await expect(send(popup, { type: 'import', data }), JSON.stringify(data)).rejects.toThrow(/cannot be imported/);
    }
    // A file that tries to pollute prototypes: its "__proto__" account is no account, and nothing is polluted.
    const polluting = JSON.parse(
      '{"version":3,"settings":{},"links":[],"setAside":[],"accounts":{"__proto__":{"polluted":true}}}',
    );
    await send(popup, { type: 'import', data: polluting }).catch(() => null);
    expect(await worker.evaluate(() => (({}) as { polluted?: boolean }).polluted)).toBeUndefined();
    expect(Object.keys(((await stored(worker)).objector as ViewLike & { accounts: object }).accounts)).toEqual([FB]);
    const hostile = makeStore({
      accounts: { 'facebook:2': account('facebook:2', { name: '<img src=x onerror="window.__pwned=1">' }) },
    });
    await send(popup, { type: 'import', data: hostile });
    await popup.reload();
    await expect(popup.getByText('<img src=x onerror="window.__pwned=1">').first()).toBeAttached();
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await historyOf(popup, FB, 'fb-objection')).toHaveLength(1);
  });

  test('20 tabs and the popup at once lose nothing', async ({ context, serve, login, worker, openPopup }) => {
    test.setTimeout(90_000);
    await serve({ [GENAI]: 'fb-genai-en.html' });
    await login('facebook', FB_USER);
    const popup = await openPopup();
    const pages = await Promise.all(Array.from({ length: 20 }, () => context.newPage()));
    await Promise.all([
      ...pages.map((p) => p.goto(GENAI)),
      ...(['limit-public', 'meta-ai-chats', 'ask-others', 'third-party-data'] as const).map((step) =>
        send(popup, { type: 'set-status', account: FB, step, status: 'skipped' }),
      ),
    ]);
    await expect.poll(async () => JSON.stringify(await stored(worker))).toContain(FB);
    const view = await send<ViewLike>(popup, { type: 'get-view' });
    const steps = view.accounts.find((a) => a.key === FB)?.steps ?? [];
    for (const step of ['limit-public', 'meta-ai-chats', 'ask-others', 'third-party-data']) {
      expect(steps.find((s) => s.step === step)?.status, step).toBe('skipped');
    }
  });
});
