import { describe, expect, it } from 'vitest';
import { Catalog, LANGS } from '@/catalog/schema';
import { CATALOG } from '@/catalog/targets';
import { targetForUrl } from '@/content-scripts/matcher';

const BASE = 'https://www.facebook.com/';

describe('catalog', () => {
  it('is valid against its schema', () => {
    const parsed = Catalog.safeParse(CATALOG);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('refuses a duplicate id, an unknown step and a path with a query', () => {
    const [first] = CATALOG;
    if (!first) throw new Error('empty catalog');
    expect(Catalog.safeParse([first, first]).success).toBe(false);
    expect(Catalog.safeParse([{ ...first, step: 'nope' }]).success).toBe(false);
    expect(Catalog.safeParse([{ ...first, paths: ['/privacy?x=1'] }]).success).toBe(false);
  });

  it.each(['fb-objection-words', 'ig-objection-words', 'fb-genai-section'])(
    '%s has words in all 16 languages',
    (id) => {
      const target = CATALOG.find((t) => t.id === id);
      for (const lang of LANGS) expect(target?.words?.[lang]?.length, `${id} ${lang}`).toBeGreaterThan(0);
    },
  );

  it('objection targets also have whole-text words in all 16 languages', () => {
    const target = CATALOG.find((t) => t.id === 'fb-objection-words');
    for (const lang of LANGS) expect(target?.exactWords?.[lang]?.length, lang).toBeGreaterThan(0);
  });
});

// Every URL and form id of shared/META-FACTS.md, with the target it must resolve to. One row per fact:
// adding a form id to the catalog means adding its row here.
const FACTS: Array<[url: string, id: string, step: string]> = [
  ['https://www.facebook.com/help/contact/712876720715583', 'fb-objection-form', 'fb-objection'],
  ['https://help.instagram.com/contact/767264225370182', 'ig-objection-form', 'ig-objection'],
  ['https://www.facebook.com/help/contact/6359191084165019', 'fb-objection-form', 'fb-objection'],
  ['https://help.instagram.com/contact/233964459562201', 'ig-objection-form', 'ig-objection'],
  ['https://www.facebook.com/help/contact/367438723733209', 'fb-objection-gateway', 'fb-objection'],
  ['https://www.facebook.com/help/contact/1994830130782319', 'fb-objection-form', 'fb-objection'],
  ['https://www.facebook.com/help/contact/1266025207620918', 'third-party-form', 'third-party-data'],
  ['https://www.facebook.com/help/contact/510058597920541', 'third-party-form', 'third-party-data'],
  ['https://www.facebook.com/help/contact/540404257914453', 'fb-objection-gateway', 'fb-objection'],
  ['https://www.whatsapp.com/contact/forms/382532939919295', 'whatsapp-objection-form', 'meta-ai-chats'],
  ['https://www.facebook.com/privacy/genai', 'fb-genai-page', 'fb-objection'],
  ['https://privacycenter.instagram.com/privacy/genai/', 'ig-genai-page', 'ig-objection'],
  ['https://www.facebook.com/privacy/guide/genai', 'fb-genai-page', 'fb-objection'],
  ['https://www.facebook.com/privacy/guide/generative-ai', 'fb-genai-page', 'fb-objection'],
  ['https://www.facebook.com/privacy/center/?entry_point=facebook_page_footer', 'fb-privacy-pages', 'fb-objection'],
  ['https://www.facebook.com/privacy/policy/', 'fb-privacy-pages', 'fb-objection'],
  ['https://privacycenter.instagram.com/policy/', 'ig-privacy-pages', 'ig-objection'],
  ['https://www.facebook.com/help/2069235856423257', 'fb-genai-page', 'fb-objection'],
  ['https://www.facebook.com/privacy/dialog/ai-partners', 'meta-ai-terms', 'meta-ai-chats'],
  ['https://www.facebook.com/legal/ai-terms', 'meta-ai-terms', 'meta-ai-chats'],
  ['https://www.facebook.com/legal/eu-ai-terms', 'meta-ai-terms', 'meta-ai-chats'],
  ['https://www.facebook.com/legal/uk-ai-terms', 'meta-ai-terms', 'meta-ai-chats'],
  ['https://www.facebook.com/legal/br-ai-terms', 'meta-ai-terms', 'meta-ai-chats'],
  ['https://accountscenter.facebook.com/info_and_permissions', 'fb-accounts-center', 'fb-objection'],
  ['https://www.facebook.com/help/contact/259518714718624', 'data-rights-forms', 'third-party-data'],
  ['https://www.facebook.com/help/contact/540977946302970', 'data-rights-forms', 'third-party-data'],
  ['https://www.facebook.com/help/contact/1638046109617856', 'data-rights-forms', 'third-party-data'],
];

describe('every URL and form id of META-FACTS.md', () => {
  it.each(FACTS)('%s is %s', (url, id, step) => {
    const target = targetForUrl(CATALOG, url, BASE);
    expect(target?.id).toBe(id);
    expect(target?.step).toBe(step);
  });

  it.each(FACTS)('%s keeps its target behind tracking parameters and locale subdomains', (url, id) => {
    const u = new URL(url);
    u.searchParams.set('entry_point', 'POLICY_SUBPAGE');
    u.searchParams.set('ref', 'notif');
    if (u.hostname === 'www.facebook.com') u.hostname = 'de-de.facebook.com';
    expect(targetForUrl(CATALOG, u.href, BASE)?.id).toBe(id);
    expect(targetForUrl(CATALOG, `${url.replace(/\/$/, '')}/`, BASE)?.id).toBe(id);
  });
});
