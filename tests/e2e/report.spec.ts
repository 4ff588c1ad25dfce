// "Report a problem with this page": built on Meta's page on the user's request, shown to them, sent nowhere.
import { expect, tabWhere, test } from './fixtures';
import { objector } from './shadow';

const POLICY = 'https://www.facebook.com/privacy/policy/';

test('the guide’s “Report a problem with this page” opens the report on that page, to copy or save', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve({ [POLICY]: 'fb-privacy-policy-en.html' });
  const page = await context.newPage();
  await page.goto(`${POLICY}?entry_point=facebook_page_footer`);
  await expect(page.locator('[data-objector-step]')).toHaveCount(2);
  await objector.guideButton(page, 'Report a problem with this page').click();
  const report = await tabWhere(context, (url) => url.startsWith(`chrome-extension://${extensionId}/report.html`));
  const text = report.locator('textarea');
  await expect(text).toHaveValue(/Page: facebook:\/privacy\/policy\?entry_point\n/);
  await expect(text).toHaveValue(/Marked by Objector \(2\):/);
  await expect(text).toHaveValue(/link → facebook:\/help\/contact\/367438723733209\?entry_point.*by url/);
  expect(await text.inputValue()).not.toContain('facebook_page_footer');
  await expect(report.getByText('Objector has no public issue tracker yet')).toBeVisible();
  const download = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Save as a file' }).click();
  expect((await download).suggestedFilename()).toBe('objector-report.txt');
  await report.screenshot({ path: 'test-results/report.png', fullPage: true });
});

test('the popup’s report link, for the Meta tab in front of the user: the report page asks that tab', async ({
  context,
  serve,
  worker,
  extensionId,
}) => {
  await serve({ [POLICY]: 'fb-privacy-policy-en.html' });
  const page = await context.newPage();
  await page.goto(POLICY);
  await expect(page.locator('[data-objector-step]')).toHaveCount(2);
  // The tab's id as the popup reads it: Objector sees the addresses of Meta's tabs only.
  const tab = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    POLICY,
  );
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html?tab=${tab}`);
  await expect(report.locator('textarea')).toHaveValue(/Marked by Objector \(2\)/);
  // A tab without Objector's script (not a Meta page): said plainly.
  await report.goto(`chrome-extension://${extensionId}/report.html?tab=999999`);
  await expect(report.getByRole('alert')).toContainText('Objector is not running in that tab');
});
