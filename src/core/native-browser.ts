import type { browser as WxtBrowser } from 'wxt/browser';

/**
 * The browser's own extension API for the extension pages (popup, settings, welcome, evidence):
 * Chrome's MV3 `chrome` and Firefox's `browser` both return promises, and these pages only call
 * the API (they register no onMessage listener, the one place the polyfill differs), so the
 * 10 kB polyfill `wxt/browser` brings would only slow down opening the popup.
 */
const api = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export const browser = api as typeof WxtBrowser;
