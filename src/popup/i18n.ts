import { browser } from 'wxt/browser';

/** A UI string from `_locales`, in the browser's language; the key itself if it is missing. */
export function t(key: string, ...substitutions: string[]): string {
  // Keys are built from step ids and statuses at run time, so the typed key list cannot check them.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key.replaceAll('-', '_'), substitutions) || key;
}
