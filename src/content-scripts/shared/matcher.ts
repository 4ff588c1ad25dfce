import { evidenceSelectors, urlNeedles } from '../../catalog/evidence';
import { formOf, hostFamilyOf, type Page, parseUrl, surfaceForUrl, wordsCount } from '../../catalog/pages';
import type { Role, Surface, Surfaces } from '../../catalog/schema';
import { SURFACES } from '../../catalog/surfaces';
import { exactWords, strongWords } from '../../catalog/words';
import { exactSet, hiddenByStyle, normalizeText, type PhraseMatcher, phraseMatcher, visibleText } from './text';

/** Why an element was matched, strongest first: its URL, its form's id, its accessible name, its words. */
export type MatchEvidence = 'url' | 'form-id' | 'form-page' | 'label' | 'words' | 'exact-words';

export interface Match {
  surface: Surface;
  by: MatchEvidence;
}

interface WordRule {
  surface: Surface;
  roles: readonly Role[];
  phrases: PhraseMatcher | null;
  exact: ReadonlySet<string>;
}

/** The catalog prepared once for fast matching: regular expressions and the cheap URL pre-check. */
export interface CompiledCatalog {
  surfaces: Surfaces;
  /** Word rules, built on first use: only Meta's known pages read words, so a feed never pays for them. */
  readonly rules: WordRule[];
  /** Lower-case substrings one of which every catalog URL contains: most hrefs are rejected without parsing. */
  needles: string[];
  formIds: ReadonlyMap<string, Surface>;
  /** The elements that may hold URL evidence: links whose href holds a needle (see catalog/evidence.ts). */
  evidenceSelector: string;
}

export function compileCatalog(surfaces: Surfaces = SURFACES): CompiledCatalog {
  const needles = urlNeedles(surfaces);
  const formIds = new Map<string, Surface>();
  for (const surface of surfaces) for (const id of surface.forms ?? []) if (!formIds.has(id)) formIds.set(id, surface);
  let rules: WordRule[] | null = null;
  return {
    surfaces,
    get rules() {
      rules ??= surfaces.flatMap((surface) =>
        surface.words
          ? [
              {
                surface,
                roles: surface.roles ?? ['link', 'button'],
                phrases: phraseMatcher(strongWords(surface.words)),
                exact: exactSet(exactWords(surface.words)),
              },
            ]
          : [],
      );
      return rules;
    },
    needles,
    formIds,
    evidenceSelector: evidenceSelectors(needles).join(','),
  };
}

/** Elements that may be a target: links and buttons however Meta builds them, accordion toggles, forms. */
export const CANDIDATE_SELECTOR = 'a[href],area[href],[role="link"],[role="button"],button,[aria-expanded],form';

/** Longer texts are paragraphs or whole posts, not the label of a link. */
const MAX_LABEL_LENGTH = 200;

function roleOf(el: Element): Role | null {
  const role = el.getAttribute('role');
  if (role === 'link' || role === 'button') return role;
  if (role) return null;
  if (el.tagName === 'A') return 'link';
  if (el.tagName === 'BUTTON' || el.hasAttribute('aria-expanded')) return 'button';
  return null;
}

/**
 * The href of a link, when it has one that navigates: null for none, "#" and scripts (a link a page script
 * drives, judged by its words), `same-page` for a jump to a part of the page itself.
 */
function realHref(el: Element): string | null | 'same-page' {
  if (el.tagName !== 'A' && el.tagName !== 'AREA') return null;
  const href = el.getAttribute('href')?.trim();
  if (!href || href === '#' || /^javascript:/i.test(href)) return null;
  return href.startsWith('#') ? 'same-page' : href;
}

/** The form a user fills on a form page (not the search box in the header), by its fields. */
const FILLED_FORM = 'textarea,input[type="email"],input[type="radio"],[name^="Field"]';

function formMatch(compiled: CompiledCatalog, form: Element, page: Page, pageForm: Surface | null): Match | null {
  const id = form.querySelector('input[name="support_form_id"]')?.getAttribute('value');
  const byId = id ? compiled.formIds.get(id) : undefined;
  if (byId) return byId.kind === 'form' ? { surface: byId, by: 'form-id' } : null;
  if (page.kind === 'form' && pageForm?.kind === 'form' && form.querySelector(FILLED_FORM)) {
    return { surface: pageForm, by: 'form-page' };
  }
  return null;
}

function wordsMatch(compiled: CompiledCatalog, text: string, role: Role, page: Page, by: MatchEvidence) {
  if (!text) return null;
  // Elsewhere than Meta's known pages (a link to an unknown form on a feed), only strong phrases count.
  const known = wordsCount(page);
  for (const rule of compiled.rules) {
    if (!rule.surface.hosts.includes(page.family) || !rule.roles.includes(role)) continue;
    if (rule.surface.kind === 'section' && !known) continue;
    if (rule.phrases?.test(text)) return { surface: rule.surface, by };
    if (known && rule.exact.has(text)) return { surface: rule.surface, by: 'exact-words' as const };
  }
  return null;
}

/**
 * The surface one element leads to, and why, or null. URL evidence first (href, form id), then, where
 * words count (Meta's privacy, help and portal pages), the element's role with its accessible name, then
 * its visible words; hidden decoy text never counts. `pageForm` is the form a form page was recognised as
 * (by its id or its stated purpose); context surfaces are never outlined.
 */
export function matchElement(
  compiled: CompiledCatalog,
  el: Element,
  page: Page,
  pageForm: Surface | null = page.surface,
): Match | null {
  if (el.tagName === 'FORM') return formMatch(compiled, el, page, pageForm);
  const href = realHref(el);
  if (href === 'same-page') return null;
  if (href) {
    const url = parseUrl(href, page.href);
    // A link that leaves Meta is never the way to object, whatever its words (privacy pages link out too).
    if (!url || !hostFamilyOf(url)) return null;
    // A link within the page itself (a table of contents) only scrolls: it leads nowhere new.
    if (url.origin === page.url.origin && url.pathname === page.url.pathname) return null;
    const lower = href.toLowerCase();
    const surface = compiled.needles.some((n) => lower.includes(n)) ? surfaceForUrl(url, compiled.surfaces) : null;
    if (surface) return surface.kind === 'context' ? null : { surface, by: 'url' };
    // Outside Meta's known pages only URL evidence counts, except a form Objector does not know yet,
    // whose link's words may still say it is the objection form.
    if (!wordsCount(page) && !formOf(url)) return null;
  } else if (!wordsCount(page)) {
    return null;
  }
  const role = roleOf(el);
  if (!role) return null;
  const label = el.getAttribute('aria-label');
  if (label?.trim()) {
    const byLabel = wordsMatch(compiled, normalizeText(label), role, page, 'label');
    return byLabel && !hiddenByStyle(el) ? byLabel : null;
  }
  const raw = el.textContent ?? '';
  if (raw.length < 2 || raw.length > MAX_LABEL_LENGTH) return null;
  const found = wordsMatch(compiled, normalizeText(raw), role, page, 'words');
  // Confirm on what a reader sees: hidden spans must not make a match, and hidden letters inside a word
  // must not break one.
  if (found || el.firstElementChild) {
    return wordsMatch(compiled, normalizeText(visibleText(el, hiddenByStyle)), role, page, 'words');
  }
  return null;
}

/**
 * The candidates under `root` worth judging on `page`: on Meta's known pages (small pages where words
 * count) every candidate; on ordinary ones only what may hold URL evidence.
 */
export function candidatesIn(compiled: CompiledCatalog, page: Page, root: Element | Document): Element[] {
  const selector = wordsCount(page) ? CANDIDATE_SELECTOR : compiled.evidenceSelector;
  const found: Element[] = [];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  for (const el of root.querySelectorAll(selector)) found.push(el);
  return found;
}
