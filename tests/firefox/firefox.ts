// Drives a real Firefox over WebDriver BiDi (puppeteer-core, no geckodriver) with the built
// Firefox package installed, and serves committed replicas at Meta's real URLs by interception.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { REPLICA_DIR, REPLICA_STATIC } from '../e2e/replicas';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.OBJECTOR_OUT ?? '.output', 'firefox-mv3');

/** Firefox to drive: $FIREFOX_PATH, then Debian's ESR, then a distribution's `firefox`. */
export function firefoxPath(): string | undefined {
  for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const COOKIE = {
  facebook: { name: 'c_user', domain: '.facebook.com' },
  instagram: { name: 'ds_user_id', domain: '.instagram.com' },
} as const;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The moz-extension:// origin, fixed at launch so tests can open the popup. */
  origin: string;
  /** A new tab whose http(s) requests get the replica mapped to their URL, or a 404 that is recorded. */
  newMetaPage: (pages: Record<string, string>) => Promise<{ page: Page; unserved: string[] }>;
  /** Opens popup.html in a tab and waits for its first rendered account section. */
  openPopup: () => Promise<Page>;
  login: (platform: keyof typeof COOKIE, id: string) => Promise<void>;
  logout: () => Promise<void>;
  close: () => Promise<void>;
}

function answer(request: HTTPRequest, pages: Record<string, string>, unserved: string[]): void {
  const url = new URL(request.url());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    void request.continue();
    return;
  }
  url.hash = '';
  const file = pages[url.href] ?? pages[url.origin + url.pathname];
  // The scripts and styles replicas share, at Meta's static URL, as the Chromium suite serves them.
  const shared = url.href.startsWith(REPLICA_STATIC) && /^[\w-]+\.(js|css)$/.exec(url.pathname.split('/').pop() ?? '');
  if (shared) {
    const body = readFileSync(join(REPLICA_DIR, 'static', shared[0]), 'utf8');
    void request.respond({ status: 200, contentType: shared[1] === 'js' ? 'text/javascript' : 'text/css', body });
  } else if (file) {
    const body = readFileSync(join(REPLICA_DIR, file), 'utf8');
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  } else {
    unserved.push(request.url());
    void request.respond({ status: 404, contentType: 'text/plain', body: 'not in the replica set' });
  }
}

/** A Firefox without the extension, to compare a page's styles with and without it. */
export async function launchFirefox(): Promise<Browser> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: set FIREFOX_PATH or apt-get install firefox-esr');
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}

/** Serves `pages` (and the shared static files) to a tab, as newMetaPage does. */
export async function serveTo(page: Page, pages: Record<string, string>): Promise<string[]> {
  const unserved: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => answer(request, pages, unserved));
  return unserved;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: set FIREFOX_PATH or apt-get install firefox-esr');
  const manifestFile = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "wxt build -b firefox"`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  // Firefox gives each install a random internal UUID; this pref fixes it so the popup's URL is known.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets BiDi navigate a tab to moz-extension:// pages (refused by default as "system" URLs).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  const context = browser.defaultBrowserContext();

  return {
    browser,
    origin,
    async newMetaPage(pages) {
      const page = await browser.newPage();
      return { page, unserved: await serveTo(page, pages) };
    },
    async openPopup() {
      const page = await browser.newPage();
      // Puppeteer's BiDi frame model never sees this cross-process navigation finish, so poll the DOM
      // instead, retrying evaluations that land in the realm being replaced.
      page.goto(`${origin}/popup.html`).catch(() => undefined);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ready = await page
          .evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('[data-account]') !== null)
          .catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error('the popup did not render an account section within 10 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async login(platform, id) {
      const { name, domain } = COOKIE[platform];
      await context.setCookie({ name, value: id, domain, path: '/', secure: true, sameSite: 'None' });
    },
    async logout() {
      const cookies = await context.cookies();
      if (cookies.length > 0) await context.deleteCookie(...cookies);
    },
    close: () => browser.close(),
  };
}
