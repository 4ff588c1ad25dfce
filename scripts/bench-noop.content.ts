import { META_HOST_PATTERNS } from '@/core/hosts';

/** The bench's baseline content script (see wxt.config.ts): WXT's wrapper around nothing. */
export default defineContentScript({
  matches: [...META_HOST_PATTERNS],
  runAt: 'document_idle',
  main() {},
});
