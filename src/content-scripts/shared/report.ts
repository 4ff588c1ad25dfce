import { classifyPage, formOf, hostFamilyOf, type Page, parseUrl } from '../../catalog/pages';
import { accessibleName, CHROME, isShown } from './form-structure';
import type { Match } from './matcher';

/*
 * "Report a problem with this page": a short description of a Meta page that Objector got wrong, built on
 * the user's request and shown to them before they share it. It holds what a developer needs (the page's
 * address without query values, its language, what Objector marked and why, the candidate links, buttons,
 * headings and fields of Meta's privacy, help and form pages) and nothing of the person: no names, no
 * e-mail addresses, no form values, nothing from feeds or posts. tests/unit/report.test.ts proves it.
 */

export interface ReportItem {
  role: 'link' | 'button' | 'heading' | 'field';
  /** Where a link leads: host family and path (known Meta routes only), query keys without values. */
  to?: string;
  /** Visible words, or a field's label; scrubbed. */
  words?: string;
  /** A field's type and name attribute, never its value. */
  field?: string;
}

export interface PageReport {
  version: string;
  page: string;
  kind: Page['kind'];
  lang: string | null;
  marked: Array<ReportItem & { step: string; surface: string; evidence: Match['by'] }>;
  candidates: ReportItem[];
}

const EMAIL = /[^\s@<>()[\]"']+@[^\s@<>()[\]"']+\.[a-z]{2,}/gi;
const PHONE_OR_ID = /\+?\d[\d\s./-]{4,}\d/g;
const MAX_WORDS = 80;
const MAX_CANDIDATES = 120;
/** Where people are: their posts, comments, messages, profiles. Nothing in them is reported. */
const PERSONAL = '[role="article"],[role="feed"],[role="complementary"],[role="contentinfo"],[contenteditable]';
/** Meta's own routes: a path that starts otherwise may be a person's or a page's name. */
const KNOWN_ROUTES = new Set([
  'privacy',
  'policy',
  'policies',
  'policy.php',
  'help',
  'contact',
  'requests',
  'support',
  'legal',
  'settings',
  'accounts',
  'about',
  'notifications',
  'dialog',
  'info_and_permissions',
  'your_information_and_permissions',
]);

/** A URL as the report shows it: no query values, no fragment; a path not of Meta's own routes left out. */
export function reportedAddress(url: URL): string {
  const family = hostFamilyOf(url) ?? 'elsewhere';
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase() ?? '';
  const formId = formOf(url)?.id;
  const known = segments.length === 0 || KNOWN_ROUTES.has(first) || formId !== undefined;
  const path = known
    ? `/${segments.map((s) => (/^\d+$/.test(s) && s !== formId ? '[number]' : s)).join('/')}`
    : '/[not a Meta page of its own]';
  const keys = [...new Set(url.searchParams.keys())].map((k) => scrub(k, []));
  return `${url.protocol === 'https:' ? '' : 'http '}${family}:${path}${keys.length ? `?${keys.join('&')}` : ''}`;
}

/** Text as the report may carry it: the page's known personal strings, e-mail addresses and long numbers removed. */
export function scrub(text: string, personal: readonly string[]): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const p of personal) if (p) out = out.split(p).join('[name]');
  out = out.replace(EMAIL, '[e-mail]').replace(PHONE_OR_ID, '[number]');
  return out.length > MAX_WORDS ? `${out.slice(0, MAX_WORDS - 1)}…` : out;
}

/**
 * The names a Meta page shows of people: profile links and pictures (the account's own name in the header
 * among them). Each whole name and each of its words are left out of every text of the report.
 */
export function personalStrings(doc: Document, base: string): string[] {
  const found = new Set<string>();
  const add = (text: string | null | undefined) => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim();
    if (t.length < 2 || t.length > 80) return;
    found.add(t);
    for (const word of t.split(' ')) if (word.length >= 3) found.add(word);
  };
  for (const a of doc.querySelectorAll('a[href]')) {
    const url = parseUrl(a.getAttribute('href') ?? '', base);
    const page = url ? classifyPage(url.href) : null;
    if (page?.kind !== 'ordinary' || !url || url.pathname === '/') continue;
    if (KNOWN_ROUTES.has(url.pathname.split('/')[1]?.toLowerCase() ?? '')) continue;
    add(a.textContent);
    add(a.getAttribute('aria-label'));
  }
  for (const el of doc.querySelectorAll('img[alt], [role="img"][aria-label], svg[aria-label], image[aria-label]')) {
    add(el.getAttribute('alt') ?? el.getAttribute('aria-label'));
  }
  for (const brand of ['Meta', 'Facebook', 'Instagram', 'WhatsApp', 'Messenger', 'Threads']) found.delete(brand);
  // Longest first, so a whole name goes before its words.
  return [...found].sort((a, b) => b.length - a.length);
}

const LINKS = 'a[href],area[href],[role="link"]';
const BUTTONS = 'button,[role="button"],[aria-expanded]';
const HEADINGS = 'h1,h2,h3,[role="heading"]';
const FIELDS = 'input:not([type="hidden"]),select,textarea';

function item(el: Element, page: Page, personal: readonly string[]): ReportItem | null {
  if (el.closest(PERSONAL) || el.closest(CHROME)) return null;
  if (el.matches(FIELDS)) {
    const input = el as HTMLInputElement;
    const type = el.localName === 'input' ? input.type || 'text' : el.localName;
    const name = input.name ? ` name=${scrub(input.name, personal)}` : '';
    return {
      role: 'field',
      field: `${type}${name}${input.required ? ' required' : ''}`,
      words: scrub(accessibleName(el), personal),
    };
  }
  const words = scrub(el.getAttribute('aria-label') || el.textContent || '', personal);
  if (el.matches(HEADINGS)) return words ? { role: 'heading', words } : null;
  const href = el.getAttribute('href');
  const url = href ? parseUrl(href, page.href) : null;
  const role = el.matches(LINKS) ? 'link' : 'button';
  return {
    role,
    ...(url ? { to: reportedAddress(url) } : href ? { to: '[not a web address]' } : {}),
    ...(words ? { words } : {}),
  };
}

/** The report on the page as it is now. */
export function buildReport(
  doc: Document,
  page: Page,
  marks: ReadonlyMap<Element, { match: Match }>,
  version: string,
): PageReport {
  const personal = personalStrings(doc, page.href);
  const marked: PageReport['marked'] = [];
  for (const [el, { match }] of marks) {
    const base = item(el, page, personal) ?? { role: 'link' as const };
    marked.push({ ...base, step: match.surface.step, surface: match.surface.id, evidence: match.by });
  }
  const candidates: ReportItem[] = [];
  // Only Meta's own privacy, help and form pages are described; a feed or a profile holds people's things.
  if (page.kind !== 'ordinary' && page.kind !== 'notifications') {
    for (const el of doc.querySelectorAll(`${LINKS},${BUTTONS},${HEADINGS},${FIELDS}`)) {
      if (candidates.length >= MAX_CANDIDATES) break;
      if (marks.has(el) || !isShown(el)) continue;
      const one = item(el, page, personal);
      if (one && (one.words || one.to || one.field)) candidates.push(one);
    }
  }
  return {
    version,
    page: reportedAddress(page.url),
    kind: page.kind,
    lang: doc.documentElement.lang || null,
    marked,
    candidates,
  };
}

/** The report as the user reads, copies and saves it. */
export function reportText(report: PageReport): string {
  const line = (i: ReportItem) =>
    `- ${i.role}${i.to ? ` → ${i.to}` : ''}${i.field ? ` (${i.field})` : ''}${i.words ? `: “${i.words}”` : ''}`;
  return [
    `Objector ${report.version}: report on a Meta page`,
    `Page: ${report.page}`,
    `Kind: ${report.kind}; page language: ${report.lang ?? 'not given'}`,
    '',
    `Marked by Objector (${report.marked.length}):`,
    ...report.marked.map((m) => `${line(m)} [${m.step}, ${m.surface}, by ${m.evidence}]`),
    '',
    `Links, buttons, headings and fields on the page (${report.candidates.length}):`,
    ...report.candidates.map(line),
  ].join('\n');
}

/** The message an extension page sends a tab's content script to get the report on its page. */
export const REPORT_REQUEST = 'objector:build-report';

/** Answers the extension's own request for a report (runtime messages reach a content script only from it). */
export function answerReportRequests(
  runtime: { onMessage: { addListener: (l: ReportListener) => void; removeListener: (l: ReportListener) => void } },
  build: () => string | null,
  signal: AbortSignal,
): void {
  const listener: ReportListener = (message, _sender, respond) => {
    if ((message as { type?: unknown } | null)?.type !== REPORT_REQUEST) return undefined;
    respond({ text: build() });
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}

type ReportListener = (
  message: unknown,
  sender: unknown,
  respond: (reply: { text: string | null }) => void,
) => undefined;
