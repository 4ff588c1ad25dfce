import { FORM_WORDS } from '../../catalog/form-words';
import type { Page } from '../../catalog/pages';
import type { Surface } from '../../catalog/schema';
import { SURFACES } from '../../catalog/surfaces';
import { normalizeText, type PhraseMatcher, phraseMatcher } from '../shared/text';

type Stems = 'object' | 'ai' | 'thirdParty' | 'not';

const matchers = new Map<Stems, PhraseMatcher | null>();

/** One part of every language's purpose stems, as one matcher: a page may carry the wrong `lang`. */
function matcher(part: Stems): PhraseMatcher | null {
  if (!matchers.has(part)) {
    matchers.set(
      part,
      phraseMatcher(Object.fromEntries(Object.entries(FORM_WORDS).map(([l, w]) => [l, w.purpose[part]]))),
    );
  }
  return matchers.get(part) ?? null;
}

/**
 * What a form page's stated purpose says it is: an objection to the use of information for AI at Meta (or
 * the third-party-information form), in any language of the catalog; null for anything else, such as
 * copyright, reporting content or ads forms, which may say "object" too.
 */
export function purposeOf(statement: string): 'objection' | 'third-party' | null {
  const text = normalizeText(statement);
  if (!matcher('object')?.test(text) || !matcher('ai')?.test(text) || matcher('not')?.test(text)) return null;
  return matcher('thirdParty')?.test(text) ? 'third-party' : 'objection';
}

/** A page's stated purpose: its title and its first headings. */
export function statedPurpose(doc: Document): string[] {
  const headings = [...doc.querySelectorAll('h1, h2, [role="heading"]')].slice(0, 4);
  return [doc.title, ...headings.map((h) => h.textContent ?? '')].filter((t) => t.trim());
}

const byId = (id: string) => SURFACES.find((s) => s.id === id) ?? null;

/**
 * The form a form page is: its known surface when the catalog knows its id (a known id always wins, also
 * when it is known not to be an objection), else what its title or headings say it is for. On Meta's
 * portal, which serves every product, the form is Instagram's when its purpose names Instagram only.
 */
export function recogniseForm(page: Page, doc: Document): Surface | null {
  if (page.kind !== 'form') return null;
  if (page.surface) return page.surface.kind === 'form' ? page.surface : null;
  for (const statement of statedPurpose(doc)) {
    const purpose = purposeOf(statement);
    if (purpose === 'third-party') return byId('third-party-form');
    if (purpose !== 'objection') continue;
    const text = normalizeText(doc.body?.textContent?.slice(0, 4000) ?? statement);
    const instagram =
      page.family === 'instagram' || (page.family === 'meta' && /instagram/.test(text) && !/facebook/.test(text));
    return byId(instagram ? 'ig-objection-form' : 'fb-objection-form');
  }
  return null;
}
