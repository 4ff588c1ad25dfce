import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, FB_USER, IG_USER, test } from './fixtures';
import { account, entry, makeStore, seedStore } from './seed';

const FB = `facebook:${FB_USER}` as const;
const IG = `instagram:${IG_USER}` as const;

/** Serious and critical axe findings, each as "rule: target" so a failure says where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('popup: logged out with no region, then an account mid-way with its panels open', async ({
      worker,
      login,
      openPopup,
    }) => {
      let popup = await openPopup();
      await popup.emulateMedia({ colorScheme });
      await expect(popup.locator('[data-account="none"]')).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);

      await login('facebook', FB_USER);
      await seedStore(
        worker,
        makeStore({
          settings: { region: 'eu' },
          accounts: {
            [FB]: account(FB, {
              name: 'Alex Example',
              steps: {
                'fb-objection': [entry('submitted', 12), entry('confirmed', 10)],
                'ig-objection': [entry('submitted', 9, 'user')],
                'limit-public': [entry('opened', 1)],
                'meta-ai-chats': [entry('rejected', 1, 'user')],
                'ask-others': [entry('skipped', 1, 'user')],
              },
            }),
            [IG]: account(IG, { name: 'alex.example' }),
          },
        }),
      );
      popup = await openPopup();
      await popup.emulateMedia({ colorScheme });
      const mine = popup.locator(`[data-account="${FB}"]`);
      await expect(mine).toBeVisible();
      for (const toggle of await mine.locator('button[aria-expanded]').all()) await toggle.click();
      await popup.locator(`[data-account="${IG}"] summary`).click();
      expect(await seriousViolations(popup)).toEqual([]);
    });

    test('welcome page', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      await expect(page.getByRole('radio').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('settings page, with the delete confirmation open', async ({ context, worker, extensionId }) => {
      await seedStore(
        worker,
        makeStore({
          settings: { region: 'eu' },
          accounts: { [FB]: account(FB, { name: 'Alex Example' }), [IG]: account(IG) },
        }),
      );
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('radio').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Delete all my Objector data' }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
