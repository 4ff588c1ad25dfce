import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, FB_USER, IG_USER, tabWhere, test } from './fixtures';
import { account, entry, makeStore, readStoredStore, seedStore } from './seed';

const FB = `facebook:${FB_USER}` as const;
const IG = `instagram:${IG_USER}` as const;

const seeded = () =>
  makeStore({
    settings: { region: 'eu', email: 'alex@example.org' },
    accounts: {
      [FB]: account(FB, { name: 'Alex Example', steps: { 'fb-objection': [entry('submitted', 3)] } }),
      [IG]: account(IG, { name: 'alex.example' }),
    },
  });

test.describe('settings', () => {
  test('the popup’s gear opens the settings page', async ({ context, openPopup, extensionId }) => {
    const popup = await openPopup();
    const url = `chrome-extension://${extensionId}/options.html`;
    expect(context.pages().map((p) => p.url())).not.toContain(url);
    await popup.getByRole('button', { name: 'Objector settings' }).click();
    const page = await tabWhere(context, (u) => u === url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Objector settings');
  });

  test('changes region, country, e-mail and reason', async ({ context, worker, extensionId }) => {
    await seedStore(worker, seeded());
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('radio', { name: /European Union/ })).toBeChecked();
    await expect(page.getByLabel('E-mail address for the forms')).toHaveValue('alex@example.org');
    await page.getByLabel('Country of residence').selectOption('AT');
    await page.getByLabel('E-mail address for the forms').fill('');
    await page.getByLabel('Your reason').fill('Mine.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect((await readStoredStore(worker)).settings).toEqual({ region: 'eu', country: 'AT', reason: 'Mine.' });
    // A region of one country implies it; "somewhere else" has none to ask for.
    await page.getByRole('radio', { name: /Somewhere else/ }).check();
    await expect(page.getByLabel('Country of residence')).toHaveCount(0);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => (await readStoredStore(worker)).settings)
      .toEqual({ region: 'other', reason: 'Mine.' });
  });

  test('links accounts from the settings too', async ({ context, worker, extensionId }) => {
    await seedStore(worker, seeded());
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(page.getByText('Linked with alex.example')).toBeVisible();
    expect((await readStoredStore(worker)).links).toEqual([[FB, IG]]);
  });

  test('exports everything as a JSON file and imports it back after a wipe', async ({
    context,
    worker,
    extensionId,
  }, testInfo) => {
    await seedStore(worker, seeded());
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (JSON file)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^objector-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('export.json');
    await download.saveAs(file);
    const exported = await readFile(file, 'utf8');
    expect(exported).toContain(FB);
    expect(exported).toContain('alex@example.org');

    // Deleting asks first; cancelling keeps everything.
    await page.getByRole('button', { name: 'Delete all my Objector data' }).click();
    await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(Object.keys((await readStoredStore(worker)).accounts)).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete all my Objector data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('All Objector data was deleted.')).toBeVisible();
    await expect(page.getByLabel('E-mail address for the forms')).toHaveValue('');
    const wiped = await readStoredStore(worker);
    expect(Object.keys(wiped?.accounts ?? {})).toHaveLength(0);

    await page.getByLabel('Import a file…').setInputFiles(file);
    await expect(page.getByText('Imported.')).toBeVisible();
    await expect(page.getByLabel('E-mail address for the forms')).toHaveValue('alex@example.org');
    const restored = await readStoredStore(worker);
    expect(restored.accounts[FB]?.steps['fb-objection']?.at(-1)?.status).toBe('submitted');
  });

  test('a file that is not an export is refused and nothing changes', async ({
    context,
    worker,
    extensionId,
  }, testInfo) => {
    await seedStore(worker, seeded());
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const garbage = join(testInfo.outputPath(), 'garbage.json');
    await writeFile(garbage, '{"hello": "world"}');
    await page.getByLabel('Import a file…').setInputFiles(garbage);
    await expect(page.getByText('Import refused, nothing was changed')).toBeVisible();
    const notJson = join(testInfo.outputPath(), 'not.json');
    await writeFile(notJson, 'this is not json');
    await page.getByLabel('Import a file…').setInputFiles(notJson);
    await expect(page.getByText('not an Objector export')).toBeVisible();
    expect(Object.keys((await readStoredStore(worker)).accounts)).toHaveLength(2);
  });
});
