import { SITE_PATTERNS } from '@/catalog/pages';

/** The bench's baseline content script (see wxt.config.ts): WXT's wrapper around nothing. */
export default defineContentScript({
  matches: [...SITE_PATTERNS],
  runAt: 'document_idle',
  main() {},
});
