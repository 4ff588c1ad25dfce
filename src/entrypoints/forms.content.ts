import { startFormPage } from '@/content-scripts/form-page';
import { FORM_PAGE_PATTERNS } from '@/core/hosts';

export default defineContentScript({
  matches: [...FORM_PAGE_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    startFormPage(ctx.signal);
  },
});
