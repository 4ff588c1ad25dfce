import { CATALOG } from '@/catalog/targets';
import { compileCatalog, ordinaryCandidatesIn } from '@/content-scripts/matcher';
import { META_HOST_PATTERNS } from '@/core/hosts';

/**
 * The bench's first-scan floor (see wxt.config.ts): Objector's own query for URL evidence over the whole
 * page, in the first animation frame, and nothing else: no judging, no outline, no observer. What it costs
 * is what any first scan of an ordinary Facebook page costs before it draws anything.
 */
export default defineContentScript({
  matches: [...META_HOST_PATTERNS],
  runAt: 'document_idle',
  main() {
    const compiled = compileCatalog(CATALOG);
    requestAnimationFrame(() => {
      (globalThis as { candidates?: number }).candidates = ordinaryCandidatesIn(compiled, document.body).length;
    });
  },
});
