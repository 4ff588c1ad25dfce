import type { browser as WxtBrowser } from 'wxt/browser';

/**
 * What `wxt/browser` is in the content scripts (aliased in wxt.config.ts): the browser's own extension
 * API, not webextension-polyfill. Chrome's MV3 `chrome` and Firefox's `browser` both return promises;
 * the polyfill differs only for onMessage listeners that return a Promise, and content scripts answer
 * with `sendResponse` instead. So the polyfill's 10 kB never weigh on a Meta page.
 */
const api = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export const browser = api as typeof WxtBrowser;
