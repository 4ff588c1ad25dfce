import { FORM_PAGE_PATTERNS, SITE_PATTERNS } from '@/catalog/pages';
import { startMetaPage } from '@/content-scripts/meta';
import { compileCatalog } from '@/content-scripts/shared/matcher';

// Every Facebook and Instagram page but the form pages (forms.content.ts). It starts with the document, so
// the browser announces URL evidence as it renders (evidence.css, added to this script in wxt.config.ts).
export default defineContentScript({
  matches: [...SITE_PATTERNS],
  excludeMatches: [...FORM_PAGE_PATTERNS],
  runAt: 'document_start',
  main() {
    startMetaPage(compileCatalog());
  },
});
