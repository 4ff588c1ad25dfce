import { browser } from 'wxt/browser';
import { classifyPage } from '../../catalog/pages';
import type { Replies } from '../../core/messages';
import { send } from '../../core/messaging';
import type { CompiledCatalog } from './matcher';
import type { Outline } from './outline/outline';
import { answerReportRequests, buildReport, reportText } from './report';
import { type Feature, type Watcher, watchPage } from './watcher';

/**
 * Whether the extension is still there. An extension that was disabled, removed or updated leaves its
 * content scripts orphaned, without `runtime.id`; they then take everything off the page. (WXT's own
 * context is not used for this: a page's script can fire the event it listens for and switch it off.)
 */
export const extensionAlive = (): boolean => browser.runtime?.id !== undefined;

/** What a content script's features share on a page. */
export interface ScriptContext {
  compiled: CompiledCatalog;
  /** The background's answer to this page being shown: the account, and a submission waiting for Meta's answer. */
  seen: Promise<Replies['page-seen'] | null>;
  /** The features' wants may have changed: the watcher asks them again. */
  refresh: () => void;
}

/**
 * Starts a content script: tells the background the page was shown, runs the features on the page's one
 * watcher, answers the extension's request for a problem report, and takes everything off the page when
 * the extension goes away.
 */
export function startContentScript(
  compiled: CompiledCatalog,
  build: (context: ScriptContext) => { features: Feature[]; outline: Outline },
  options: { evidenceAnimation?: string } = {},
): void {
  const seen = send({ type: 'page-seen', url: location.href }).catch(() => null);
  let watcher: Watcher | null = null;
  const { features, outline } = build({ compiled, seen, refresh: () => watcher?.refresh() });
  const life = new AbortController();
  watcher = watchPage(features, {
    classify: (href) => classifyPage(href),
    evidenceSelector: compiled.evidenceSelector,
    ...options,
    alive: () => {
      if (extensionAlive()) return true;
      life.abort();
      outline.destroy();
      return false;
    },
  });
  answerReportRequests(
    browser.runtime as unknown as Parameters<typeof answerReportRequests>[0],
    () => {
      const page = classifyPage(location.href);
      return page
        ? reportText(buildReport(document, page, outline.marks(), browser.runtime.getManifest().version))
        : null;
    },
    life.signal,
  );
}
