// Meta changes its pages: the request portal on help.meta.com, forms with ids the catalog lacks, success
// screens in words it lacks. A step becomes `submitted` only for what the user did and what then happened.
import type { Page } from '@playwright/test';
import { historyOf, send, statusOf } from './background';
import { expect, FB_USER, test } from './fixtures';
import { objector } from './shadow';

const FB = `facebook:${FB_USER}`;
const PORTAL_REQUEST = 'https://help.meta.com/requests/1187329905561034/';
const PORTAL_COPYRIGHT = 'https://help.meta.com/requests/1523801815366035/';
const PORTAL_PRIVACY = 'https://help.meta.com/support/privacy';
const FORM_2025 = 'https://www.facebook.com/help/contact/712876720715583';
const UNKNOWN_FORM = 'https://www.facebook.com/help/contact/1102437189873412';
const HELP = 'https://www.facebook.com/help/';

const assistText = (page: Page) => objector.assist(page).text();

test.beforeEach(async ({ login, openPopup }) => {
  await login('facebook', FB_USER);
  const popup = await openPopup();
  await send(popup, { type: 'save-settings', settings: { region: 'eu', email: 'ada@example.org', country: 'DE' } });
  await popup.close();
});

test.describe('Meta’s request portal', () => {
  for (const c of [
    {
      file: 'portal-objection-en.html',
      fill: 'Fill in from my settings',
      email: 'Email address',
      next: 'Continue',
      code: 'Request code',
      codeField: 'Confirmation code',
      submit: 'Submit',
      nothing: 'Nothing on this step for Objector to fill',
      codeHint: 'Meta has sent a code to your e-mail address',
      done: 'Objector noted that you sent this form, for your Facebook account',
      success: "You’re all set|You're all set",
    },
    {
      file: 'portal-objection-de.html',
      fill: 'Mit meinen Einstellungen ausfüllen',
      email: 'E-Mail-Adresse',
      next: 'Weiter',
      code: 'Code anfordern',
      codeField: 'Bestätigungscode',
      submit: 'Absenden',
      nothing: 'In diesem Schritt gibt es für Objector nichts auszufüllen',
      codeHint: 'Meta hat dir einen Code an deine E-Mail-Adresse geschickt',
      done: 'Objector hat vermerkt, dass du dieses Formular gesendet hast, für dein Facebook-Konto',
      success: 'Dein Widerspruch gilt ab sofort',
    },
  ]) {
    test(`${c.file}: recognised by its purpose, filled step by step on the user’s clicks, taken after the user’s own submit`, async ({
      context,
      serve,
      openPopup,
    }) => {
      test.setTimeout(60_000);
      await serve({ [PORTAL_REQUEST]: c.file });
      const popup = await openPopup();
      const page = await context.newPage();
      await page.goto(PORTAL_REQUEST);
      await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('opened');

      // Step 1: fields without names, found by their labels; Objector fills on the user's click only.
      await objector.assistButton(page, c.fill).click();
      await expect(page.getByLabel(c.email, { exact: true })).toHaveValue('ada@example.org');
      await expect(page.locator('select')).toHaveValue('DE');
      const next = page.getByRole('button', { name: c.next, exact: true });
      await expect(next).toHaveAttribute('data-objector-submit', '');
      // Objector never presses Continue itself.
      await page.waitForTimeout(1000);
      await expect(page).toHaveURL(PORTAL_REQUEST);
      expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
      await next.click();

      // Step 2: nothing to fill; the step's own button is pointed at, then the code Meta e-mails.
      const requestCode = page.getByRole('button', { name: c.code, exact: true });
      await expect(requestCode).toHaveAttribute('data-objector-submit', '');
      await expect.poll(() => assistText(page)).toContain(c.nothing);
      await requestCode.click();
      await expect.poll(() => assistText(page)).toContain(c.codeHint);
      expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
      await page.getByLabel(c.codeField).fill('123456');
      // The portal's buttons are div[role=button]: the user presses Enter on it.
      await page.getByRole('button', { name: c.submit, exact: true }).focus();
      await page.keyboard.press('Enter');

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(c.success));
      await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('submitted');
      await expect.poll(() => assistText(page)).toContain(c.done);
      expect(await assistText(page)).not.toContain(c.fill);
      const history = await historyOf(popup, FB, 'fb-objection');
      expect(history.at(-1)).toMatchObject({
        status: 'submitted',
        evidence: 'sent',
        url: 'https://help.meta.com/requests/1187329905561034',
      });
      await page.screenshot({ path: `test-results/${c.file.replace('.html', '')}-done.png` });
    });
  }

  test('a portal form that says “object” but is about copyright is not an objection form', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [PORTAL_COPYRIGHT]: 'portal-copyright-en.html' });
    const page = await context.newPage();
    await page.goto(PORTAL_COPYRIGHT);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('copyright');
    await page.waitForTimeout(1500);
    expect(await objector.assist(page).count()).toBe(0);
    const popup = await openPopup();
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('todo');
  });

  test('the portal’s privacy page: the objection request is outlined, the copyright request is not', async ({
    context,
    serve,
  }) => {
    await serve({ [PORTAL_PRIVACY]: 'portal-privacy-home-en.html' });
    const page = await context.newPage();
    await page.goto(PORTAL_PRIVACY);
    const objection = page.getByRole('link', { name: 'Object to your information being used for AI at Meta' });
    await expect(objection).toHaveAttribute('data-objector-step', 'fb-objection');
    await expect(page.locator('[data-objector-step]')).toHaveCount(1);
    await expect(page.getByRole('link', { name: /copyright/ })).not.toHaveAttribute('data-objector-step');
  });
});

test.describe('forms and answers the catalog has never seen', () => {
  test('a help form with an unknown id, titled for objecting to AI at Meta, is the objection form', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [UNKNOWN_FORM]: 'fb-form-unknown-id-en.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(UNKNOWN_FORM);
    await expect(page.locator('form[method="post"]')).toHaveAttribute('data-objector-step', 'fb-objection');
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('opened');
    await objector.assistButton(page, 'Fill in from my settings').click();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText('Your objection is on record and applies from today.')).toBeVisible();
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('submitted');
    expect((await historyOf(popup, FB, 'fb-objection')).at(-1)?.url).toBe(UNKNOWN_FORM);
  });

  test('a German success screen in words the catalog lacks: submitted, and the panel says what was noted', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [FORM_2025]: 'fb-form-2025-de-new-words.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM_2025);
    await objector.assistButton(page, 'Mit meinen Einstellungen ausfüllen').click();
    await page.getByRole('button', { name: 'Senden' }).click();
    await expect(page.getByText('Ab jetzt verwenden wir deine Informationen nicht mehr')).toBeVisible();
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('submitted');
    await expect.poll(() => assistText(page)).toContain('Objector hat vermerkt, dass du dieses Formular gesendet hast');
  });

  test('success words a page shows by itself, and a form it replaces by itself, change nothing', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [FORM_2025]: 'fb-form-shows-success-words-en.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM_2025);
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('opened');
    await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 5000 });
    await page.waitForTimeout(2000);
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
    expect(await assistText(page)).not.toContain('Objector noted');
  });

  test('an error after the user’s submit: the step stays opened', async ({ context, serve, openPopup }) => {
    await serve({ [FORM_2025]: 'fb-form-validation-error-en.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM_2025);
    await objector.assistButton(page, 'Fill in from my settings').click();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert')).toHaveText('Something went wrong. Please try again later.');
    await page.waitForTimeout(1500);
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
    // The user leaves for another Meta page: that is no answer to the failed submission.
    await page.goto('https://www.facebook.com/help/');
    await page.waitForTimeout(1500);
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
  });

  test('a form that posts and lands on another page of the same tab: submitted there', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [FORM_2025]: 'fb-form-navigates-en.html', [HELP]: 'fb-help-after-submit-en.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM_2025);
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('opened');
    await objector.assistButton(page, 'Fill in from my settings').click();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page).toHaveURL(/\/help\/\?submitted=1/);
    await expect(page.getByRole('status')).toContainText('Thanks for getting in touch');
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('submitted');
    expect((await historyOf(popup, FB, 'fb-objection')).at(-1)).toMatchObject({ evidence: 'sent', url: FORM_2025 });
  });

  test('Enter in the help centre’s search box, in the header of the form page, is no submission', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [FORM_2025]: 'fb-form-navigates-en.html', [HELP]: 'fb-help-after-submit-en.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM_2025);
    await expect.poll(() => statusOf(popup, FB, 'fb-objection')).toBe('opened');
    // The user's own key press, in a form of its own that navigates to another help page of the same tab.
    await page.getByRole('textbox', { name: 'Search help articles' }).fill('object');
    await page.getByRole('textbox', { name: 'Search help articles' }).press('Enter');
    await expect(page).toHaveURL(/\/help\/\?query=object/);
    await page.waitForTimeout(1500);
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
  });

  test('a later page in that tab is not an answer: the next page load takes the waiting submission or drops it', async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ [FORM_2025]: 'fb-form-navigates-en.html', [HELP]: 'fb-help-after-submit-en.html' });
    const popup = await openPopup();
    const page = await context.newPage();
    await page.goto(FORM_2025);
    await page.getByLabel('Email address').fill('ada@example.org');
    // A page script submits the form: no user event, so nothing is waiting for an answer.
    await page.evaluate(() => (document.querySelector('form[method="post"]') as HTMLFormElement).requestSubmit());
    await expect(page).toHaveURL(/\/help\/\?submitted=1/);
    await page.waitForTimeout(1500);
    expect(await statusOf(popup, FB, 'fb-objection')).toBe('opened');
  });
});
