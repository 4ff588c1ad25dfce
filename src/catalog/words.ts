import type { PageWords } from './language-schema';
import type { WordList } from './schema';

/**
 * Every language's page words (languages/<code>.ts, `page`), by language code. Adding a language is
 * adding its file: the build picks up every file of the folder, and only its `page` part ships here.
 */
export const PAGE_WORDS: Readonly<Record<string, PageWords>> = Object.fromEntries(
  Object.entries(import.meta.glob<PageWords>('./languages/*.ts', { eager: true, import: 'page' })).map(
    ([file, words]) => [languageOfFile(file), words],
  ),
);

/** `./languages/pt-br.ts` → `pt-br`. */
export function languageOfFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ts$/, '');
}

/** Phrases per language (the shape the phrase matcher takes). */
export type Words = Readonly<Record<string, readonly string[]>>;

function perLanguage(pick: (words: PageWords) => readonly string[]): Words {
  return Object.fromEntries(Object.entries(PAGE_WORDS).map(([lang, words]) => [lang, pick(words)]));
}

/** A surface's word list: phrases strong enough on any link or button of it (see surfaces.ts `words`). */
export function strongWords(list: WordList): Words {
  switch (list) {
    case 'objection':
      return perLanguage((w) => [w.rightToObject, w.submitObjection, w.formTitle, ...w.objection]);
    case 'sections':
      return perLanguage((w) => [w.aiAtMeta, ...w.aiSections]);
    case 'thirdParty':
      return perLanguage((w) => w.thirdParty);
  }
}

/** A surface's words that count only as an element's whole text, on a privacy page. */
export function exactWords(list: WordList): Words {
  return list === 'objection' ? perLanguage((w) => w.objectionExact) : {};
}

/** Meta's words that it will honour the objection. */
export const confirmationWords = (): Words => perLanguage((w) => w.confirmation);

/** The catalog language of a page's `lang` ("de-DE" → de, "pt-BR" → pt-br, "nn-NO" → nb); null if none. */
export function pageLang(lang: string | null | undefined, known: Readonly<Record<string, unknown>> = PAGE_WORDS) {
  const tag = (lang ?? '').trim().toLowerCase().replace('_', '-');
  if (tag in known) return tag;
  const base = tag.split('-')[0] ?? '';
  // Norwegian pages say nb, no or nn; the catalog has Bokmål. European Portuguese is the catalog's `pt`.
  const alias = base === 'no' || base === 'nn' ? 'nb' : base;
  return alias in known ? alias : null;
}
