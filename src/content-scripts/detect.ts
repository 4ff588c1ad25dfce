import { browser } from 'wxt/browser';
import { FORMS, pageLang } from '../catalog/forms';
import type { Target } from '../catalog/schema';
import { CATALOG } from '../catalog/targets';
import { platformOf } from '../core/hosts';
import type { Settings } from '../core/state';
import type { StepId } from '../core/steps';
import { mountFormAssist } from './form-assist';
import { targetForUrl } from './matcher';
import { hiddenByMarkup, hiddenByStyle, normalizeText, phraseMatcher, visibleText } from './text';

const SUCCESS = phraseMatcher(FORMS.success);
const CONFIRMATION = phraseMatcher(FORMS.confirmation);
const OBJECTION_STEPS: ReadonlySet<StepId> = new Set<StepId>(['fb-objection', 'ig-objection']);
// Facebook serves help forms at /help/contact/<id>, Instagram's help site at /contact/<id>.
const FORM_PATH = /^\/(?:help\/)?contact\/\d+/;

/** What a page is for tracking: an objection form, Facebook's notifications, or neither. */
export type TrackedPage = { kind: 'form'; step: StepId; formUrl: string } | { kind: 'notifications' } | null;

export function trackedPage(href: string): TrackedPage {
  const target: Target | null = targetForUrl(CATALOG, href, href);
  const url = new URL(href);
  if (target?.kind === 'form') {
    // The form's own address, also when Meta shows its success screen at a sub-path or with a query.
    const formPath = FORM_PATH.exec(url.pathname)?.[0] ?? url.pathname;
    return { kind: 'form', step: target.step, formUrl: `${url.origin}${formPath}` };
  }
  if (platformOf(url) === 'facebook' && url.pathname.startsWith('/notifications')) return { kind: 'notifications' };
  return null;
}

/** Which of Meta's statements `text` contains: the success screen, the confirmation, or none. */
export function statementIn(text: string): 'submitted' | 'confirmed' | null {
  const normal = normalizeText(text);
  if (CONFIRMATION?.test(normal)) return 'confirmed';
  if (SUCCESS?.test(normal)) return 'submitted';
  return null;
}

function report(step: StepId, status: 'opened' | 'submitted' | 'confirmed', url: string): void {
  void browser.runtime.sendMessage({ type: 'step-detected', step, status, url }).catch(() => {});
}

async function loadSettings(): Promise<Settings> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-form-settings' })) as
    | { ok: true; value: Settings }
    | { ok: false }
    | undefined;
  return reply?.ok ? reply.value : {};
}

/** The statement a reader can see under `root`: hidden decoy text does not count. */
function visibleStatement(root: Element): 'submitted' | 'confirmed' | null {
  const quick = statementIn(visibleText(root, hiddenByMarkup));
  return quick ? statementIn(visibleText(root, hiddenByStyle)) : null;
}

/**
 * Watches Meta's pages for what the checklist needs: an objection form opened (and offers to fill
 * it), Meta's success screen after the user sent it, and Meta's confirmation on the form or in a
 * Facebook notification. Follows client-side navigation; does nothing on other pages.
 */
export function startTracking(signal: AbortSignal): void {
  let href = '';
  let page: TrackedPage = null;
  let reported = new Set<string>();
  let assist: { remove: () => void } | null = null;
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const once = (step: StepId, status: 'opened' | 'submitted' | 'confirmed', url: string) => {
    if (reported.has(status)) return;
    reported.add(status);
    report(step, status, url);
  };

  const scan = (roots: Iterable<Element>) => {
    if (!page) return;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const seen = visibleStatement(root);
      if (!seen) continue;
      if (page.kind === 'form') {
        // A confirmation on the form page implies it was sent.
        once(page.step, 'submitted', page.formUrl);
        if (seen === 'confirmed') once(page.step, 'confirmed', page.formUrl);
      } else {
        once('fb-objection', 'confirmed', location.href);
      }
    }
  };

  const enter = () => {
    href = location.href;
    reported = new Set();
    assist?.remove();
    assist = null;
    page = trackedPage(href);
    if (!page) return;
    if (page.kind === 'form') {
      once(page.step, 'opened', page.formUrl);
      const lang = pageLang(document.documentElement.lang);
      assist = mountFormAssist(document, { lang, withReason: OBJECTION_STEPS.has(page.step), loadSettings });
    }
    if (document.body) scan([document.body]);
  };

  const flush = () => {
    timer = undefined;
    const roots = pending;
    pending = new Set();
    if (location.href !== href) enter();
    else scan(roots);
  };

  const observer = new MutationObserver((records) => {
    // Cheap on every page: only a URL change or, on a tracked page, the added nodes are looked at later.
    if (!page && location.href === href) return;
    for (const record of records) {
      if (record.type === 'characterData' && record.target.parentElement) pending.add(record.target.parentElement);
      for (const node of record.addedNodes) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el && el.localName !== 'objector-form-assist') pending.add(el);
      }
    }
    timer ??= setTimeout(flush, 150);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // When the extension reloads or updates, this copy of the script stops and leaves the page as it was.
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    assist?.remove();
    page = null;
  });
  enter();
}
