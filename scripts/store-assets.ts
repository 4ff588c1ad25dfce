// Store screenshots, 1280×800, made from the replica pages with the built extension, in a few languages:
// `npm run store-assets` (builds first) writes store-assets/<locale>/*.png. Run it for each release.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { form as de } from '../src/catalog/languages/de';
import { form as en } from '../src/catalog/languages/en';
import { form as it } from '../src/catalog/languages/it';
import { launchWithExtension } from '../tests/e2e/browser';
import { serveReplicas } from '../tests/e2e/replicas';
import { account, entry, makeStore } from '../tests/e2e/seed';
import { objector } from '../tests/e2e/shadow';

const SIZE = { width: 1280, height: 800 };
const FB = 'facebook:100001234567890';

/**
 * Per language: the Privacy Center page and (where there is a replica of it) the objection form in that
 * language, as Meta shows them, with the assistant's button in the form's language.
 */
const LANGUAGES: Array<{
  locale: string;
  lang: string;
  genai: [string, string];
  form?: { page: [string, string]; fill: string };
}> = [
  {
    locale: 'en',
    lang: 'en-US',
    genai: ['https://www.facebook.com/privacy/genai/', 'fb-genai-en.html'],
    form: {
      page: ['https://www.facebook.com/help/contact/712876720715583', 'fb-form-2025-en.html'],
      fill: en.assist.fill,
    },
  },
  {
    locale: 'de',
    lang: 'de',
    genai: ['https://de-de.facebook.com/privacy/genai/', 'fb-genai-de.html'],
    form: {
      page: ['https://de-de.facebook.com/help/contact/712876720715583', 'fb-form-2025-de.html'],
      fill: de.assist.fill,
    },
  },
  {
    locale: 'it',
    lang: 'it',
    genai: ['https://it-it.facebook.com/privacy/genai/', 'fb-genai-it.html'],
    form: {
      page: ['https://it-it.facebook.com/help/contact/712876720715583', 'fb-form-2025-it.html'],
      fill: it.assist.fill,
    },
  },
  {
    locale: 'fr',
    lang: 'fr',
    genai: ['https://privacycenter.instagram.com/privacy/genai/', 'ig-genai-fr.html'],
  },
];

/** A screenshot of `shot` (smaller than the store's frame) centred on a 1280×800 page with a caption. */
async function framed(context: BrowserContext, png: Buffer, caption: string, file: string): Promise<void> {
  const frame = await context.newPage();
  await frame.setViewportSize(SIZE);
  const esc = caption.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await frame.setContent(`<body style="margin:0;height:800px;display:flex;flex-direction:column;align-items:center;
    justify-content:center;gap:24px;background:#f3e8ee;font:600 28px system-ui,sans-serif;color:#5c1235">
    <div>${esc}</div><img style="box-shadow:0 8px 32px #0003;border-radius:10px;max-height:640px"
    src="data:image/png;base64,${png.toString('base64')}"></body>`);
  await frame.screenshot({ path: file });
  await frame.close();
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
}

async function main(): Promise<void> {
  for (const { locale, lang, genai, form } of LANGUAGES) {
    const dir = resolve('store-assets', locale);
    await mkdir(dir, { recursive: true });
    const messages = JSON.parse(await readFile(`assets/public/_locales/${locale}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
    const context = await launchWithExtension({ lang, viewport: SIZE });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const store = makeStore({
        settings: { region: 'eu', email: 'ada@example.org', country: 'DE' },
        accounts: { [FB]: account(FB, { name: 'Ada', steps: { 'fb-objection': [entry('opened', 0)] } }) },
      });
      await worker.evaluate((s) => chrome.storage.local.set({ objector: s }), store);
      await context.addCookies([
        {
          name: 'c_user',
          value: '100001234567890',
          domain: '.facebook.com',
          path: '/',
          secure: true,
          sameSite: 'None',
        },
      ]);
      await serveReplicas(context, { [genai[0]]: genai[1], ...(form ? { [form.page[0]]: form.page[1] } : {}) });
      const page = await context.newPage();
      await page.goto(genai[0]);
      await settle(page);
      // The guide's "Show me", pressed as the user would: the section opens and the link is outlined.
      await objector.guideButton(page, messages.guideShowMe?.message ?? 'Show me').click();
      await settle(page);
      await page.screenshot({ path: resolve(dir, '1-privacy-center.png') });
      if (form) {
        await page.goto(form.page[0]);
        await settle(page);
        // The assistant's button, pressed as the user would.
        await objector.assistButton(page, form.fill).click();
        await settle(page);
        await page.screenshot({ path: resolve(dir, '2-form-assist.png') });
      }
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await settle(popup);
      await framed(
        context,
        await popup.screenshot(),
        messages.extName?.message ?? 'Objector',
        resolve(dir, '3-popup.png'),
      );
      console.log(`  ${dir}: 1-privacy-center.png${form ? ' 2-form-assist.png' : ''} 3-popup.png`);
    } finally {
      await context.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
