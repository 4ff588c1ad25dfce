import { beforeEach, describe, expect, it } from 'vitest';
import { classifyPage, parseUrl, surfaceForUrl } from '@/catalog/pages';
import { compileCatalog, matchElement } from '@/content-scripts/shared/matcher';
import { normalizeText, phraseMatcher } from '@/content-scripts/shared/text';

const surfaceOf = (href: string, base: string) => {
  const url = parseUrl(href, base);
  return url ? surfaceForUrl(url) : null;
};

describe('surfaceForUrl', () => {
  const base = 'https://www.facebook.com/privacy/center/';
  it.each([
    ['/privacy/genai/?entry_point=privacy_center_home', 'fb-objection'],
    ['https://de-de.facebook.com/privacy/genai', 'fb-objection'],
    ['https://m.facebook.com/privacy/guide/generative-ai/', 'fb-objection'],
    ['https://mbasic.facebook.com/help/contact/712876720715583', 'fb-objection'],
    ['https://web.facebook.com/help/contact/367438723733209?entry_point=POLICY_SUBPAGE', 'fb-objection'],
    ['https://privacycenter.instagram.com/privacy/genai/', 'ig-objection'],
    ['https://help.instagram.com/contact/767264225370182?ref=ig_settings', 'ig-objection'],
    ['https://www.instagram.com/help/contact/767264225370182', 'ig-objection'],
    ['HTTPS://WWW.FACEBOOK.COM/Help/Contact/712876720715583/', 'fb-objection'],
  ])('%s leads to %s', (href, step) => {
    expect(surfaceOf(href, base)?.step).toBe(step);
  });

  it.each([
    '/privacy/genaix',
    '/help/contact/712876720715583999',
    '/help/?ref=pf',
    '/groups/712876720715583',
    'https://evil.example/privacy/genai',
    'https://facebook.com.evil.example/privacy/genai',
    'https://notfacebook.com/help/contact/712876720715583',
    'https://help.instagram.com/contact/712876720715583',
    'javascript:alert(1)',
    'http://[bad',
  ])('ignores %s', (href) => {
    expect(surfaceOf(href, base)).toBeNull();
  });
});

describe('normalizeText', () => {
  it.each([
    ['  Right\u00a0to\n OBJECT ', 'right to object'],
    ['droit d\u2019opposition', "droit d'opposition"],
    ['Wider\u00adspruchs\u200brecht', 'widerspruchsrecht'],
    ['opozi\u0163ie', 'opoziție'],
    ['Generatyvusis DI bendrovėje \u201EMeta\u201C', 'generatyvusis di bendrovėje meta'],
    ['"AI at Meta"', 'ai at meta'],
    [
      'Einspruch gegen die Verwendung deiner Informationen fu\u0308r KI',
      'einspruch gegen die verwendung deiner informationen für ki',
    ],
  ])('%j becomes %j', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('phrases match whole words only', () => {
    const re = phraseMatcher({ en: ['right to object'] });
    expect(re?.test('your right to object to this')).toBe(true);
    expect(re?.test('copyright to objects')).toBe(false);
  });

  it('a phrase ending in * ends in a prefix, still starting at a word', () => {
    const re = phraseMatcher({ en: ['object*'], de: ['widersp*'] });
    expect(re?.test('objection to ai')).toBe(true);
    expect(re?.test('widerspruch gegen ki')).toBe(true);
    expect(re?.test('subject to change')).toBe(false);
    expect(re?.test('nothing here')).toBe(false);
  });
});

const compiled = compileCatalog();

function match(url: string, html: string): string | null {
  document.body.innerHTML = html;
  const el = document.querySelector('[data-case]');
  const page = classifyPage(url);
  if (!el || !page) throw new Error('fixture without [data-case], or not a Meta page');
  return matchElement(compiled, el, page)?.surface.step ?? null;
}

const FEED = 'https://www.facebook.com/';
const POLICY = 'https://www.facebook.com/privacy/policy/';
const GENAI_IG = 'https://privacycenter.instagram.com/privacy/genai/';

describe('matchElement', () => {
  beforeEach(() => {
    document.head.innerHTML =
      '<style>.xhid{display:none}.xsr{position:absolute;width:1px;height:1px;clip:rect(0,0,0,0)}</style>';
  });

  // [page, markup with the element under test marked data-case, expected step or null]
  it.each([
    // URL evidence, whatever the element and its words
    [
      FEED,
      '<a data-case href="/privacy/genai/?notif_id=1&ref=notif"><span>We updated our policy</span></a>',
      'fb-objection',
    ],
    [
      FEED,
      '<a data-case role="link" href="https://de-de.facebook.com/help/contact/712876720715583">x</a>',
      'fb-objection',
    ],
    [GENAI_IG, '<a data-case href="https://help.instagram.com/contact/767264225370182">x</a>', 'ig-objection'],
    [FEED, '<a data-case href="/help/contact/1266025207620918">form</a>', 'third-party-data'],
    // role + words
    [
      POLICY,
      '<div data-case role="link" tabindex="0"><span><span>Right to </span><span>object</span></span></div>',
      'fb-objection',
    ],
    [POLICY, '<div data-case role="button" aria-label="Submit an objection request"><svg></svg></div>', 'fb-objection'],
    [POLICY, '<span data-case role="link" tabindex="0">Widerspruchsrecht</span>', 'fb-objection'],
    [POLICY, '<span data-case role="link">Diritto di opposizione</span>', 'fb-objection'],
    [POLICY, '<span data-case role="link">droit d\u2019opposition</span>', 'fb-objection'],
    [POLICY, '<span data-case role="link">prawo do sprzeciwu</span>', 'fb-objection'],
    [POLICY, '<span data-case role="link">Δικαίωμα εναντίωσης</span>', 'fb-objection'],
    [POLICY, '<span data-case role="link">dreptul la opoziţie</span>', 'fb-objection'],
    [GENAI_IG, '<span data-case role="link">direito de se opor</span>', 'ig-objection'],
    // a help form not in the catalog yet, named by its words
    [FEED, '<a data-case href="/help/contact/999999999999">Right to object</a>', 'fb-objection'],
    // weak words: only the whole text of a link, only on a privacy page
    [POLICY, '<a data-case href="#">object</a>', 'fb-objection'],
    [POLICY, '<span data-case role="link">widersprechen</span>', 'fb-objection'],
    [FEED, '<span data-case role="link">object</span>', null],
    [POLICY, '<span data-case role="link">object to the cookie banner</span>', null],
    // section headings on privacy pages only
    [GENAI_IG, '<div data-case role="button" aria-expanded="false">Privacy and Generative AI</div>', 'ig-objection'],
    [FEED, '<div data-case role="button" aria-expanded="false">AI at Meta</div>', null],
    // outside Meta's known pages only URL evidence counts: words on a feed, a profile or a group never match
    [FEED, '<div data-case role="link" tabindex="0"><span>Right to object</span></div>', null],
    [FEED, '<div data-case role="button" aria-label="Submit an objection request"><svg></svg></div>', null],
    // a link that only jumps within the page (the policy's table of contents) leads nowhere new
    [POLICY, '<a data-case href="?entry_point=POLICY_TOC#object">Object</a>', null],
    [POLICY, '<a data-case href="/privacy/policy/?entry_point=toc#right-to-object">Right to object</a>', null],
    [POLICY, '<a data-case href="#how-to-object">Right to object</a>', null],
    // Meta's request portal: its objection link by words, a copyright request never
    [
      'https://help.meta.com/support/privacy',
      '<a data-case href="https://help.meta.com/requests/1187329905561034/">Object to your information being used for AI at Meta</a>',
      'fb-objection',
    ],
    [
      'https://help.meta.com/support/privacy',
      '<a data-case href="https://help.meta.com/requests/1523801815366035/">Object to the removal of your content</a>',
      null,
    ],
    // negatives: footer links, post text, articles, unrelated roles
    [FEED, '<a data-case href="/privacy/policy/?entry_point=facebook_page_footer">Privacy Policy</a>', null],
    [FEED, '<a data-case href="/help/?ref=pf">Help</a>', null],
    [POLICY, '<a data-case href="https://www.example.org/right-to-object">Right to object</a>', null],
    [POLICY, '<a data-case href="/privacy/center/">Privacy Center</a>', null],
    [FEED, '<div data-case dir="auto">I object! Know your right to object, people.</div>', null],
    [
      FEED,
      '<a data-case href="https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example">Your right to object</a>',
      null,
    ],
    [FEED, '<div data-case role="article"><span role="link">Right to object</span></div>', null],
    [FEED, `<div data-case role="button">${'right to object '.repeat(20)}</div>`, null],
    // decoys: hidden text must not make a match
    [POLICY, '<a data-case role="link" href="#">Help<span style="display:none"> right to object</span></a>', null],
    [POLICY, '<span data-case role="link">Help <span hidden>right to object</span></span>', null],
    [POLICY, '<span data-case role="link">Help <span aria-hidden="true">right to object</span></span>', null],
    [POLICY, '<span data-case role="link">Help <span class="xhid">right to object</span></span>', null],
    [POLICY, '<span data-case role="link">Help <span class="xsr">right to object</span></span>', null],
    [POLICY, '<span data-case role="link" style="display:none">Right to object</span>', null],
    [POLICY, '<div data-case role="button" aria-label="Right to object" hidden>x</div>', null],
    // decoys: hidden letters must not break a real match
    [POLICY, '<span data-case role="link">Right to ob<span style="display:none">x</span>ject</span>', 'fb-objection'],
    [
      POLICY,
      '<span data-case role="link">Wider<span class="xhid">q</span>spruchs<span class="xhid">z</span>recht</span>',
      'fb-objection',
    ],
    // forms
    [
      'https://www.facebook.com/help/contact/712876720715583',
      '<form data-case><input type="email" name="email"></form>',
      'fb-objection',
    ],
    [
      FEED,
      '<form data-case><input type="hidden" name="support_form_id" value="367438723733209"></form>',
      'fb-objection',
    ],
    [
      'https://www.facebook.com/help/contact/712876720715583',
      '<form data-case role="search"><input name="q"></form>',
      null,
    ],
    [FEED, '<form data-case><input type="email"></form>', null],
  ])('on %s: %s → %s', (url, html, step) => {
    expect(match(url, html)).toBe(step);
  });
});
