import { expect, FB_USER, test } from './fixtures';

test('marks the link to the generative-AI page on the Privacy Center, and nothing else', async ({ context, serve }) => {
  await serve({ 'https://www.facebook.com/privacy/center/': 'fb-privacy-center-en.html' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/privacy/center/?entry_point=facebook_page_footer');
  const marked = page.locator('[data-objector-step]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-objector-step', 'fb-objection');
  await expect(marked).toContainText('How Meta uses information for generative AI');
  await expect(page.getByRole('link', { name: 'Privacy Policy' })).not.toHaveAttribute('data-objector-step');
});

test('the popup shows the logged-in Facebook account and its checklist', async ({
  context,
  serve,
  login,
  openPopup,
  worker,
}) => {
  await serve({ 'https://www.facebook.com/privacy/center/': 'fb-privacy-center-en.html' });
  await login('facebook', FB_USER);
  await worker.evaluate(() =>
    chrome.storage.local.set({ objector: { version: 1, settings: { region: 'eu' }, accounts: {}, links: [] } }),
  );
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/privacy/center/');
  const popup = await openPopup();
  const account = popup.locator(`[data-account="facebook:${FB_USER}"]`);
  await expect(account).toBeVisible();
  await expect(account.locator('[data-step]')).toHaveCount(6);
  await expect(account.locator('[data-step="fb-objection"]')).toHaveAttribute('data-status', 'todo');
  await expect(popup.locator('[data-account="none"]')).toHaveCount(0);
});

test('logged out, the popup says so', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.locator('[data-account="none"]')).toContainText('Not logged in');
});
