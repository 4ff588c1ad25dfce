import type { Page } from '@playwright/test';
import { expect, FB_USER, test } from './fixtures';
import { objector, ShadowLocator } from './shadow';

const STEP = '[data-objector-step]';
const guideText = (page: Page) => objector.guide(page).text();

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

test.describe('Privacy Center generative-AI page', () => {
  test('EN: content created on expand: outlines the section, "Show me" expands it on click and scrolls to the link', async ({
    context,
    serve,
    login,
  }) => {
    await serve({ 'https://www.facebook.com/privacy/genai/': 'fb-genai-en.html' });
    await login('facebook', FB_USER);
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/privacy/genai/?entry_point=privacy_center_home');
    const section = page.locator('[data-section="shared"]');
    await expect(section).toHaveAttribute('data-objector-step', 'fb-objection');
    await expect(page.locator(STEP)).toHaveCount(1);
    // Decoy in the footer: a hidden "right to object" inside the Help link.
    await expect(page.getByRole('link', { name: 'Help' })).not.toHaveAttribute('data-objector-step');

    await expect.poll(() => guideText(page)).toContain('Next step for this account: Object on Facebook');
    await expect.poll(() => guideText(page)).toContain('inside a collapsed section');
    // Objector never opens a section by itself.
    await expect(section).toHaveAttribute('aria-expanded', 'false');
    await objector.guideButton(page, 'Show me').click();
    await expect(section).toHaveAttribute('aria-expanded', 'true');
    const link = page.getByRole('link', { name: 'Submit an objection request' });
    await expect(link).toHaveAttribute('data-objector-step', 'fb-objection');
    await expect.poll(() => inViewport(page, 'a[href*="712876720715583"]')).toBe(true);
    await expect(link).toBeFocused();
    await expect.poll(() => guideText(page)).toContain('outlined on this page');
    await expect.poll(() => objector.labels(page, 'Objector: object to AI training here').count()).toBe(1);

    // Another section, opened by the user, holds the third-party form.
    await page.locator('[data-section="third"]').click();
    await expect(page.locator('a[href*="1266025207620918"]')).toHaveAttribute('data-objector-step', 'third-party-data');
  });

  test('DE on de-de.facebook.com: a hidden link is found, "Show me" reveals it', async ({ context, serve }) => {
    await serve({ 'https://de-de.facebook.com/privacy/genai/': 'fb-genai-de.html' });
    const page = await context.newPage();
    await page.goto('https://de-de.facebook.com/privacy/genai/');
    const link = page.locator('a[href*="712876720715583"]');
    await expect(link).toHaveAttribute('data-objector-step', 'fb-objection');
    await expect(link).toBeHidden();
    // Logged out: the guide still names the step of the page.
    await expect.poll(() => guideText(page)).toContain('Not logged in');
    await objector.guideButton(page, 'Show me').click();
    await expect(link).toBeVisible();
    await expect.poll(() => inViewport(page, 'a[href*="712876720715583"]')).toBe(true);
    // The link is at the bottom of the page, right of the middle: the guide moves to the other corner so it
    // covers neither the link nor its label.
    const overlaps = async () => {
      const panel = (await objector.guide(page).shown()).box;
      const label = (await objector.labels(page).shown()).box;
      const a = (await link.boundingBox()) ?? label;
      return [label, a].some(
        (b) =>
          panel.x < b.x + b.width &&
          b.x < panel.x + panel.width &&
          panel.y < b.y + b.height &&
          b.y < panel.y + panel.height,
      );
    };
    await expect.poll(overlaps).toBe(false);
  });

  test('IT: a role=link span without href, its word split by a hidden decoy letter', async ({ context, serve }) => {
    await serve({ 'https://it-it.facebook.com/privacy/genai/': 'fb-genai-it.html' });
    const page = await context.newPage();
    await page.goto('https://it-it.facebook.com/privacy/genai/');
    await expect(page.locator('span[role="link"]')).toHaveAttribute('data-objector-step', 'fb-objection');
    await expect(page.getByRole('link', { name: 'Informativa sulla privacy' })).not.toHaveAttribute(
      'data-objector-step',
    );
    await objector.guideButton(page, 'Show me').shown();
  });

  test('FR on Instagram: the link leads to the Instagram objection', async ({ context, serve }) => {
    await serve({ 'https://privacycenter.instagram.com/privacy/genai/': 'ig-genai-fr.html' });
    const page = await context.newPage();
    await page.goto('https://privacycenter.instagram.com/privacy/genai/');
    await expect(page.locator('a[href*="767264225370182"]')).toHaveAttribute('data-objector-step', 'ig-objection');
    await expect(page.getByRole('link', { name: 'Aide' })).not.toHaveAttribute('data-objector-step');
    await expect(page.getByRole('link', { name: 'Politique de confidentialité' })).not.toHaveAttribute(
      'data-objector-step',
    );
  });
});

test('Privacy Policy: both objection links of the "Object" section, not the footer', async ({ context, serve }) => {
  await serve({ 'https://www.facebook.com/privacy/policy/': 'fb-privacy-policy-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/privacy/policy/?entry_point=facebook_page_footer');
  await expect(page.locator(STEP)).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'right to object to' })).toHaveAttribute(
    'data-objector-step',
    'fb-objection',
  );
  await expect(page.getByRole('link', { name: 'object', exact: true })).toHaveAttribute(
    'data-objector-step',
    'fb-objection',
  );
  for (const name of ['Privacy Policy', 'Help', 'Privacy Center', 'Meta AI Terms']) {
    await expect(page.getByRole('link', { name, exact: true })).not.toHaveAttribute('data-objector-step');
  }
  await expect.poll(() => guideText(page)).toContain('outlined on this page');
  await objector.guideButton(page, 'Show me').click();
  await expect.poll(() => inViewport(page, 'a[href*="entry_point_id=right_to_object"]')).toBe(true);
  // Keyboard: the panel's controls are reachable, and it can be dismissed.
  await new ShadowLocator(page, 'objector-overlay', 'button.close').press('Enter');
  await expect.poll(() => objector.guide(page).count()).toBe(0);
});

test.describe('objection forms', () => {
  for (const [url, replica, step] of [
    ['https://www.facebook.com/help/contact/367438723733209', 'fb-gateway-form-en.html', 'fb-objection'],
    ['https://www.facebook.com/help/contact/712876720715583', 'fb-form-2025-en.html', 'fb-objection'],
    ['https://help.instagram.com/contact/767264225370182', 'ig-form-2025-en.html', 'ig-objection'],
  ] as const) {
    test(`${url}: the form is outlined, nothing else`, async ({ context, serve }) => {
      await serve({ [url]: replica });
      const page = await context.newPage();
      await page.goto(`${url}?entry_point=POLICY_SUBPAGE`);
      await expect(page.locator('form[method="post"]')).toHaveAttribute('data-objector-step', step);
      await expect(page.locator(`form${STEP}`)).toHaveCount(1);
      await expect.poll(() => objector.labels(page, 'the form to object').count()).toBe(1);
    });
  }
});

test('news feed: a notification rendered late is outlined; posts, articles and the footer are not', async ({
  context,
  serve,
}) => {
  await serve({ 'https://www.facebook.com/': 'fb-feed-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/');
  const notification = page.locator('a[href*="notif_id"]');
  await expect(notification).toHaveAttribute('data-objector-step', 'fb-objection');
  await expect(page.locator(STEP)).toHaveCount(1);
  expect(await objector.guide(page).count()).toBe(0);
});

test('client-side navigation: the new route is judged as the privacy page it is', async ({ context, serve }) => {
  await serve({ 'https://www.facebook.com/': 'fb-spa-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/');
  // "object" alone is too common to count on the home feed.
  await expect(page.locator('span[role="link"]')).not.toHaveAttribute('data-objector-step');
  await page.getByRole('link', { name: 'Settings & privacy' }).click();
  await expect(page).toHaveURL(/\/privacy\/center\//);
  await expect(page.getByRole('link', { name: 'AI at Meta' })).toHaveAttribute('data-objector-step', 'fb-objection');
  await expect(page.getByRole('link', { name: 'object', exact: true })).toHaveAttribute(
    'data-objector-step',
    'fb-objection',
  );
  await objector.guide(page).shown();
});

test('decoys and negatives: hidden words never match, hidden letters never break a match', async ({
  context,
  serve,
}) => {
  // Words count on Meta's privacy and help pages; there the decoys must fail and the split words must not.
  await serve({ 'https://www.facebook.com/help/2069235856423257': 'fb-decoys-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/help/2069235856423257');
  const positive = page.locator('[data-case="positive"] [role="button"]');
  await expect(positive).toHaveAttribute('data-objector-step', 'fb-objection');
  // On a privacy page a button that says just "Object" is the way to object; the decoys and links out are not.
  await expect(page.getByRole('button', { name: 'Object', exact: true })).toHaveAttribute('data-objector-step');
  await expect(page.locator(STEP)).toHaveCount(2);
  await expect(page.locator('[data-case="decoys"] [data-objector-step]')).toHaveCount(0);
});

test('on a group feed only URL evidence counts: words in posts and buttons mark nothing', async ({
  context,
  serve,
}) => {
  await serve({ 'https://www.facebook.com/groups/privacyfriends/': 'fb-decoys-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/privacyfriends/');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/help/contact/712876720715583?ref=group_post';
    link.textContent = 'the form';
    document.querySelector('[data-case="negatives"]')?.append(link);
  });
  await expect(page.locator(STEP)).toHaveCount(1);
  await expect(page.locator(`${STEP}[href*="712876720715583"]`)).toHaveAttribute('data-objector-step', 'fb-objection');
});

test('everything is removed when the extension goes away', async ({ context, serve, worker }) => {
  await serve({ 'https://www.facebook.com/privacy/policy/': 'fb-privacy-policy-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/privacy/policy/');
  await expect(page.locator(STEP)).toHaveCount(2);
  await expect(page.locator('objector-overlay')).toHaveCount(1);
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
  // The orphaned script notices at its next mutation batch.
  await expect
    .poll(async () => {
      await page.evaluate(() => document.body.append(document.createElement('div')));
      return page.locator(`${STEP}, objector-overlay`).count();
    })
    .toBe(0);
  const outlineRules = await page.evaluate(
    () =>
      [...document.styleSheets].filter((sheet) => sheet.ownerNode?.textContent?.includes('data-objector-step')).length,
  );
  expect(outlineRules).toBe(0);
});
