import { keys, locales } from 'virtual:objector-page-labels';
import { browser } from 'wxt/browser';

/** The `_locales` folder the browser's i18n would pick for a UI language: exact, then language, then English. */
export function pickLocale(uiLanguage: string, available: readonly string[], fallback = 'en'): string {
  const wanted = uiLanguage.replace('-', '_');
  const lower = wanted.toLowerCase();
  const language = lower.split('_')[0] ?? '';
  return (
    available.find((l) => l.toLowerCase() === lower) ?? available.find((l) => l.toLowerCase() === language) ?? fallback
  );
}

let table: readonly string[] | undefined;

/**
 * An outline label (see scripts/vite-page-labels.ts) in the browser's UI language, as `i18n.getMessage`
 * would give it, without its first-call round trip to the browser; null for any other key.
 */
export function pageLabel(key: string): string | null {
  const index = keys.indexOf(key);
  if (index < 0) return null;
  table ??= locales[pickLocale(browser.i18n.getUILanguage(), Object.keys(locales))] ?? locales.en;
  return table?.[index] ?? null;
}
