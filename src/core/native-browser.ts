import type { browser as WxtBrowser } from 'wxt/browser';

/**
 * The browser's own extension API, for the content scripts (aliased as `wxt/browser` in wxt.config.ts)
 * and the extension pages (popup, settings, welcome, evidence): Chrome's MV3 `chrome` and Firefox's
 * `browser` both return promises. These callers register no onMessage listener that replies with a
 * Promise (the one place the polyfill differs; use sendResponse), so the 10 kB polyfill `wxt/browser`
 * brings would only weigh on every Meta page and on opening the popup. The background keeps it.
 */
const api = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export const browser = api as typeof WxtBrowser;
