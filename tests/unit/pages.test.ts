import { describe, expect, it } from 'vitest';
import { classifyPage, FORM_PAGE_PATTERNS, formOf, type PageKind, parseUrl, platformOf } from '@/catalog/pages';

// Real addresses of each kind of page, as users reach them (tracking parameters, locale subdomains). Every
// address is a negative for every other kind: the kinds never overlap.
const KINDS: Record<PageKind | 'not Meta', string[]> = {
  form: [
    'https://www.facebook.com/help/contact/712876720715583',
    'https://de-de.facebook.com/help/contact/712876720715583?entry_point=privacy_center',
    'https://www.facebook.com/help/contact/6359191084165019/submit',
    'https://m.facebook.com/help/contact/367438723733209?entry_point=POLICY_SUBPAGE',
    'https://www.facebook.com/help/contact/1102437189873412',
    'https://help.instagram.com/contact/767264225370182',
    'https://www.instagram.com/help/contact/233964459562201/',
    'https://help.meta.com/requests/1187329905561034/',
    'https://help.meta.com/requests/1187329905561034/?step=2',
    'https://help.meta.com/requests/1187329905561034/done/',
    'https://help.meta.com/requests/1523801815366035/',
  ],
  privacy: [
    'https://www.facebook.com/privacy/genai/?entry_point=privacy_center_home',
    'https://www.facebook.com/privacy/center/?entry_point=facebook_page_footer',
    'https://www.facebook.com/privacy/policy/',
    'https://www.facebook.com/privacy/guide/generative-ai/',
    'https://www.facebook.com/help/2069235856423257',
    'https://privacycenter.instagram.com/privacy/genai/',
    'https://privacycenter.instagram.com/policy/',
    'https://privacycenter.instagram.com/dialog/learn-more-about-genai/',
    'https://accountscenter.facebook.com/info_and_permissions',
    'https://www.facebook.com/legal/eu-ai-terms',
    'https://help.meta.com/support/privacy',
    'https://help.meta.com/support/',
  ],
  notifications: ['https://www.facebook.com/notifications', 'https://web.facebook.com/notifications/?ref=bookmarks'],
  ordinary: [
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/privacyfriends/',
    'https://www.facebook.com/profile.php?id=100001234567890',
    'https://www.facebook.com/ada.lovelace',
    'https://www.facebook.com/help/?submitted=1&ref=contact_form',
    'https://www.facebook.com/notificationsettings',
    'https://www.instagram.com/',
    'https://www.instagram.com/accounts/privacy_setting/',
  ],
  'not Meta': [
    'https://evil.example/privacy/genai',
    'https://facebook.com.evil.example/help/contact/712876720715583',
    'https://notfacebook.com/privacy/center/',
    'https://www.meta.com.evil.example/requests/1/',
    'javascript:alert(1)',
    'http://[bad',
  ],
};

describe('page kinds', () => {
  for (const [kind, urls] of Object.entries(KINDS)) {
    it.each(urls)(`%s is ${kind}, and no other kind`, (url) => {
      expect(classifyPage(url)?.kind ?? 'not Meta').toBe(kind);
    });
  }

  it('a form page knows its form’s own address, without query or sub-path', () => {
    expect(classifyPage('https://de-de.facebook.com/help/contact/6359191084165019/submit?x=1')?.formUrl).toBe(
      'https://de-de.facebook.com/help/contact/6359191084165019',
    );
    expect(classifyPage('https://help.meta.com/requests/1187329905561034/done/')?.formUrl).toBe(
      'https://help.meta.com/requests/1187329905561034',
    );
    expect(classifyPage('https://www.facebook.com/privacy/center/')?.formUrl).toBeNull();
  });

  it('reads form ids only where each site puts them', () => {
    const id = (url: string) => formOf(parseUrl(url) as URL)?.id ?? null;
    expect(id('https://help.instagram.com/contact/767264225370182')).toBe('767264225370182');
    expect(id('https://help.meta.com/requests/1187329905561034/')).toBe('1187329905561034');
    expect(id('https://www.facebook.com/requests/1187329905561034/')).toBeNull();
    expect(id('https://help.meta.com/help/contact/712876720715583')).toBeNull();
  });

  it('knows the platform of Facebook and Instagram addresses; the portal serves both', () => {
    expect(platformOf('https://m.facebook.com/')).toBe('facebook');
    expect(platformOf('https://privacycenter.instagram.com/')).toBe('instagram');
    expect(platformOf('https://help.meta.com/requests/1/')).toBeNull();
    expect(platformOf('https://evil.example/')).toBeNull();
  });

  it('the form pages’ match patterns cover exactly the form pages and the portal', () => {
    const matches = (url: string) =>
      FORM_PAGE_PATTERNS.some((pattern) => {
        const [, host = '', path = ''] = /^\*:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
        const hostRe = new RegExp(`^${host.replace(/\./g, '\\.').replace('*\\.', '(?:[^.]+\\.)*')}$`);
        const pathRe = new RegExp(`^${path.replace(/\*/g, '.*')}`);
        const u = new URL(url);
        return hostRe.test(u.hostname) && pathRe.test(u.pathname);
      });
    for (const url of KINDS.form) expect(matches(url), url).toBe(true);
    for (const url of [...KINDS.privacy, ...KINDS.ordinary, ...KINDS.notifications]) {
      expect(matches(url), url).toBe(new URL(url).hostname === 'help.meta.com');
    }
  });
});
