import { expect, test } from './fixtures';
import { readStoredStore } from './seed';

test('the welcome page opens by itself on install, asks the region and keeps the answers on this device', async ({
  context,
  worker,
  extensionId,
  openPopup,
}) => {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  await expect.poll(() => context.pages().some((p) => p.url() === url)).toBe(true);
  const welcome = context.pages().find((p) => p.url() === url);
  if (!welcome) throw new Error('no welcome page');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Objector');
  await expect(welcome.getByText('never submits anything')).toBeVisible();
  await expect(welcome.getByText('Guessed from your time zone')).toBeVisible();
  // One region is always proposed, so saving without touching anything still works.
  await expect(welcome.getByRole('radio', { checked: true })).toHaveCount(1);

  await welcome.getByRole('radio', { name: /United Kingdom/ }).check();
  await welcome.getByLabel('E-mail address for the forms').fill('  alex@example.org ');
  await welcome.getByLabel('Your reason').fill('I do not want my posts used for AI.');
  await welcome.getByRole('button', { name: 'Save and start' }).click();
  await expect(welcome.getByRole('heading', { name: 'You’re set' })).toBeVisible();

  const stored = await readStoredStore(worker);
  expect(stored.settings).toEqual({
    region: 'uk',
    country: 'GB',
    email: 'alex@example.org',
    reason: 'I do not want my posts used for AI.',
  });
  const popup = await openPopup();
  await expect(popup.locator('.region-chip')).toHaveText('UK');
});

test('an invalid e-mail is refused before anything is saved', async ({ worker, extensionId, context }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await page.getByLabel('E-mail address for the forms').fill('not an address');
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByRole('heading', { name: 'You’re set' })).toHaveCount(0);
  expect((await readStoredStore(worker))?.settings?.region).toBeUndefined();
});
