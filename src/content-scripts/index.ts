import { browser } from 'wxt/browser';
import { CATALOG } from '../catalog/targets';
import { highlight } from './highlight';
import { findObjectionTargets } from './matcher';

/** Runs on every Meta page: marks objection targets and tells the background the page was seen. */
export function startContentScript(): void {
  const scan = () => {
    for (const [el, target] of findObjectionTargets(document, CATALOG, location.href)) highlight(el, target);
  };
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  void browser.runtime.sendMessage({ type: 'page-seen', url: location.href }).catch(() => {});
}
