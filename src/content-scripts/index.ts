import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startTracking } from './detect';
import { startObjectionFinder } from './finder';

/** Runs on every Meta page; each feature gets the context's signal and stops when it aborts. */
export function startContentScript(ctx: ContentScriptContext): void {
  // Outline objection links, sections and forms; the guide panel on privacy pages.
  startObjectionFinder(ctx.signal, () => ctx.isInvalid);

  // Detect forms, Meta's success screen and confirmations; offer to fill the form.
  startTracking(ctx.signal);

  void browser.runtime.sendMessage({ type: 'page-seen', url: location.href }).catch(() => {});
}
