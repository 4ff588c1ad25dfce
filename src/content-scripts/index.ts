import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { confirmationWatch } from './detect';
import { startObjectionFinder } from './finder';
import { watchAddedElements } from './observer';

/**
 * Runs on every Meta page. One observer feeds both features once per animation frame; the first scan
 * is the first batch (the whole body), and a changed URL (client-side navigation) re-judges the page.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  // Outline objection links, sections and forms; the guide panel on privacy pages.
  const finder = startObjectionFinder(ctx.signal);
  // Meta's confirmation in a Facebook notification (the form pages have their own script: forms.content.ts).
  const confirmations = confirmationWatch();
  let href = '';
  let checkedAt = Number.NEGATIVE_INFINITY;

  const queue = watchAddedElements(
    document.documentElement,
    (roots) => {
      // A disabled or updated extension leaves this script orphaned: reading isInvalid takes everything off the
      // page. The check asks the browser's extension bindings, so it runs at most once a second.
      const now = performance.now();
      if (now - checkedAt > 1000) {
        checkedAt = now;
        if (ctx.isInvalid) return;
      } else if (ctx.signal.aborted) {
        return;
      }
      if (location.href !== href) {
        href = location.href;
        finder.navigated();
        confirmations.navigated(href);
        if (document.body) roots = [document.body];
      }
      finder.added(roots);
      confirmations.added(roots);
    },
    ctx.signal,
  );
  window.addEventListener('popstate', () => location.href !== href && document.body && queue(document.body), {
    signal: ctx.signal,
  });
  if (document.body) queue(document.body);

  void browser.runtime.sendMessage({ type: 'page-seen', url: location.href }).catch(() => {});
}
