import { SITE_PATTERNS } from '@/catalog/pages';

/**
 * The bench's floor (see wxt.config.ts): the least any content script that watches added nodes can do.
 * One MutationObserver (childList + subtree) whose callback reads every added node and keeps none.
 * What it costs is what the browser charges for handing mutations to an extension's isolated world.
 */
export default defineContentScript({
  matches: [...SITE_PATTERNS],
  runAt: 'document_idle',
  main() {
    let last: Node | null = null;
    new MutationObserver((records) => {
      for (let i = 0; i < records.length; i++) {
        const added = (records[i] as MutationRecord).addedNodes;
        for (let j = 0; j < added.length; j++) last = added[j] ?? last;
      }
      last = null;
    }).observe(document.documentElement, { childList: true, subtree: true });
  },
});
