import { describe, expect, it } from 'vitest';
import { extensionRequestFinding } from '../e2e/request-watch';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

describe('extensionRequestFinding', () => {
  it.each([
    ['the service worker', { serviceWorkerUrl: `${EXT}/background.js` }, 'service worker'],
    ['an extension page', { frameUrl: `${EXT}/popup.html` }, 'extension page'],
    [
      'a content script',
      { frameUrl: 'https://www.facebook.com/', initiatorUrls: ['', `${EXT}/content-scripts/meta.js`] },
      'content script',
    ],
    ['a Firefox extension page', { frameUrl: 'moz-extension://1234/popup.html' }, 'extension page'],
  ])('reports a request from %s', (_, from, source) => {
    const finding = extensionRequestFinding({ url: 'https://tracker.example/collect', isNavigation: false, ...from });
    expect(finding).toBe(
      `${source} ${Object.values(from)
        .flat()
        .find((u) => u.includes('-extension://'))} requested https://tracker.example/collect`,
    );
  });

  it('reports a websocket and a navigation away from Meta', () => {
    expect(
      extensionRequestFinding({ url: 'wss://x.example/', isNavigation: false, frameUrl: `${EXT}/popup.html` }),
    ).not.toBeNull();
    expect(
      extensionRequestFinding({ url: 'https://x.example/', isNavigation: true, frameUrl: `${EXT}/popup.html` }),
    ).not.toBeNull();
  });

  it.each([
    [
      'the page’s own requests',
      {
        url: 'https://www.facebook.com/ajax',
        isNavigation: false,
        frameUrl: 'https://www.facebook.com/',
        initiatorUrls: ['https://static.xx.fbcdn.net/a.js'],
      },
    ],
    [
      'the extension loading its own files',
      { url: `${EXT}/chunks/popup.js`, isNavigation: false, frameUrl: `${EXT}/popup.html` },
    ],
    ['a data: URL', { url: 'data:image/png;base64,AAAA', isNavigation: false, frameUrl: `${EXT}/popup.html` }],
    [
      'opening one of Meta’s forms on the user’s click',
      {
        url: 'https://www.facebook.com/help/contact/712876720715583',
        isNavigation: true,
        frameUrl: `${EXT}/popup.html`,
      },
    ],
  ])('ignores %s', (_, request) => {
    expect(extensionRequestFinding(request)).toBeNull();
  });
});
