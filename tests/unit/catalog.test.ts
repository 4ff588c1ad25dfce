import { describe, expect, it } from 'vitest';
import { parseUrl, surfaceForUrl } from '@/catalog/pages';
import { Surfaces } from '@/catalog/schema';
import { SURFACES } from '@/catalog/surfaces';

/** The surface a URL leads to, as the matcher sees it. */
const surfaceOf = (url: string) => {
  const parsed = parseUrl(url);
  return parsed ? surfaceForUrl(parsed) : null;
};

describe('surfaces', () => {
  it('are valid against their schema', () => {
    const parsed = Surfaces.safeParse(SURFACES);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('refuse a duplicate id, an unknown step, a path with a query and an unknown word list', () => {
    const [first] = SURFACES;
    if (!first) throw new Error('no surfaces');
    expect(Surfaces.safeParse([first, first]).success).toBe(false);
    expect(Surfaces.safeParse([{ ...first, step: 'nope' }]).success).toBe(false);
    expect(Surfaces.safeParse([{ ...first, paths: ['/privacy?x=1'] }]).success).toBe(false);
    expect(Surfaces.safeParse([{ ...first, words: 'slogans' }]).success).toBe(false);
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
  ['https://help.meta.com/support/privacy', 'meta-privacy-portal', 'fb-objection'],
  ['https://help.meta.com/requests/1523801815366035/', 'portal-other-requests', 'third-party-data'],
  ['https://www.facebook.com/help/contact/1758255661104383', 'portal-other-requests', 'third-party-data'],
  ['https://help.meta.com/requests/1371776380779082', 'portal-other-requests', 'third-party-data'],
  ['https://help.meta.com/requests/1353992216220127', 'portal-other-requests', 'third-party-data'],
  ['https://help.meta.com/requests/1905988783530981', 'portal-other-requests', 'third-party-data'],
  ['https://privacycenter.instagram.com/dialog/learn-more-about-genai/', 'ig-genai-page', 'ig-objection'],
];

describe('every URL and form id of META-FACTS.md', () => {
  it.each(FACTS)('%s is %s', (url, id, step) => {
    const surface = surfaceOf(url);
    expect(surface?.id).toBe(id);
    expect(surface?.step).toBe(step);
  });

  it.each(FACTS)('%s keeps its target behind tracking parameters and locale subdomains', (url, id) => {
    const u = new URL(url);
    u.searchParams.set('entry_point', 'POLICY_SUBPAGE');
    u.searchParams.set('ref', 'notif');
    if (u.hostname === 'www.facebook.com') u.hostname = 'de-de.facebook.com';
    expect(surfaceOf(u.href)?.id).toBe(id);
    expect(surfaceOf(`${url.replace(/\/$/, '')}/`)?.id).toBe(id);
  });
});
