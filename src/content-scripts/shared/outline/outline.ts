import { browser } from 'wxt/browser';
import { type Page, wordsCount } from '../../../catalog/pages';
import type { Surface } from '../../../catalog/schema';
import { CANDIDATE_SELECTOR, type CompiledCatalog, candidatesIn, type Match, matchElement } from '../matcher';
import type { Feature } from '../watcher';
import { Highlighter } from './highlight';
import { pageLabel } from './labels';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** An interface string from `_locales`; outline labels come with the script (labels.ts), the rest from the browser. */
export function uiMessage(key: string, sub?: string): string {
  // Keys are built from step ids too ("step_fb_objection"), so they are checked by the i18n unit test, not tsc.
  return pageLabel(key) ?? (browser.i18n.getMessage(key as MessageKey, sub) || key);
}

/** The outline of a page: its marks, shared with the features that build on them (guide, report). */
export interface Outline {
  feature: Feature;
  /** Marks of the current page, by element. */
  marks: () => ReadonlyMap<Element, { match: Match }>;
  /** The overlay the marks are drawn in, made on first use; panels of the same page live in its shadow root. */
  overlay: () => Highlighter;
  /** Takes every mark and drawing off the page (the extension went away). */
  destroy: () => void;
}

const NO_MARKS: ReadonlyMap<Element, { match: Match }> = new Map();

/**
 * Outlines the links, buttons, sections and forms that lead to an objection, as the page grows and
 * changes. A section heading is outlined while it hides the link; once open, the link inside is.
 * `pageForm` says what the form of a form page was recognised as (its id, or its stated purpose).
 */
export function createOutline(compiled: CompiledCatalog, pageForm: () => Surface | null = () => null): Outline {
  // Made with the first mark: most pages never show one, and then Objector adds nothing to them.
  let highlighter: Highlighter | null = null;
  const overlay = () => {
    highlighter ??= new Highlighter(document, (key) => uiMessage(key));
    return highlighter;
  };
  const isOpenSection = (el: Element, match: Match) =>
    match.surface.kind === 'section' && el.getAttribute('aria-expanded') === 'true';

  const feature: Feature = {
    wants: (page) => (wordsCount(page) ? 'elements' : 'url-links'),
    start(page: Page, signal) {
      let seen = new WeakSet<Element>();
      const judge = (el: Element) => {
        const match = matchElement(compiled, el, page, pageForm() ?? page.surface);
        if (match && match.surface.kind !== 'context' && !isOpenSection(el, match)) overlay().mark(el, match);
        else if (highlighter?.marks.has(el)) highlighter.unmark(el);
      };
      // After a client-side navigation, only the marks that still lead somewhere from this page stay.
      highlighter?.prune((el, match) => {
        const now = matchElement(compiled, el, page, pageForm() ?? page.surface);
        return now?.surface === match.surface;
      });
      signal.addEventListener('abort', () => {
        seen = new WeakSet();
      });
      return {
        added(elements) {
          for (const root of elements) {
            // Text added inside an existing link: the link itself is judged again (where words count).
            const around = wordsCount(page) ? root.parentElement?.closest(CANDIDATE_SELECTOR) : null;
            if (around) judge(around);
            for (const el of candidatesIn(compiled, page, root)) {
              if (seen.has(el)) continue;
              seen.add(el);
              judge(el);
            }
          }
          highlighter?.prune((el, match) => !isOpenSection(el, match));
          // Elements added where words count may move the marks; on ordinary pages only new marks are measured.
          if (wordsCount(page) && highlighter && highlighter.marks.size > 0) highlighter.requestLayout();
        },
      };
    },
  };
  return {
    feature,
    marks: () => highlighter?.marks ?? NO_MARKS,
    overlay,
    destroy: () => highlighter?.destroy(),
  };
}
