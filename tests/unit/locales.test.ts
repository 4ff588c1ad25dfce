import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS, STATUSES, STEP_IDS } from '@/core/steps';

const DIR = 'assets/public/_locales';
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8'));
const en = read('en');
const locales = readdirSync(DIR).filter((l) => l !== 'en');

/** `$1`… and `$NAME$` references in a message, sorted: translations must keep them all. */
function references(message: string): string[] {
  return [...message.matchAll(/\$(\d|[A-Za-z_]+\$)/g)].map((m) => m[0]).sort();
}

/** Every literal key the extension's own pages ask for: t('key'), plural('key', …), submitKey="key". */
function keysUsedInPages(): string[] {
  const dir = 'src/popup';
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\bt\('([A-Za-z_]+)'/g)) keys.add(m[1] as string);
    for (const m of source.matchAll(/\bplural\('([A-Za-z_]+)'/g)) keys.add(`${m[1]}_other`);
    for (const m of source.matchAll(/(?:submitKey|titleKey)="([A-Za-z_]+)"/g)) keys.add(m[1] as string);
    for (const m of source.matchAll(/return '((?:action|source)[A-Za-z_]+)'/g)) keys.add(m[1] as string);
  }
  return [...keys];
}

describe('locales', () => {
  it('offers the eight interface languages', () => {
    expect(locales.sort()).toEqual(['de', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR']);
  });

  it('English has every key the pages build from steps, statuses and regions', () => {
    const built = [
      ...STEP_IDS.flatMap((s) => [`step_${s}`, `why_${s}`].map((k) => k.replaceAll('-', '_'))),
      ...STATUSES.map((s) => `status_${s}`),
      ...REGIONS.flatMap((r) => [`region_${r}`, `regionShort_${r}`, `regionHint_${r}`]),
      'linkNoCandidate_facebook',
      'linkNoCandidate_instagram',
      'platform_facebook',
      'platform_instagram',
    ];
    for (const key of [...built, ...keysUsedInPages()]) expect(en, key).toHaveProperty(key);
  });

  it.each(locales)('%s translates every English key, keeping substitutions and placeholders', (locale) => {
    const messages = read(locale);
    for (const [key, { message, placeholders }] of Object.entries(en)) {
      const translated = messages[key];
      expect(translated, `${locale} lacks ${key}`).toBeDefined();
      expect(translated?.message.trim(), `${locale} ${key} is empty`).not.toBe('');
      expect(references(translated?.message ?? ''), `${locale} ${key}`).toEqual(references(message));
      expect(translated?.placeholders, `${locale} ${key} placeholders`).toEqual(placeholders);
    }
    for (const key of Object.keys(messages)) {
      expect(key in en || key.startsWith('stepsLeft_'), `${locale} has unknown key ${key}`).toBe(true);
    }
  });

  it.each(['en', ...locales])('%s: store name and description fit the stores’ limits', (locale) => {
    const messages = read(locale);
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(['en', ...locales])('%s has a plural form for every category its language uses', (locale) => {
    const messages = read(locale);
    const rules = new Intl.PluralRules(locale.replace('_', '-'));
    for (const n of [0, 1, 2, 3, 5, 11, 22, 25]) {
      const category = rules.select(n);
      expect(messages[`stepsLeft_${category}`] ?? messages.stepsLeft_other, `${locale} ${n}`).toBeDefined();
      if (category !== 'other')
        expect(messages, `${locale} stepsLeft_${category}`).toHaveProperty(`stepsLeft_${category}`);
    }
  });
});
