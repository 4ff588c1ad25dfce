import { browser } from 'wxt/browser';

/** A UI string from `_locales`, in the browser's language; the key itself if it is missing. */
export function t(key: string, ...substitutions: string[]): string {
  // Keys are built from step ids and statuses at run time, so the typed key list cannot check them.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key.replaceAll('-', '_'), substitutions) || key;
}

/**
 * The language of the interface's strings (BCP 47), for dates, plurals and the page's `lang`: the one of
 * the `_locales` translation the browser picked, which may differ from the browser's own language.
 */
export function uiLocale(): string {
  return browser.i18n.getMessage('locale') || 'en';
}

/** Marks the page with its language and title, so screen readers pronounce it right. */
export function localisePage(titleKey: string): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
}

/** A count in words: `${base}_one`, `_few`, `_many` or `_other`, as the language's plural rules pick. */
export function plural(base: string, count: number): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(`${base}_${category}`, [String(count)]) || t(`${base}_other`, String(count));
}
