// On ordinary pages (feeds, profiles, groups) the browser itself announces the links with URL evidence
// (evidence.css's no-op animation): late, revealed or after the extension left, and without changing a
// thing a user could see.
import { launchWithExtension } from './browser';
import { expect, test } from './fixtures';
import { serveReplicas } from './replicas';

const FEED = 'https://www.facebook.com/';
const STEP = '[data-objector-step]';
const ANIMATION = 'objector-url-evidence';

/** Every computed style of every link on the page, keyed by its href, with every animation at its start. */
const linkStyles = () => {
  for (const animation of document.getAnimations()) {
    animation.pause();
    animation.currentTime = 0;
  }
  const out: Record<string, Record<string, string>> = {};
  for (const a of document.querySelectorAll('a')) {
    const style = getComputedStyle(a);
    const props: Record<string, string> = {};
    for (let i = 0; i < style.length; i++) {
      const name = style.item(i);
      props[name] = style.getPropertyValue(name);
    }
    out[a.getAttribute('href') ?? ''] = props;
  }
  return out;
};

test('styles of the links are what Meta made them, but for the no-op animation; Meta’s own animation wins', async ({
  context,
  serve,
}) => {
  await serve({ [FEED]: 'fb-feed-styles-en.html' });
  const page = await context.newPage();
  await page.goto(FEED);
  await expect(page.locator(STEP)).toHaveCount(2);
  const withObjector = await page.evaluate(linkStyles);

  const plain = await launchWithExtension({ extension: false });
  try {
    await serveReplicas(plain, { [FEED]: 'fb-feed-styles-en.html' });
    const bare = await plain.newPage();
    await bare.goto(FEED);
    const without = await bare.evaluate(linkStyles);
    expect(Object.keys(withObjector).sort()).toEqual(Object.keys(without).sort());
    let evidence = 0;
    for (const [href, styles] of Object.entries(withObjector)) {
      const changed = Object.keys(styles).filter((name) => styles[name] !== without[href]?.[name]);
      if (styles['animation-name'] === ANIMATION) {
        evidence += 1;
        expect(changed.sort(), href).toEqual(
          ['animation-duration', 'animation-name'].filter((n) => changed.includes(n)),
        );
        expect(changed, href).toContain('animation-name');
      } else {
        expect(changed, href).toEqual([]);
      }
    }
    // The test means something: the evidence links carry the no-op animation, and the one Meta animates keeps its own.
    expect(evidence).toBe(4);
    expect(withObjector['/privacy/center/?entry_point=ad']?.['animation-name']).toBe('xpulse-kf');
  } finally {
    await plain.close();
  }
});

test('a link revealed from a hidden section, and one that arrives late, are outlined when they appear', async ({
  context,
  serve,
}) => {
  await serve({ [FEED]: 'fb-feed-styles-en.html' });
  const page = await context.newPage();
  await page.goto(FEED);
  await expect(page.locator(STEP)).toHaveCount(2);
  await page.evaluate(() => document.querySelector('[data-later]')?.classList.remove('xhidden'));
  await expect(page.locator('a[href*="entry_point=collapsed"]')).toHaveAttribute('data-objector-step', 'fb-objection');
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '/help/contact/6359191084165019';
    a.textContent = 'late';
    document.querySelector('[role="feed"]')?.append(a);
  });
  await expect(page.locator('a[href="/help/contact/6359191084165019"]')).toHaveAttribute('data-objector-step');
});

test('when the extension goes away, the next announcement takes everything off the page', async ({
  context,
  serve,
  worker,
}) => {
  await serve({ [FEED]: 'fb-feed-en.html' });
  const page = await context.newPage();
  await page.goto(FEED);
  await expect(page.locator(STEP)).toHaveCount(1);
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
  await expect
    .poll(async () => {
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '/privacy/genai/?again';
        document.body.append(a);
      });
      return page.locator(`${STEP}, objector-overlay`).count();
    })
    .toBe(0);
});
