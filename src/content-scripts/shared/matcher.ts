import type { Catalog, HostFamily, Role, Target } from '../catalog/schema';
import {
  exactSet,
  hiddenByMarkup,
  hiddenByStyle,
  normalizeText,
  type PhraseMatcher,
  phraseMatcher,
  visibleText,
} from './text';

/** Meta's host family of a URL, by registrable domain: any subdomain (de-de., m., help., privacycenter.) counts. */
export function hostFamilyOf(url: URL): HostFamily | null {
  const host = url.hostname.toLowerCase();
  for (const family of ['facebook', 'instagram', 'whatsapp'] as const) {
    if (host === `${family}.com` || host.endsWith(`.${family}.com`)) return family;
  }
  return null;
}

// Facebook serves help forms at /help/contact/<id>, Instagram's help site at /contact/<id>.
export const FORM_PATH = /^\/(?:help\/)?contact\/(\d+)(?:\/|$)/;

function parseUrl(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function targetForParsedUrl(catalog: Catalog, url: URL): Target | null {
  const family = hostFamilyOf(url);
  if (!family) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  const formId = FORM_PATH.exec(path)?.[1];
  for (const target of catalog) {
    if (!target.hosts.includes(family)) continue;
    if (formId && target.forms?.includes(formId)) return target;
    if (target.paths.some((p) => path === p || path.startsWith(`${p}/`))) return target;
  }
  return null;
}

/** The catalog target a URL leads to, by host family and path or form id; query and locale subdomain ignored. */
export function targetForUrl(catalog: Catalog, href: string, base: string): Target | null {
  const url = parseUrl(href, base);
  return url ? targetForParsedUrl(catalog, url) : null;
}

interface WordRule {
  target: Target;
  roles: readonly Role[];
  phrases: PhraseMatcher | null;
  exact: ReadonlySet<string>;
}

/** The catalog prepared once for fast matching: regular expressions and the cheap URL pre-check. */
export interface CompiledCatalog {
  catalog: Catalog;
  /** Word rules, built on first use: only Meta's known pages read words, so a feed never pays for them. */
  readonly rules: WordRule[];
  /** Lower-case substrings one of which every catalog URL contains: most hrefs are rejected without parsing. */
  needles: string[];
  formIds: ReadonlyMap<string, Target>;
  /**
   * The candidates on an ordinary page (feed, profile, group): elements whose href holds URL evidence,
   * and forms. Words do not count there (see `matchElement`), so the browser's selector engine does the
   * filtering and the script only sees the few hits. See `pageCandidatesIn`.
   */
  ordinarySelector: string;
  /** The same selector as separate compounds, each led by a tag name (see `ordinaryCandidatesIn`). */
  ordinaryCompounds: readonly string[];
}

export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const needles = new Set(['/contact/']);
  const formIds = new Map<string, Target>();
  for (const target of catalog) {
    for (const p of target.paths) needles.add(p.split('/').slice(0, 2).join('/'));
    for (const id of target.forms ?? []) if (!formIds.has(id)) formIds.set(id, target);
  }
  let rules: WordRule[] | null = null;
  const ordinaryCompounds = ordinarySelectors([...needles]);
  return {
    catalog,
    get rules() {
      rules ??= catalog
        .filter((target) => target.words || target.exactWords)
        .map((target) => ({
          target,
          roles: target.roles ?? ['link', 'button'],
          phrases: phraseMatcher(target.words),
          exact: exactSet(target.exactWords),
        }));
      return rules;
    },
    needles: [...needles],
    formIds,
    ordinarySelector: ordinaryCompounds.join(','),
    ordinaryCompounds,
  };
}

/**
 * Every catalog URL holds one of the needles ("/privacy", "/help", "/contact/", ...), in lower case as
 * Meta writes its links; without the leading slash relative hrefs count too. One compound per tag name:
 * the selector engine rejects the other 20,000 elements of a feed by their tag before any substring
 * test, and a case-sensitive test costs a quarter of a case-insensitive one. `matchElement` then
 * judges the few hits precisely. Within CANDIDATE_SELECTOR: a subset of what the exhaustive scan judges.
 */
function ordinarySelectors(needles: readonly string[]): string[] {
  const bare = [...new Set(needles.map((n) => n.replace(/^\/|\/$/g, '')))];
  // A needle that holds a shorter one adds nothing: "policy.php" is found by "policy".
  const evidence = bare.filter((n) => !bare.some((m) => m !== n && n.includes(m))).map((n) => `[href*="${n}"]`);
  return [`a:is(${evidence.join(',')})`, `area:is(${evidence.join(',')})`, 'form'];
}

/** Where the page is: its host family and, when it is a known Meta page, its catalog target. */
export interface PageContext {
  href: string;
  family: HostFamily | null;
  target: Target | null;
}

export function pageContext(compiled: CompiledCatalog, href: string): PageContext {
  const url = parseUrl(href, href);
  return {
    href,
    family: url ? hostFamilyOf(url) : null,
    target: url ? targetForParsedUrl(compiled.catalog, url) : null,
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

/** The href of a link that navigates somewhere (not "#", not a script); only links carry one. */
function realHref(el: Element): string | null {
  if (el.tagName !== 'A' && el.tagName !== 'AREA') return null;
  const href = el.getAttribute('href');
  if (!href || href === '#' || /^\s*javascript:/i.test(href)) return null;
  return href;
}

function formTarget(compiled: CompiledCatalog, form: Element, page: PageContext): Target | null {
  const id = form.querySelector('input[name="support_form_id"]')?.getAttribute('value');
  const byId = id ? compiled.formIds.get(id) : undefined;
  if (byId) return byId.kind === 'form' ? byId : null;
  // On a form page, the form the user fills (not the search box in the header).
  if (
    page.target?.kind === 'form' &&
    form.querySelector('textarea,input[type="email"],input[type="radio"],[name^="Field"]')
  ) {
    return page.target;
  }
  return null;
}

function wordsTarget(compiled: CompiledCatalog, text: string, role: Role, page: PageContext): Target | null {
  if (!text || !page.family) return null;
  const onPrivacyPage = page.target !== null;
  for (const rule of compiled.rules) {
    if (!rule.target.hosts.includes(page.family) || !rule.roles.includes(role)) continue;
    // A section heading only means something on Meta's privacy pages.
    if (rule.target.kind === 'section' && !onPrivacyPage) continue;
    if (rule.phrases?.test(text)) return rule.target;
    if (onPrivacyPage && rule.exact.has(text)) return rule.target;
  }
  return null;
}

/**
 * The target one element leads to, or null. URL evidence first (href, form id), then the element's
 * role with its accessible name, then its visible words; hidden decoy text never counts.
 */
export function matchElement(compiled: CompiledCatalog, el: Element, page: PageContext): Target | null {
  if (el.tagName === 'FORM') return formTarget(compiled, el, page);
  const href = realHref(el);
  let judgedByUrl = false;
  if (href) {
    const lower = href.toLowerCase();
    if (compiled.needles.some((n) => lower.includes(n))) {
      const url = parseUrl(href, page.href);
      const target = url ? targetForParsedUrl(compiled.catalog, url) : null;
      if (target) return target.kind === 'context' ? null : target;
      // A help-contact form we do not know yet may still be an objection form: let its words decide.
      judgedByUrl = !(url && hostFamilyOf(url) && FORM_PATH.test(url.pathname));
    } else {
      judgedByUrl = true;
    }
    // A link that leaves Meta is never the way to object, whatever its words (privacy pages link out too).
    if (page.target !== null) {
      const url = parseUrl(href, page.href);
      if (!url || !hostFamilyOf(url)) return null;
    }
  }
  // Outside Meta's known pages only URL evidence counts: a post, an article or a button's words never match
  // there, and the feed costs no text reading (an unknown help form's link is the one exception, above).
  if (page.target === null && (judgedByUrl || !href)) return null;
  const role = roleOf(el);
  if (!role) return null;
  const label = el.getAttribute('aria-label');
  if (label?.trim()) {
    const byLabel = wordsTarget(compiled, normalizeText(label), role, page);
    return byLabel && !hiddenByStyle(el) ? byLabel : null;
  }
  const raw = el.textContent ?? '';
  if (raw.length < 2 || raw.length > MAX_LABEL_LENGTH) return null;
  const found = wordsTarget(compiled, normalizeText(raw), role, page);
  if (found) {
    // Confirm on what a reader sees: hidden spans must not make a match.
    return wordsTarget(compiled, normalizeText(visibleText(el, hiddenByStyle)), role, page);
  }
  if (!el.firstElementChild) return null;
  // Hidden letters inside a word break the raw text; on privacy pages look again without them.
  if (page.target !== null) {
    return wordsTarget(compiled, normalizeText(visibleText(el, hiddenByStyle)), role, page);
  }
  // Elsewhere only letters hidden by the markup itself are left out (no style computation on feeds).
  const markupText = visibleText(el, hiddenByMarkup);
  if (markupText.length === raw.length || !wordsTarget(compiled, normalizeText(markupText), role, page)) return null;
  return wordsTarget(compiled, normalizeText(visibleText(el, hiddenByStyle)), role, page);
}

/**
 * The candidates under `root` worth judging on `page`. On Meta's known pages (privacy, policy, help
 * forms: small pages where words count) every candidate; everywhere else only those the matcher may
 * accept there: URL evidence (see `ordinarySelectors`).
 */
export function pageCandidatesIn(compiled: CompiledCatalog, page: PageContext, root: Element | Document): Element[] {
  return page.target ? candidatesIn(root) : ordinaryCandidatesIn(compiled, root);
}

/**
 * What `ordinarySelector` selects under `root`, one query per compound: a query led by a single tag
 * name takes the engine's fast path (about 0.2 ms over a 20,000-element feed, against 3 ms for the list
 * as one selector), and the script only ever touches the few hits.
 */
export function ordinaryCandidatesIn(compiled: CompiledCatalog, root: Element | Document): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.matches(compiled.ordinarySelector)) found.push(root);
  for (const compound of compiled.ordinaryCompounds) for (const el of root.querySelectorAll(compound)) found.push(el);
  return found;
}

/** Candidate elements in and around `root` (root itself, its descendants). */
export function candidatesIn(root: Element | Document, selector: string = CANDIDATE_SELECTOR): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  for (const el of root.querySelectorAll(selector)) found.push(el);
  return found;
}

const compiledCache = new WeakMap<Catalog, CompiledCatalog>();

/**
 * Every element under `root` that leads to an outlined catalog target (context pages are not outlined).
 * `exhaustive` judges every candidate, whatever the page: the reference the page's selector is tested against.
 */
export function findObjectionTargets(
  root: Element | Document,
  catalog: Catalog,
  base: string,
  exhaustive = false,
): Array<[Element, Target]> {
  let compiled = compiledCache.get(catalog);
  if (!compiled) {
    compiled = compileCatalog(catalog);
    compiledCache.set(catalog, compiled);
  }
  const page = pageContext(compiled, base);
  const found: Array<[Element, Target]> = [];
  for (const el of exhaustive ? candidatesIn(root) : pageCandidatesIn(compiled, page, root)) {
    const target = matchElement(compiled, el, page);
    if (target) found.push([el, target]);
  }
  return found;
}
