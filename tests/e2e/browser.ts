import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const EXTENSION_DIR = resolve(process.env.OBJECTOR_OUT ?? '.output', 'chrome-mv3');

/** Chromium to drive: $CHROMIUM_PATH, then Debian's, then Playwright's own (laptops with internet). */
export function chromiumPath(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A fresh Chromium profile with the built extension loaded (or none, for comparisons). */
export async function launchWithExtension(
  options: {
    extension?: boolean;
    headless?: boolean;
    /** Another unpacked build. */
    dir?: string;
    /** The browser's language (its UI, and so the extension's `_locales`): `de`, `fr`, ... */
    lang?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<BrowserContext> {
  const withExtension = options.extension ?? true;
  const dir = options.dir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run "npx wxt build" first`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'objector-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.lang
      ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } }
      : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}
