import { browser } from 'wxt/browser';
import { linkForStep } from '../catalog/step-links';
import { CATALOG } from '../catalog/targets';
import type { Reply } from '../core/messages';
import type { StepId } from '../core/steps';
import { type GuideAction, type GuideModel, GuidePanel, guideModel } from './guide';
import { Highlighter } from './highlight';
import { pageLabel } from './labels';
import {
  CANDIDATE_SELECTOR,
  compileCatalog,
  matchElement,
  type PageContext,
  pageCandidatesIn,
  pageContext,
} from './matcher';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

const COLLAPSED = '[aria-expanded="false"]';

function isShown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The collapsed toggle that hides an element: the one that controls an ancestor, or the ancestor's heading. */
function collapsedControlOf(el: Element): HTMLElement | null {
  for (let up = el.parentElement; up && up !== el.ownerDocument.body; up = up.parentElement) {
    if (up.id) {
      const control = el.ownerDocument.querySelector<HTMLElement>(
        `[aria-controls~="${CSS.escape(up.id)}"]${COLLAPSED}`,
      );
      if (control) return control;
    }
    const before = up.previousElementSibling;
    if (before) {
      const control = before.matches(COLLAPSED) ? before : before.querySelector(COLLAPSED);
      if (control instanceof HTMLElement) return control;
    }
  }
  return null;
}

function precedes(root: Element, el: Element): boolean {
  return (root.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 || root.contains(el);
}

function bringIntoView(el: Element): void {
  el.scrollIntoView({ block: 'center' });
  if (el instanceof HTMLElement && (el.tabIndex >= 0 || el.hasAttribute('href'))) el.focus({ preventScroll: true });
}

export interface ObjectionFinder {
  /** The page's URL changed (or the script just started): judge the page again from its new context. */
  navigated: () => void;
  /** Elements added to the page since the last batch, deduplicated (see observer.ts). */
  added: (roots: readonly Element[]) => void;
  /** What an added subtree must hold to be worth a batch on this page (see observer.ts). */
  gate: () => string | null;
}

const NO_MARKS: Highlighter['marks'] = new Map();

/**
 * Finds objection targets on the page as it is and as it changes (late React rendering, client-side
 * navigation), outlines them, and runs the guide panel on privacy pages. The caller feeds it the
 * page's changes; everything stops and is removed when `signal` aborts (extension disabled or updated).
 */
export function startObjectionFinder(signal: AbortSignal): ObjectionFinder {
  const compiled = compileCatalog(CATALOG);
  // Keys are built from step ids too ("step_fb_objection"), so they are checked by the i18n unit test, not tsc.
  const message = (key: string, sub?: string) => browser.i18n.getMessage(key as MessageKey, sub) || key;
  // Outline labels come with the script (see labels.ts); anything else is asked of the browser.
  const label = (key: string) => pageLabel(key) ?? message(key);
  // Made with the first mark: most pages never show one, and then Objector adds nothing to them.
  let highlighter: Highlighter | null = null;
  const marker = () => {
    highlighter ??= new Highlighter(document, label);
    return highlighter;
  };
  const marks = () => highlighter?.marks ?? NO_MARKS;
  let page: PageContext = pageContext(compiled, location.href);
  let seen = new WeakSet<Element>();
  let guide: GuidePanel | null = null;
  let shownModel = '';
  let next: StepId | null | undefined;
  // The panel waits for the background's answer, so it never flashes a wrong headline.
  let nextKnown = false;
  let revealing = false;

  const check = (el: Element) => {
    const target = matchElement(compiled, el, page);
    if (target && target.kind !== 'context' && !isOpenSection(el, target)) marker().mark(el, target);
  };
  // A section heading is outlined while it hides the link; once open, the link inside is.
  const isOpenSection = (el: Element, target: { kind: string }) =>
    target.kind === 'section' && el.getAttribute('aria-expanded') === 'true';
  const pruneOpenSections = () => highlighter?.prune((el, target) => !isOpenSection(el, target));

  const scan = (root: Element) => {
    // Text added inside an existing link: the link itself must be judged again (only where words count;
    // elsewhere its URL, the only evidence, has not changed).
    const around = page.target ? root.parentElement?.closest(CANDIDATE_SELECTOR) : null;
    if (around) check(around);
    for (const el of pageCandidatesIn(compiled, page, root)) {
      if (seen.has(el)) continue;
      seen.add(el);
      if (!marks().has(el)) check(el);
    }
  };

  /** Marks of the way to object on this page (the link or the form), and collapsed sections holding it. */
  const objectionMarks = () => [...marks()].filter(([, m]) => m.target.kind !== 'section').map(([el]) => el);
  const collapsedSection = () => {
    for (const [el, { target }] of marks()) {
      if (target.kind !== 'section') continue;
      const control = el.matches(COLLAPSED) ? el : (el.querySelector(COLLAPSED) ?? el.closest(COLLAPSED));
      if (control instanceof HTMLElement) return control;
    }
    return null;
  };

  const tryReveal = () => {
    const link = objectionMarks().find(isShown);
    if (!link) return false;
    revealing = false;
    bringIntoView(link);
    return true;
  };

  const act = (action: GuideAction) => {
    if (action.kind === 'show') {
      tryReveal();
    } else if (action.kind === 'reveal') {
      // Runs inside the user's click on "Show me": the only time Objector clicks anything.
      const hidden = objectionMarks().find((el) => !isShown(el));
      const control = (hidden && collapsedControlOf(hidden)) ?? collapsedSection();
      control?.click();
      pruneOpenSections();
      revealing = true;
      // Meta's sections open synchronously or on a later frame; further content arrives through the observer.
      if (!tryReveal()) requestAnimationFrame(() => revealing && !tryReveal() && requestAnimationFrame(tryReveal));
    }
  };

  const updateGuide = () => {
    if (signal.aborted) return;
    if (!page.target?.guide || !page.family || page.family === 'whatsapp' || !nextKnown) {
      guide?.remove();
      shownModel = '';
      return;
    }
    const marks = objectionMarks();
    const model: GuideModel = guideModel({
      pageStep: page.target.step,
      next,
      link: marks.some(isShown) ? 'visible' : marks.some((el) => collapsedControlOf(el)) ? 'collapsed' : 'none',
      section: collapsedSection() !== null,
      linkFor: (step) => linkForStep(step, page.family === 'instagram' ? 'instagram' : 'facebook'),
    });
    const key = JSON.stringify(model);
    if (key === shownModel) return;
    shownModel = key;
    const overlay = marker();
    overlay.attach();
    guide ??= new GuidePanel(overlay.shadow, message, act);
    guide.render(model);
  };

  const askNextStep = () => {
    if (!page.target?.guide) return;
    const asked = page.href;
    browser.runtime
      .sendMessage({ type: 'get-next-step', url: asked })
      .then((reply: Reply<{ account: string | null; next: StepId | null }> | undefined) => {
        if (signal.aborted || asked !== page.href) return;
        next = reply?.ok && reply.value.account ? reply.value.next : undefined;
        nextKnown = true;
        updateGuide();
      })
      .catch(() => {
        nextKnown = true;
        updateGuide();
      });
  };

  const navigated = () => {
    // The first batch judges the page the script started on: its context is known already.
    if (page.href !== location.href) page = pageContext(compiled, location.href);
    seen = new WeakSet();
    next = undefined;
    nextKnown = false;
    revealing = false;
    highlighter?.prune((el, target) => matchElement(compiled, el, page) === target);
    updateGuide();
    askNextStep();
  };

  const movesAMark = (root: Element) => {
    for (const el of marks().keys()) if (precedes(root, el)) return true;
    return false;
  };

  const added = (roots: readonly Element[]) => {
    for (const root of roots) scan(root);
    if (!highlighter || highlighter.marks.size === 0) {
      if (page.target?.guide) updateGuide();
      return;
    }
    pruneOpenSections();
    // Content added before a mark in document order may have moved it; content after it (a feed growing) not.
    if (roots.some(movesAMark)) highlighter.requestLayout();
    if (revealing) tryReveal();
    if (page.target?.guide) updateGuide();
  };

  signal.addEventListener(
    'abort',
    () => {
      highlighter?.destroy();
      guide = null;
    },
    { once: true },
  );
  return { navigated, added, gate: () => (page.target ? null : compiled.ordinarySelector) };
}
