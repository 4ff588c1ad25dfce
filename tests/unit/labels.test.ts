import { readdirSync, readFileSync } from 'node:fs';
import { keys, locales } from 'virtual:objector-page-labels';
import { describe, expect, it } from 'vitest';
import { OUTLINE_LABEL_KEYS } from '@/content-scripts/shared/outline/highlight';
import { pickLocale } from '@/content-scripts/shared/outline/labels';

const AVAILABLE = readdirSync('assets/public/_locales').sort();

describe('outline labels built into the content script', () => {
  it('are the _locales messages, word for word, in every locale', () => {
    expect(Object.keys(locales).sort()).toEqual(AVAILABLE);
    expect(keys).toEqual(OUTLINE_LABEL_KEYS);
    for (const [locale, texts] of Object.entries(locales)) {
      const messages = JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8'));
      expect(texts).toEqual(keys.map((key) => messages[key].message));
    }
  });

  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt_BR'],
    ['pt-PT', 'pt_PT'],
    ['en-GB', 'en'],
    ['nl-BE', 'nl'],
    ['sv-SE', 'sv'],
    ['nb', 'nb'],
    ['ja-JP', 'en'],
    ['', 'en'],
  ])('the browser in %s shows the %s labels, as its i18n would', (ui, locale) => {
    expect(pickLocale(ui, AVAILABLE)).toBe(locale);
  });
});
