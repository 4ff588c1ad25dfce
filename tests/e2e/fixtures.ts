import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { serveReplicas } from './replicas';
import { watchExtensionRequests } from './request-watch';

export const FB_USER = '100001234567890';
export const IG_USER = '5512345678';

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serves replica files at Meta URLs (see replicas.ts). */
  serve: (pages: Record<string, string>) => Promise<void>;
  /** Logs a Facebook or Instagram account in, the way Meta does: by its session cookie. */
  login: (platform: 'facebook' | 'instagram', id: string) => Promise<void>;
  logout: (platform: 'facebook' | 'instagram') => Promise<void>;
  /** Opens the toolbar popup as a page. */
  openPopup: () => Promise<Page>;
}

const COOKIE = {
  facebook: { name: 'c_user', domain: '.facebook.com' },
  instagram: { name: 'ds_user_id', domain: '.instagram.com' },
} as const;

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    // Every test also proves the promise "no network request of its own" (see request-watch.ts).
    const watch = watchExtensionRequests(context);
    await use(context);
    await context.close();
    expect(watch.findings(), 'network requests made by the extension itself').toEqual([]);
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  serve: async ({ context }, use) => {
    const pages: Record<string, string> = {};
    let installed = false;
    await use(async (more) => {
      Object.assign(pages, more);
      if (!installed) {
        installed = true;
        await serveReplicas(context, pages);
      }
    });
  },
  login: async ({ context }, use) => {
    await use(async (platform, id) => {
      const { name, domain } = COOKIE[platform];
      await context.addCookies([{ name, value: id, domain, path: '/', secure: true, sameSite: 'None' }]);
    });
  },
  logout: async ({ context }, use) => {
    await use(async (platform) => {
      await context.clearCookies({ name: COOKIE[platform].name });
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

/**
 * The tab whose address passes `matches`, once one is open. Waiting for "the next page" would
 * race the welcome page, which the install opens by itself at a moment of the browser's choosing.
 */
export async function tabWhere(context: BrowserContext, matches: (url: string) => boolean): Promise<Page> {
  const find = () => context.pages().find((p) => matches(p.url()));
  await expect.poll(() => find() !== undefined, { message: 'a tab with the expected address' }).toBe(true);
  return find() as Page;
}

export { expect };
