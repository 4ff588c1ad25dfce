import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { confirmationWatch } from './detect';
import { startObjectionFinder } from './finder';
import { watchAddedElements } from './observer';

// How often the observer's callback asks whether this script was orphaned (see `gate`).
const ORPHAN_CHECK_EVERY = 16;

/**
 * Runs on every Meta page. One observer feeds both features once per animation frame; the first scan
 * is the first batch (the whole body), and a changed URL (client-side navigation) re-judges the page.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  // Outline objection links, sections and forms; the guide panel on privacy pages.
  const finder = startObjectionFinder(ctx.signal);
  // Meta's confirmation in a Facebook notification (the form pages have their own script: forms.content.ts).
  const confirmations = confirmationWatch();
  let href = location.href;
  let judged = '';
  let callbacks = 0;

  /** A changed URL (pushState, back, forward): the next frame judges the new page from its whole body. */
  const checkUrl = () => {
    if (location.href === href) return false;
    href = location.href;
    if (document.body) queue(document.body);
    return true;
  };
  // The Navigation API where the browser has it: it announces client-side navigations itself.
  const navigation = (window as { navigation?: EventTarget }).navigation;

  // Asked by the observer's callback, so it does as little as it can: everything else waits for the frame.
  const gate = () => {
    // A disabled or updated extension leaves this script orphaned: reading isInvalid takes everything off the
    // page. The check asks the browser's extension bindings, so only every few callbacks (and every batch).
    callbacks += 1;
    if (callbacks % ORPHAN_CHECK_EVERY === 0 && ctx.isInvalid) return null;
    if (!navigation && checkUrl()) return null;
    return confirmations.watching() ? null : finder.gate();
  };

  const queue = watchAddedElements(
    document.documentElement,
    gate,
    (roots) => {
      if (ctx.isInvalid) return;
      if (judged !== href) {
        judged = href;
        finder.navigated();
        confirmations.navigated(href);
      }
      finder.added(roots);
      confirmations.added(roots);
    },
    ctx.signal,
  );
  if (navigation) navigation.addEventListener('currententrychange', checkUrl, { signal: ctx.signal });
  else window.addEventListener('popstate', checkUrl, { signal: ctx.signal });
  if (document.body) queue(document.body);

  void browser.runtime.sendMessage({ type: 'page-seen', url: location.href }).catch(() => {});
}
