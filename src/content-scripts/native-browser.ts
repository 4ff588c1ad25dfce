import type { browser as WxtBrowser } from 'wxt/browser';

/**
 * `wxt/browser` for content scripts (aliased in wxt.config.ts): Chrome's MV3 `chrome` and Firefox's
 * `browser` both return promises, so the 10 kB polyfill would only weigh on every Meta page.
 * Not provided: a Promise returned from an onMessage listener as the reply (use sendResponse).
 */
const api = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export const browser = api as typeof WxtBrowser;
