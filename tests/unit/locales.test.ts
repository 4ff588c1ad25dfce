import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '@/core/regions';
import { STATUSES, STEP_IDS } from '@/core/steps';

const DIR = 'assets/public/_locales';
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8'));
const en = read('en');
const locales = readdirSync(DIR).filter((l) => l !== 'en');

/** `$1`… and `$NAME$` references in a message, sorted: translations must keep them all. */
function references(message: string): string[] {
  return [...message.matchAll(/\$(\d|[A-Za-z_]+\$)/g)].map((m) => m[0]).sort();
}

/** Every literal key the extension's pages and content scripts ask for: t('key'), uiMessage('key'), plural('key'). */
function keysUsed(): string[] {
  const keys = new Set<string>();
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of [
    ...files('src/popup'),
    ...files('src/evidence'),
    ...files('src/entrypoints'),
    ...files('src/content-scripts'),
  ]) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\b(?:t|uiMessage)\('([A-Za-z_]+)'/g)) keys.add(m[1] as string);
    for (const m of source.matchAll(/\bplural\('([A-Za-z_]+)'/g)) keys.add(`${m[1]}_other`);
    for (const m of source.matchAll(/(?:submitKey|titleKey)="([A-Za-z_]+)"/g)) keys.add(m[1] as string);
    for (const m of source.matchAll(
      /(?:return|localisePage\() ?'((?:action|source|evidence|guide|report)[A-Za-z_]+)'/g,
    )) {
      keys.add(m[1] as string);
    }
  }
  return [...keys];
}

/** Words that are English and nobody else's: left in a translation, they are untranslated text. */
const ENGLISH = /\b(?:the|and|your|with|you|this|please)\b/i;
/** Words that are the same in English and in the languages that use them (Region, Brazil, Status, guide). */
const SAME_WORD = new Set(['region', 'brazil', 'account', 'status', 'guide']);
/** What may stay as it is in every language: product names, file formats, addresses, the AI command. */
const NAMES =
  /Objector|Meta AI|Meta|Facebook|Instagram|WhatsApp|JSON|PDF|URL|facebook\.com|instagram\.com|\/reset-all-ais|\$[A-Z0-9_]+\$?|\$\d/g;

describe('locales', () => {
  it('offers the interface in every EU official language, Norwegian, Icelandic and both Portuguese', () => {
    expect(['en', ...locales].sort()).toEqual(
      'bg cs da de el en es et fi fr ga hr hu is it lt lv mt nb nl pl pt_BR pt_PT ro sk sl sv'.split(' '),
    );
  });

  it.each(['en', ...locales])('%s names its own language, which dates and plurals are formatted in', (locale) => {
    expect(read(locale).locale?.message).toBe(locale.replace('_', '-'));
    expect(() => new Intl.DateTimeFormat(read(locale).locale?.message)).not.toThrow();
  });

  it.each(locales)('%s has no English left (product names aside)', (locale) => {
    const messages = read(locale);
    for (const [key, { message }] of Object.entries(messages)) {
      if (key === 'locale' || key.startsWith('regionShort_') || key.startsWith('platform_')) continue;
      const words = message.replace(NAMES, '').replace(/[\p{P}\p{S}\d\s]/gu, '');
      const english = (en[key]?.message ?? '').replace(NAMES, '').replace(/[\p{P}\p{S}\d\s]/gu, '');
      if (words.length > 3 && !SAME_WORD.has(words.toLowerCase())) {
        expect(words, `${locale} ${key} is the English text`).not.toBe(english);
      }
      expect(message, `${locale} ${key}`).not.toMatch(ENGLISH);
    }
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
    const evidence = [
      ...STEP_IDS.map((s) => `evidenceStep_${s.replaceAll('-', '_')}`),
      ...['submitted', 'confirmed', 'rejected'].map((s) => `evidenceStatus_${s}`),
      ...['When', 'Account', 'Request', 'Status', 'How', 'Url'].map((c) => `evidenceCol${c}`),
    ];
    for (const key of [...built, ...evidence, ...keysUsed()]) expect(en, key).toHaveProperty(key);
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
    for (let n = 0; n <= 200; n++) {
      const category = rules.select(n);
      expect(messages[`stepsLeft_${category}`] ?? messages.stepsLeft_other, `${locale} ${n}`).toBeDefined();
      if (category !== 'other')
        expect(messages, `${locale} stepsLeft_${category}`).toHaveProperty(`stepsLeft_${category}`);
    }
  });
});
