import { FORM_PAGE_PATTERNS } from '@/catalog/pages';
import { startFormPage } from '@/content-scripts/forms';
import { compileCatalog } from '@/content-scripts/shared/matcher';

// Meta's form pages: the help-contact forms and the request portal (the form words ship only here).
export default defineContentScript({
  matches: [...FORM_PAGE_PATTERNS],
  runAt: 'document_idle',
  main() {
    startFormPage(compileCatalog());
  },
});
