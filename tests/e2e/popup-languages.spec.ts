// Every interface language at the popup's width: the popup's own code runs, with the strings of each
// _locales translation, and no text may overflow its box or be cut. (Chromium shows an extension in its own
// UI languages only, and has no Irish or Maltese one: the page gets each locale's messages.json as the
// browser's i18n would give it.) A screenshot per language is left in test-results/ to look at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FB_USER, IG_USER, test } from './fixtures';
import { account, entry, makeStore, seedStore } from './seed';

const DIR = 'assets/public/_locales';
const LOCALES = readdirSync(DIR).sort();
const FB = `facebook:${FB_USER}`;
const IG = `instagram:${IG_USER}`;

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Runs in the page before its scripts: chrome.i18n.getMessage over one locale's table, with its substitutions. */
function installMessages(table: Messages): void {
  const get = (name: string, subs?: string | string[]) => {
    const entry = table[name];
    if (!entry) return '';
    const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message
      .replace(/\$([A-Za-z_]+)\$/g, (_, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  };
  const api = (globalThis as unknown as { chrome: { i18n: object } }).chrome;
  Object.defineProperty(api.i18n, 'getMessage', { value: get });
}

test.describe('the popup in every interface language', () => {
  for (const locale of LOCALES) {
    test(`${locale}: nothing overflows or is cut at the popup’s width`, async ({
      context,
      worker,
      login,
      extensionId,
    }) => {
      const messages = JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8')) as Messages;
      await login('facebook', FB_USER);
      await seedStore(
        worker,
        makeStore({
          settings: { region: 'eu' },
          accounts: {
            [FB]: account(FB, {
              name: 'Ada Lovelace',
              steps: {
                'fb-objection': [entry('opened', 12), entry('submitted', 9)],
                'third-party-data': [entry('skipped', 0, 'user')],
                'limit-public': [entry('confirmed', 3, 'user')],
              },
            }),
            [IG]: account(IG, { steps: { 'ig-objection': [entry('rejected', 20, 'user')] } }),
          },
        }),
      );
      const page = await context.newPage();
      await page.addInitScript(installMessages, messages);
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.locator(`[data-account="${FB}"] [data-step="fb-objection"]`)).toHaveAttribute(
        'data-status',
        'submitted',
      );
      // Open the step's status panel and the folded account, the widest parts of the popup.
      await page.locator(`[data-account="${FB}"] [data-step="ig-objection"] .disclosure`).click();
      await page.locator(`[data-account="${IG}"] summary`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', messages.locale?.message ?? '');
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const width = document.documentElement.clientWidth;
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          // Screen-reader-only text is clipped on purpose.
          if (!el.textContent?.trim() || el.closest('select, .visually-hidden')) continue;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const what = `${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 40)}”`;
          if (box.right > width + 1) found.push(`${what} ends at ${Math.round(box.right)} px, past ${width} px`);
          const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
          if (clips && el.scrollWidth > el.clientWidth + 1)
            found.push(`${what} is cut (${el.scrollWidth} > ${el.clientWidth})`);
        }
        if (document.documentElement.scrollWidth > width)
          found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
        return found;
      });
      await page.screenshot({ path: `test-results/popup-${locale}.png`, fullPage: true });
      expect(problems).toEqual([]);
      // The interface's own words: this locale's, not English (the steps' names differ in every language).
      if (locale !== 'en') {
        await expect(page.locator(`[data-account="${FB}"] [data-step="fb-objection"] .step-name`)).toHaveText(
          messages.step_fb_objection?.message ?? '',
        );
      }
    });
  }
});
