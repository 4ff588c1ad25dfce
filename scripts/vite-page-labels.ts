import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const PAGE_LABELS_MODULE = 'virtual:objector-page-labels';
const RESOLVED = `\0${PAGE_LABELS_MODULE}`;
const LOCALES = resolve('assets/public/_locales');

/**
 * The outline labels the content script draws on Meta's pages, read at build time from `_locales` (the
 * one source of every string): `i18n.getMessage` costs a synchronous round trip to the browser on its
 * first call in a page, several milliseconds on every Facebook page that shows an outline. The module
 * holds only `keys`, in every locale; the build fails when a locale lacks one.
 */
export function pageLabels(keys: readonly string[]): Plugin {
  return {
    name: 'objector:page-labels',
    resolveId: (id) => (id === PAGE_LABELS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const table: Record<string, string[]> = {};
      for (const locale of readdirSync(LOCALES).sort()) {
        const file = join(LOCALES, locale, 'messages.json');
        this.addWatchFile(file);
        const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
        table[locale] = keys.map((key) => {
          const text = messages[key]?.message;
          if (typeof text !== 'string' || text.includes('$')) {
            this.error(`${locale}/messages.json: "${key}" is missing or has placeholders`);
          }
          return text;
        });
      }
      return `export const keys = ${JSON.stringify(keys)};\nexport const locales = ${JSON.stringify(table)};\n`;
    },
  };
}
