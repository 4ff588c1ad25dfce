// The Chromium e2e contract, rerun in a real Firefox with the Firefox package: highlight and popup.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { type FirefoxWithExtension, firefoxPath, launchFirefox, launchFirefoxWithExtension, serveTo } from './firefox';

const FB_USER = '100001234567890';
const PRIVACY_CENTER = { 'https://www.facebook.com/privacy/center/': 'fb-privacy-center-en.html' };
const FEED = 'https://www.facebook.com/';

/** Every computed style of every link, keyed by its href, with every animation paused at its start. */
const linkStyles = () => {
  for (const animation of document.getAnimations()) {
    animation.pause();
    animation.currentTime = 0;
  }
  const out: Record<string, Record<string, string>> = {};
  for (const a of document.querySelectorAll('a')) {
    const style = getComputedStyle(a);
    const props: Record<string, string> = {};
    for (let i = 0; i < style.length; i++) props[style.item(i)] = style.getPropertyValue(style.item(i));
    out[a.getAttribute('href') ?? ''] = props;
  }
  return out;
};

const attributes = (page: Page, selector: string, name: string) =>
  page.$$eval(selector, (els, n) => els.map((e) => e.getAttribute(n)), name);

// Without a Firefox on a laptop the suite is skipped with a notice; CI installs firefox-esr, so there it must run.
const skip = !firefoxPath() && !process.env.CI ? 'no Firefox installed (set FIREFOX_PATH)' : false;

describe('Firefox (WebDriver BiDi)', { skip }, () => {
  let firefox: FirefoxWithExtension;
  before(async () => {
    firefox = await launchFirefoxWithExtension();
    console.log(`# ${await firefox.browser.version()}, extension at ${firefox.origin}`);
  });
  after(() => firefox?.close());

  it('marks the link to the generative-AI page on the Privacy Center, and nothing else', async () => {
    const { page } = await firefox.newMetaPage(PRIVACY_CENTER);
    await page.goto('https://www.facebook.com/privacy/center/?entry_point=facebook_page_footer');
    await page.waitForSelector('[data-objector-step]', { timeout: 10_000 });
    assert.deepEqual(await attributes(page, '[data-objector-step]', 'data-objector-step'), ['fb-objection']);
    const text = await page.$eval('[data-objector-step]', (el) => el.textContent ?? '');
    assert.match(text, /How Meta uses information for generative AI/);
    const policy = await page.$eval('a[href^="/privacy/policy/"]', (el) => el.hasAttribute('data-objector-step'));
    assert.equal(policy, false);
    await page.close();
  });

  it('on a feed, the browser announces the links with URL evidence: late ones and revealed ones are marked', async () => {
    const { page } = await firefox.newMetaPage({ [FEED]: 'fb-feed-styles-en.html' });
    await page.goto(FEED);
    await page.waitForSelector('[data-objector-step]', { timeout: 10_000 });
    await page.evaluate(() => {
      document.querySelector('[data-later]')?.classList.remove('xhidden');
      const a = document.createElement('a');
      a.href = '/help/contact/6359191084165019';
      document.body.append(a);
    });
    await page.waitForSelector('a[href="/help/contact/6359191084165019"][data-objector-step]', { timeout: 10_000 });
    await page.waitForSelector('a[href*="entry_point=collapsed"][data-objector-step]', { timeout: 10_000 });
    await page.close();
  });

  it('the links’ styles are Meta’s but for the no-op animation, and Meta’s own animation wins', async () => {
    const { page } = await firefox.newMetaPage({ [FEED]: 'fb-feed-styles-en.html' });
    await page.goto(FEED);
    await page.waitForSelector('[data-objector-step]', { timeout: 10_000 });
    const withObjector = await page.evaluate(linkStyles);
    await page.close();
    const plain = await launchFirefox();
    try {
      const bare = await plain.newPage();
      await serveTo(bare, { [FEED]: 'fb-feed-styles-en.html' });
      await bare.goto(FEED);
      const without = await bare.evaluate(linkStyles);
      let evidence = 0;
      for (const [href, styles] of Object.entries(withObjector)) {
        const changed = Object.keys(styles).filter((n) => styles[n] !== without[href]?.[n]);
        const ours = styles['animation-name'] === 'objector-url-evidence';
        if (ours) evidence += 1;
        assert.deepEqual(
          changed.filter((n) => !(ours && (n === 'animation-name' || n === 'animation-duration'))),
          [],
          href,
        );
      }
      assert.equal(evidence, 4);
      assert.equal(withObjector['/privacy/center/?entry_point=ad']?.['animation-name'], 'xpulse-kf');
    } finally {
      await plain.close();
    }
  });

  it('logged out, the popup says so', async () => {
    await firefox.logout();
    const popup = await firefox.openPopup();
    assert.deepEqual(await attributes(popup, '[data-account]', 'data-account'), ['none']);
    await popup.close();
  });

  it('the popup shows the logged-in Facebook account and its checklist', async () => {
    await firefox.login('facebook', FB_USER);
    const settings = await firefox.openPopup();
    // The region is chosen on first run; the popup page sends the same message its own control sends.
    const reply = await settings.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
        type: 'set-region',
        region: 'eu',
      }),
    );
    assert.deepEqual(reply, { ok: true, value: null });
    await settings.close();

    const { page } = await firefox.newMetaPage(PRIVACY_CENTER);
    await page.goto('https://www.facebook.com/privacy/center/');
    await page.waitForSelector('[data-objector-step]', { timeout: 10_000 });

    const popup = await firefox.openPopup();
    const account = `[data-account="facebook:${FB_USER}"]`;
    await popup.waitForSelector(account, { timeout: 10_000 });
    assert.deepEqual(await attributes(popup, '[data-account]', 'data-account'), [`facebook:${FB_USER}`]);
    const steps = await attributes(popup, `${account} [data-step]`, 'data-step');
    assert.equal(steps.length, 6, `steps shown: ${steps.join(', ')}`);
    assert.deepEqual(await attributes(popup, `${account} [data-step="fb-objection"]`, 'data-status'), ['todo']);
    await popup.close();
    await page.close();
  });
});
