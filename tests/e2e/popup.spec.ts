import { expect, FB_USER, IG_USER, tabWhere, test } from './fixtures';
import { account, entry, makeStore, readStoredStore, seedStore } from './seed';

const FB = `facebook:${FB_USER}` as const;
const IG = `instagram:${IG_USER}` as const;

test.describe('popup', () => {
  test('with no region yet, asks for it, then shows that region’s checklist', async ({ openPopup }) => {
    const popup = await openPopup();
    const none = popup.locator('[data-account="none"]');
    await expect(none).toContainText('Not logged in');
    await popup.getByLabel('Region').selectOption('other');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByLabel('Region')).toHaveCount(0);
    await expect(none.locator('[data-step]')).toHaveCount(4);
    await expect(none.locator('[data-step="fb-objection"]')).toHaveCount(0);
    await expect(none.locator('[data-step]').first()).toHaveAttribute('data-step', 'limit-public');
    await expect(popup.getByText('Meta offers no objection form for your own posts')).toBeVisible();
  });

  test('logged out, says how to log in and still lists the region’s steps to do', async ({ worker, openPopup }) => {
    await seedStore(worker, makeStore({ settings: { region: 'uk' } }));
    const popup = await openPopup();
    const none = popup.locator('[data-account="none"]');
    await expect(none.getByRole('link', { name: 'Log in to Facebook' })).toHaveAttribute(
      'href',
      'https://www.facebook.com/login/',
    );
    await expect(none.locator('[data-step]')).toHaveCount(6);
    for (const item of await none.locator('[data-step]').all())
      await expect(item).toHaveAttribute('data-status', 'todo');
    // Nobody to record a status for: no status controls.
    await expect(none.getByRole('button', { name: 'Status & history' })).toHaveCount(0);
  });

  test('the detected account comes first; its next step opens Meta’s form in a new tab', async ({
    context,
    worker,
    serve,
    login,
    openPopup,
  }) => {
    await serve({});
    await login('facebook', FB_USER);
    await seedStore(
      worker,
      makeStore({
        settings: { region: 'eu' },
        accounts: {
          'facebook:100000000000001': account('facebook:100000000000001', { name: 'Someone Else' }),
          [FB]: account(FB, { name: 'Alex Example', steps: { 'fb-objection': [entry('confirmed', 2)] } }),
        },
      }),
    );
    const popup = await openPopup();
    const sections = popup.locator('[data-account]');
    await expect(sections.first()).toHaveAttribute('data-account', FB);
    const mine = popup.locator(`[data-account="${FB}"]`);
    await expect(mine.getByRole('heading', { level: 2 })).toContainText('Alex Example');
    await expect(mine.locator('[data-step="fb-objection"]')).toHaveAttribute('data-status', 'confirmed');
    await expect(mine.locator('[data-step="fb-objection"]')).toContainText('Confirmed');
    const next = mine.locator('.is-next');
    await expect(next).toHaveCount(1);
    await expect(next).toHaveAttribute('data-step', 'ig-objection');
    await expect(next).toContainText('Next step');
    const open = next.getByRole('link', { name: /Open the form/ });
    await expect(open).toHaveAttribute('target', '_blank');
    await open.click();
    await tabWhere(context, (u) => u.includes('help.instagram.com/contact/767264225370182'));
    // The other account is listed below, folded.
    const other = popup.locator('[data-account="facebook:100000000000001"]');
    await expect(other.locator('[data-step="fb-objection"]')).toBeHidden();
    await other.getByText('Someone Else').click();
    await expect(other.locator('[data-step="fb-objection"]')).toBeVisible();
  });

  test('a status set by hand is recorded with its date and can be undone', async ({ worker, login, openPopup }) => {
    await login('facebook', FB_USER);
    await seedStore(worker, makeStore({ settings: { region: 'eu' }, accounts: { [FB]: account(FB) } }));
    const popup = await openPopup();
    const step = popup.locator(`[data-account="${FB}"] [data-step="fb-objection"]`);
    await expect(step).toHaveAttribute('data-status', 'todo');
    await step.getByRole('button', { name: 'Status & history' }).click();
    await step.getByLabel('Set the status by hand').selectOption('submitted');
    await step.getByRole('button', { name: 'Set', exact: true }).click();
    await expect(step).toHaveAttribute('data-status', 'submitted');
    await expect(step.locator('time').first()).toContainText('since');
    await expect(step.getByRole('list', { name: 'History of this step' })).toContainText('set by you');
    const stored = await readStoredStore(worker);
    expect(stored.accounts[FB]?.steps['fb-objection']?.at(-1)).toMatchObject({ status: 'submitted', source: 'user' });

    await step.getByRole('button', { name: 'Undo my last change' }).click();
    await expect(step).toHaveAttribute('data-status', 'todo');
    await expect(step.getByRole('button', { name: 'Undo my last change' })).toHaveCount(0);
    // History is append-only: the undone change stays listed.
    await expect(step.getByRole('list', { name: 'History of this step' }).getByRole('listitem')).toHaveCount(2);
  });

  test('works by keyboard alone', async ({ worker, login, openPopup }) => {
    await login('facebook', FB_USER);
    await seedStore(worker, makeStore({ settings: { region: 'eu' }, accounts: { [FB]: account(FB) } }));
    const popup = await openPopup();
    const step = popup.locator(`[data-account="${FB}"] [data-step="fb-objection"]`);
    await expect(step).toBeVisible();
    // Tab to this step's status control; every stop on the way must show where focus is.
    for (let i = 0; i < 10; i++) {
      await popup.keyboard.press('Tab');
      const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(outline).not.toBe('none');
      if (await step.getByRole('button', { name: 'Status & history' }).evaluate((b) => b === document.activeElement))
        break;
    }
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    await expect(step.getByLabel('Set the status by hand')).toBeFocused();
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-status', 'submitted');
  });

  test('links a Facebook and an Instagram account; the objection then covers both', async ({
    worker,
    login,
    openPopup,
  }) => {
    await login('facebook', FB_USER);
    await seedStore(
      worker,
      makeStore({
        settings: { region: 'eu' },
        accounts: {
          [FB]: account(FB, { steps: { 'fb-objection': [entry('submitted', 1)] } }),
          [IG]: account(IG, { name: 'alex.example' }),
        },
      }),
    );
    const popup = await openPopup();
    const mine = popup.locator(`[data-account="${FB}"]`);
    await mine.getByLabel('Shares an Accounts Center with').selectOption(IG);
    await mine.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(mine.getByText('Linked with alex.example')).toBeVisible();
    expect((await readStoredStore(worker)).links).toEqual([[FB, IG]]);
    const ig = popup.locator(`[data-account="${IG}"]`);
    await expect(ig.locator('[data-step="ig-objection"]')).toHaveAttribute('data-status', 'submitted');

    await mine.getByRole('button', { name: /Unlink/ }).click();
    await expect(ig.locator('[data-step="ig-objection"]')).toHaveAttribute('data-status', 'todo');
    expect((await readStoredStore(worker)).links).toEqual([]);
  });

  test('“ask others” copies a ready message instead of opening a page', async ({ worker, login, openPopup }) => {
    await login('facebook', FB_USER);
    await seedStore(worker, makeStore({ settings: { region: 'eu' }, accounts: { [FB]: account(FB) } }));
    const popup = await openPopup();
    const step = popup.locator(`[data-account="${FB}"] [data-step="ask-others"]`);
    await expect(step.getByRole('link')).toHaveCount(0);
    await step.getByRole('button', { name: 'Copy a message to send' }).click();
    await expect(step.getByRole('status')).toContainText('Copied');
    // What was copied: the clipboard cannot be read back without a permission, so record the write.
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    });
    await step.getByRole('button', { name: 'Copy a message to send' }).click();
    expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      expect.stringContaining('objection form'),
    ]);
  });

  test('a submission waiting over 7 days for confirmation is flagged', async ({ worker, login, openPopup }) => {
    await login('facebook', FB_USER);
    await seedStore(
      worker,
      makeStore({
        settings: { region: 'eu' },
        accounts: { [FB]: account(FB, { steps: { 'fb-objection': [entry('submitted', 9)] } }) },
      }),
    );
    const popup = await openPopup();
    await expect(popup.locator(`[data-account="${FB}"] [data-step="fb-objection"]`)).toContainText('not confirmed yet');
  });
});
