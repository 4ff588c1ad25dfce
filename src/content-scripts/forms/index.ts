import { browser } from 'wxt/browser';
import { pageLang } from '../catalog/forms';
import type { Settings } from '../core/state';
import type { StepId } from '../core/steps';
import { reportStep, type TrackedPage, trackedPage, visibleStatement } from './detect';
import { mountFormAssist } from './form-assist';

const OBJECTION_STEPS: ReadonlySet<StepId> = new Set<StepId>(['fb-objection', 'ig-objection']);

async function loadSettings(): Promise<Settings> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-form-settings' })) as
    | { ok: true; value: Settings }
    | { ok: false }
    | undefined;
  return reply?.ok ? reply.value : {};
}

/**
 * On Meta's help-contact form pages (their own content script: the assist's texts never ship to
 * other pages): reports the objection form opened, offers to fill it, and watches for Meta's success
 * screen and confirmation after the user sent it. Follows the form's own sub-paths (success screens).
 */
export function startFormPage(signal: AbortSignal): void {
  let href = '';
  let page: TrackedPage = null;
  let reported = new Set<string>();
  let assist: { remove: () => void } | null = null;
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const once = (step: StepId, status: 'opened' | 'submitted' | 'confirmed', url: string) => {
    if (reported.has(status)) return;
    reported.add(status);
    reportStep(step, status, url);
  };

  const scan = (roots: Iterable<Element>) => {
    if (page?.kind !== 'form') return;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const seen = visibleStatement(root);
      if (!seen) continue;
      // A confirmation on the form page implies it was sent.
      once(page.step, 'submitted', page.formUrl);
      if (seen === 'confirmed') once(page.step, 'confirmed', page.formUrl);
    }
  };

  const enter = () => {
    href = location.href;
    reported = new Set();
    assist?.remove();
    assist = null;
    page = trackedPage(href);
    if (page?.kind !== 'form') return;
    once(page.step, 'opened', page.formUrl);
    const lang = pageLang(document.documentElement.lang);
    assist = mountFormAssist(document, { lang, withReason: OBJECTION_STEPS.has(page.step), loadSettings });
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
