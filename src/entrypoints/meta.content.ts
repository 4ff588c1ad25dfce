import { startContentScript } from '@/content-scripts';
import { META_HOST_PATTERNS } from '@/core/hosts';

export default defineContentScript({
  matches: [...META_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
