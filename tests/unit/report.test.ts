// @vitest-environment-options {"url": "https://www.facebook.com/privacy/genai/?entry_point=privacy_center&session=abc123"}
import { describe, expect, it } from 'vitest';
import { classifyPage } from '@/catalog/pages';
import { compileCatalog, type Match, matchElement } from '@/content-scripts/shared/matcher';
import { buildReport, reportedAddress, reportText } from '@/content-scripts/shared/report';

/** Everything a person's own Meta page may show of them: every piece must stay out of the report. */
const PERSONAL = [
  'Ada',
  'Lovelace',
  'ada.lovelace',
  'ada@example.org',
  'ada.l@work.example',
  '100001234567890',
  '170 1234567',
  'My secret reason',
  'Charles Babbage',
  'Babbage',
  'analytical engine',
  'abc123',
  'privacy_center',
];

const PAGE = `
  <div role="banner">
    <a href="/ada.lovelace" aria-label="Ada Lovelace"><img alt="Ada Lovelace" src="data:,"></a>
    <a href="/profile.php?id=100001234567890">Ada Lovelace</a>
    <input type="search" aria-label="Search Facebook" value="ada lovelace">
  </div>
  <div role="main">
    <h1>How Meta uses information for generative AI models and features</h1>
    <h2>Hi Ada, how can we help?</h2>
    <p>Signed in as ada@example.org (+49 170 1234567).</p>
    <div role="button" aria-expanded="false">Information you've shared on Meta Products</div>
    <a href="/help/contact/712876720715583?entry_point=privacy_center&amp;uid=100001234567890">Submit an objection request</a>
    <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fada.example">Ada's blog</a>
    <a href="/charles.babbage">Charles Babbage</a>
    <form>
      <label for="e">Email address</label><input id="e" type="email" name="email" value="ada.l@work.example">
      <label for="r">Reason</label><textarea id="r" name="objection_reason">My secret reason</textarea>
      <button type="submit">Send</button>
    </form>
    <div role="feed"><div role="article"><a href="/charles.babbage">Charles Babbage</a> posted: the analytical engine
      <a href="/privacy/genai/?ref=post">right to object</a></div></div>
  </div>`;

function marksOf(root: Document): Map<Element, { match: Match }> {
  const page = classifyPage(location.href);
  if (!page) throw new Error('not a Meta page');
  const compiled = compileCatalog();
  const marks = new Map<Element, { match: Match }>();
  for (const el of root.querySelectorAll('a, [role="button"]')) {
    const match = matchElement(compiled, el, page);
    if (match) marks.set(el, { match });
  }
  return marks;
}

describe('the report on a page Objector got wrong', () => {
  it('holds the page, what Objector marked and why, and Meta’s links, headings and fields', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = PAGE;
    const page = classifyPage(location.href);
    if (!page) throw new Error('not a Meta page');
    const report = buildReport(document, page, marksOf(document), '2.0.0');
    const text = reportText(report);
    expect(report.page).toBe('facebook:/privacy/genai?entry_point&session');
    expect(report.lang).toBe('en');
    expect(report.marked.map((m) => [m.surface, m.evidence])).toEqual(
      expect.arrayContaining([
        ['fb-genai-section', 'words'],
        ['fb-objection-form', 'url'],
      ]),
    );
    expect(text).toContain('facebook:/help/contact/712876720715583?entry_point&uid');
    expect(text).toContain('How Meta uses information for generative AI models and features');
    expect(text).toContain('field (email name=email): “Email address”');
    expect(text).toContain('Hi [name], how can we help?');
  });

  it('holds nothing personal: no names, e-mail addresses, numbers, form values, posts or query values', () => {
    document.body.innerHTML = PAGE;
    const page = classifyPage(location.href);
    if (!page) throw new Error('not a Meta page');
    const text = reportText(buildReport(document, page, marksOf(document), '2.0.0'));
    for (const secret of PERSONAL) expect(text, secret).not.toContain(secret);
    expect(text.toLowerCase()).not.toContain('lovelace');
  });

  it('on a feed or a profile it describes no element at all, only what Objector marked', () => {
    const feed = classifyPage('https://www.facebook.com/ada.lovelace');
    if (!feed) throw new Error('not a Meta page');
    document.body.innerHTML = PAGE;
    const report = buildReport(document, feed, new Map(), '2.0.0');
    expect(report.candidates).toEqual([]);
    expect(report.page).toBe('facebook:/[not a Meta page of its own]');
    for (const secret of PERSONAL) expect(reportText(report), secret).not.toContain(secret);
  });

  it.each([
    [
      'https://www.facebook.com/help/contact/712876720715583/submit?uid=1',
      'facebook:/help/contact/712876720715583/submit?uid',
    ],
    ['https://help.meta.com/requests/1187329905561034/?step=2', 'meta:/requests/1187329905561034?step'],
    ['https://www.facebook.com/groups/123456789/posts/987654321', 'facebook:/[not a Meta page of its own]'],
    ['https://www.facebook.com/settings/?tab=privacy&id=100001234567890', 'facebook:/settings?tab&id'],
    ['https://www.facebook.com/notifications/123456789', 'facebook:/notifications/[number]'],
  ])('%s is reported as %s', (url, reported) => {
    expect(reportedAddress(new URL(url))).toBe(reported);
  });
});
