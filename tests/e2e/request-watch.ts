// Watches every request in a test browser and attributes it: the promise is that none comes from
// the extension itself (service worker, its pages, its content scripts). Page and replica traffic is fine.
import type { BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import { classifyPage } from '../../src/catalog/pages';

export interface ObservedRequest {
  url: string;
  isNavigation: boolean;
  /** URL of the frame that made it (extension pages have chrome-extension:// frames). */
  frameUrl?: string;
  /** URL of the service worker that made it. */
  serviceWorkerUrl?: string;
  /** Script URLs on the initiating stack (content scripts run in the page's frame, so only the stack tells). */
  initiatorUrls?: string[];
}

const isExtensionUrl = (url: string | undefined) => !!url && /^(?:chrome|moz)-extension:\/\//.test(url);
const isNetworkUrl = (url: string) => /^(?:https?|wss?|ftp):/i.test(url);

/** Why this request breaks the promise, or null when it is not the extension's own traffic. */
export function extensionRequestFinding(request: ObservedRequest): string | null {
  if (!isNetworkUrl(request.url)) return null;
  let source: string | null = null;
  if (isExtensionUrl(request.serviceWorkerUrl)) source = `service worker ${request.serviceWorkerUrl}`;
  else if (isExtensionUrl(request.frameUrl)) source = `extension page ${request.frameUrl}`;
  else {
    const script = request.initiatorUrls?.find(isExtensionUrl);
    if (script) source = `content script ${script}`;
  }
  if (!source) return null;
  // Opening one of Meta's pages when the user clicks is navigation, not traffic of our own.
  if (request.isNavigation && classifyPage(request.url)) return null;
  return `${source} requested ${request.url}`;
}

interface Initiator {
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((f) => f.url));
  return urls;
}

function fromPlaywright(request: Request): ObservedRequest {
  let frameUrl: string | undefined;
  try {
    frameUrl = request.frame().url();
  } catch {
    // Service-worker requests have no frame.
  }
  return {
    url: request.url(),
    isNavigation: request.isNavigationRequest(),
    frameUrl,
    serviceWorkerUrl: request.serviceWorker()?.url(),
  };
}

/**
 * Starts watching `context`: Playwright's request events cover the service worker and extension
 * pages; a CDP session per tab reads each request's initiator stack to catch content scripts.
 */
export function watchExtensionRequests(context: BrowserContext): { findings: () => string[] } {
  const findings: string[] = [];
  const note = (request: ObservedRequest) => {
    const finding = extensionRequestFinding(request);
    if (finding) findings.push(finding);
  };
  context.on('request', (request) => note(fromPlaywright(request)));

  const attach = async (page: Page) => {
    let cdp: CDPSession;
    try {
      cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event) =>
        note({
          url: event.request.url,
          isNavigation: event.type === 'Document',
          initiatorUrls: stackUrls(event.initiator as Initiator),
        }),
      );
      await cdp.send('Network.enable');
    } catch {
      // The tab closed before the session attached: it cannot have run a content script.
    }
  };
  context.on('page', (page) => void attach(page));
  for (const page of context.pages()) void attach(page);
  return { findings: () => [...findings] };
}
