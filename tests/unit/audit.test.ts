import { describe, expect, it } from 'vitest';
import { auditBundle, JS_RULES } from '../audit/bundle';
import { auditCsp, auditManifest, isMetaPattern } from '../audit/manifest';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; base-uri 'none'";

function goodManifest(target: 'chrome' | 'firefox'): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: 'Objector',
    version: '1.0.0',
    icons: ICONS,
    permissions: ['storage', 'cookies', 'alarms'],
    host_permissions: ['*://*.facebook.com/*', '*://*.instagram.com/*'],
    action: { default_popup: 'popup.html', default_icon: ICONS },
    content_security_policy: { extension_pages: STRICT_CSP },
    content_scripts: [{ matches: ['*://*.facebook.com/*'], js: ['content-scripts/meta.js'] }],
    ...(target === 'chrome'
      ? { background: { service_worker: 'background.js' } }
      : {
          background: { scripts: ['background.js'] },
          browser_specific_settings: {
            gecko: {
              id: 'objector@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }),
  };
}

describe('auditManifest', () => {
  it.each(['chrome', 'firefox'] as const)('accepts a least-privilege %s manifest', (target) => {
    expect(auditManifest(goodManifest(target), target)).toEqual([]);
  });

  const bad: [string, (m: Record<string, unknown>) => void, RegExp][] = [
    ['an extra permission', (m) => (m.permissions as string[]).push('tabs'), /permission not allowed: tabs/],
    ['webRequest', (m) => (m.permissions as string[]).push('webRequest'), /permission not allowed: webRequest/],
    ['optional permissions', (m) => (m.optional_permissions = ['history']), /optional_permissions/],
    ['<all_urls>', (m) => (m.host_permissions as string[]).push('<all_urls>'), /not on a Meta domain: <all_urls>/],
    ['every host', (m) => (m.host_permissions = ['*://*/*']), /not on a Meta domain/],
    [
      'a look-alike host',
      (m) => (m.host_permissions = ['https://*.facebook.com.evil.example/*']),
      /not on a Meta domain/,
    ],
    ['a suffix trick', (m) => (m.host_permissions = ['https://notfacebook.com/*']), /not on a Meta domain/],
    [
      'a content script elsewhere',
      (m) => (m.content_scripts = [{ matches: ['<all_urls>'], js: ['a.js'] }]),
      /content script matches/,
    ],
    [
      'a MAIN-world script',
      (m) => (m.content_scripts = [{ matches: ['*://*.facebook.com/*'], js: ['a.js'], world: 'MAIN' }]),
      /MAIN world/,
    ],
    [
      'a remote content script',
      (m) => (m.content_scripts = [{ matches: ['*://*.facebook.com/*'], js: ['https://cdn.example/x.js'] }]),
      /content script loads/,
    ],
    [
      'externally_connectable',
      (m) => (m.externally_connectable = { matches: ['https://*.facebook.com/*'] }),
      /externally_connectable/,
    ],
    ['update_url', (m) => (m.update_url = 'https://example.org/updates.xml'), /update_url/],
    [
      'resources for every site',
      (m) => (m.web_accessible_resources = [{ resources: ['x.png'], matches: ['<all_urls>'] }]),
      /web_accessible_resources/,
    ],
    ['no CSP', (m) => delete m.content_security_policy, /extension_pages is missing/],
    [
      'a remote script source',
      (m) => (m.content_security_policy = { extension_pages: `${STRICT_CSP}; script-src 'self' https://cdn.example` }),
      /script-src/,
    ],
    [
      'unsafe-eval',
      (m) =>
        (m.content_security_policy = {
          extension_pages: "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'",
        }),
      /unsafe-eval|script-src must/,
    ],
    [
      'network in connect-src',
      (m) => (m.content_security_policy = { extension_pages: `${STRICT_CSP}; connect-src https:` }),
      /connect-src/,
    ],
    [
      'a remote background',
      (m) => (m.background = { service_worker: 'https://example.org/bg.js' }),
      /background loads/,
    ],
    ['a missing icon', (m) => (m.icons = { 16: 'icon/16.png' }), /icons has no 32px icon/],
    ['MV2', (m) => (m.manifest_version = 2), /manifest_version/],
  ];
  it.each(bad)('rejects %s', (_, spoil, finding) => {
    const manifest = structuredClone(goodManifest('chrome'));
    spoil(manifest);
    const found = auditManifest(manifest, 'chrome');
    expect(
      found.some((f) => finding.test(f)),
      found.join('\n'),
    ).toBe(true);
  });

  it('rejects a Firefox manifest without its store settings', () => {
    const manifest = goodManifest('firefox');
    manifest.browser_specific_settings = { gecko: { strict_min_version: '115.0' } };
    expect(auditManifest(manifest, 'firefox')).toEqual(
      expect.arrayContaining([
        'gecko.id is missing',
        'gecko.strict_min_version must be >= 142',
        'gecko.data_collection_permissions.required must be ["none"]',
      ]),
    );
  });
});

describe('isMetaPattern', () => {
  it.each([
    ['*://*.facebook.com/*', true],
    ['https://www.instagram.com/accounts/*', true],
    ['https://facebook.com/*', true],
    ['*://*/*', false],
    ['<all_urls>', false],
    ['https://*.com/*', false],
    ['https://evilfacebook.com/*', false],
    ['file:///*', false],
    ['https://*.facebook.com:8080/*', false],
    ['*://help.meta.com/*', true],
    ['*://*.meta.com/*', false],
    ['*://www.meta.com/*', false],
  ])('%s → %s', (pattern, meta) => expect(isMetaPattern(pattern)).toBe(meta));
});

describe('auditCsp', () => {
  it('accepts the strict policy', () => expect(auditCsp(STRICT_CSP)).toEqual([]));
  it('treats a missing object-src as a finding', () =>
    expect(auditCsp("default-src 'self'; script-src 'self'")).toContain("CSP object-src must be 'none'"));
  it('rejects wildcards anywhere', () =>
    expect(auditCsp(`${STRICT_CSP}; img-src *`).join()).toMatch(/remote source: \*/));
});

describe('auditBundle', () => {
  const samples: Record<string, string> = {
    'assigns innerHTML/outerHTML': 'a.innerHTML=b',
    'calls insertAdjacentHTML': 'el.insertAdjacentHTML("beforeend",x)',
    'calls document.write': 'document.write(x)',
    'parses HTML strings': 'range.createContextualFragment(s)',
    'assigns srcdoc': 'f.srcdoc=s',
    'calls eval': 'eval(s)',
    'builds code with Function()': 'new Function("return 1")',
    'passes a string to a timer': 'setTimeout("alert(1)",1)',
    'uses fetch': 'fetch(u)',
    'uses XMLHttpRequest': 'new XMLHttpRequest',
    'opens a WebSocket': 'new WebSocket(u)',
    'opens an EventSource': 'new EventSource(u)',
    'sends a beacon': 'navigator.sendBeacon(u,d)',
    'opens a peer connection': 'new RTCPeerConnection()',
    'imports scripts': 'importScripts("x.js")',
    'imports from a URL': 'import("https://cdn.example/x.js")',
  };

  it('has a sample for every rule', () =>
    expect(Object.keys(samples).sort()).toEqual(JS_RULES.map((r) => r.name).sort()));

  it.each(Object.entries(samples))('finds code that %s', (rule, code) => {
    expect(auditBundle([{ path: 'x.js', text: `var q=1;${code};` }])).toContain(`x.js ${rule}`);
  });

  it('does not flag what Preact and minifiers legitimately emit', () => {
    const benign = [
      'f.__html==e.innerHTML',
      'if(a.innerHTML===b)c()',
      'isFunction(x)',
      'typeof x=="function"',
      'e.prefetch(x)',
      'createElementNS("http://www.w3.org/2000/svg","svg")',
      'open("https://www.facebook.com/help/contact/712876720715583")',
      'u="https://help.instagram.com/contact/767264225370182"',
    ].join(';');
    expect(auditBundle([{ path: 'x.js', text: benign }])).toEqual([]);
  });

  it('names URLs outside Meta’s domains', () => {
    expect(auditBundle([{ path: 'x.js', text: 'u="https://analytics.example.com/collect"' }])).toEqual([
      'x.js names a non-Meta URL: https://analytics.example.com',
    ]);
  });

  it('finds remote and inline scripts in HTML, and remote CSS', () => {
    const html =
      '<script src="https://cdn.example/a.js"></script><script>alert(1)</script><iframe src="x.html"></iframe>';
    expect(auditBundle([{ path: 'p.html', text: html }])).toEqual(
      expect.arrayContaining([
        'p.html: <script> loads https://cdn.example/a.js',
        'p.html: has an inline script',
        'p.html: has an <iframe>',
      ]),
    );
    expect(auditBundle([{ path: 's.css', text: '@font-face{src:url(https://fonts.example/f.woff2)}' }])).toHaveLength(
      1,
    );
    expect(auditBundle([{ path: 'p.html', text: '<script type="module" src="/chunks/popup.js"></script>' }])).toEqual(
      [],
    );
  });
});
