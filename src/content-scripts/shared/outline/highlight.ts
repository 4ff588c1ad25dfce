import { createHost } from '../host';
import type { Match } from '../matcher';

/** The attribute of the test contract (PRODUCT.md): on the link, button or form itself. */
export const STEP_ATTR = 'data-objector-step';

/** The message keys of the outline labels (built into the content script: scripts/vite-page-labels.ts). */
export const OUTLINE_LABEL_KEYS = [
  'highlightLabel',
  'highlightFormLabel',
  'highlightSectionLabel',
  'highlightThirdPartyLabel',
] as const;

/** What the label on an outlined element says, as an i18n message key: a link to a form is still a link. */
export function labelKey({ surface }: Match, el: Element): (typeof OUTLINE_LABEL_KEYS)[number] {
  if (surface.step === 'third-party-data') return 'highlightThirdPartyLabel';
  if (el.tagName === 'FORM') return 'highlightFormLabel';
  if (surface.kind === 'section' && el.getAttribute('aria-expanded') === 'false') return 'highlightSectionLabel';
  return 'highlightLabel';
}

const LABEL_HEIGHT = 26;
const LABEL_MAX_WIDTH = 420;

// Outline and label are drawn in the overlay, not on Meta's element: no style of ours in Meta's tree, and
// the outline shows whatever the element's display (an inline link around a block is nearly invisible).
const OVERLAY_CSS = `
:host{all:initial}
.mark{position:absolute;left:0;top:0;display:none;pointer-events:none}
.mark.on{display:block}
.box{position:absolute;inset:-4px;border:3px solid #d6336c;border-radius:4px}
.label{position:absolute;left:-4px;bottom:calc(100% + 5px);max-width:${LABEL_MAX_WIDTH}px;padding:2px 6px;border-radius:4px;
  background:#d6336c;color:#fff;font:600 12px/16px system-ui,sans-serif;white-space:nowrap;overflow:hidden;
  text-overflow:ellipsis;box-shadow:0 1px 3px #0004}
.below .label{bottom:auto;top:calc(100% + 5px)}
.tick{position:absolute;left:0;top:0;width:1px;height:1px;visibility:hidden}
`;

/**
 * The marks on Meta's page and everything drawn for them: the attribute on the element, and outline
 * and label in a closed shadow root attached to <html> (outside React's tree, so React never meets our
 * nodes, and out of the page scripts' reach).
 * Positions come from an IntersectionObserver, which measures during the browser's own rendering
 * update: Objector never reads a layout box itself, so it never forces a layout of Meta's page.
 */
export class Highlighter {
  readonly marks = new Map<Element, { match: Match; drawing: HTMLElement }>();
  readonly host: HTMLElement;
  /** Closed: the guide panel is drawn here too, and only Objector holds this reference. */
  readonly shadow: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly tick: HTMLElement;
  private resize: ResizeObserver | null = null;
  private measuring = false;
  private layoutQueued = false;
  private measureAgain = false;
  private readonly relayout = () => this.requestLayout();

  constructor(
    private readonly doc: Document,
    private readonly message: (key: string) => string,
  ) {
    const { element, shadow } = createHost(doc, 'objector-overlay', 'absolute');
    this.host = element;
    this.shadow = shadow;
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = doc.createElement('div');
    this.tick = doc.createElement('div');
    this.tick.className = 'tick';
    this.shadow.append(style, this.layer, this.tick);
  }

  /** One outline box with its label. */
  private drawing(): HTMLElement {
    const mark = this.doc.createElement('div');
    mark.className = 'mark';
    const box = this.doc.createElement('div');
    box.className = 'box';
    const label = this.doc.createElement('div');
    label.className = 'label';
    mark.append(box, label);
    return mark;
  }

  /** Marks an element as leading to a step; idempotent. */
  mark(el: Element, match: Match): void {
    const known = this.marks.get(el);
    if (known?.match.surface === match.surface) return;
    el.setAttribute(STEP_ATTR, match.surface.step);
    const drawing = known?.drawing ?? this.drawing();
    const text = drawing.lastElementChild;
    if (text) text.textContent = this.message(labelKey(match, el));
    this.marks.set(el, { match, drawing });
    if (!known) {
      this.attach();
      this.layer.append(drawing);
      this.resize?.observe(el);
    }
    this.requestLayout();
  }

  unmark(el: Element): void {
    const known = this.marks.get(el);
    if (!known) return;
    this.marks.delete(el);
    known.drawing.remove();
    this.resize?.unobserve(el);
    if (el.getAttribute(STEP_ATTR) === known.match.surface.step) el.removeAttribute(STEP_ATTR);
    this.requestLayout();
  }

  /** Drops marks whose element left the page, and those `keep` refuses (after a client-side navigation). */
  prune(keep: (el: Element, match: Match) => boolean = () => true): void {
    for (const [el, { match }] of this.marks) if (!el.isConnected || !keep(el, match)) this.unmark(el);
  }

  /** Puts the overlay on the page once there is something to show. */
  attach(): void {
    if (this.host.isConnected) return;
    this.doc.documentElement.append(this.host);
    // A marked element that changes size moves its outline; the observer's callback only asks for a measure.
    // (Content added above a mark moves it too: on Meta's known pages every batch measures again; on a feed,
    // which grows below, the next scroll does.)
    this.resize = new ResizeObserver(this.relayout);
    for (const el of this.marks.keys()) this.resize.observe(el);
    this.doc.defaultView?.addEventListener('resize', this.relayout, { passive: true });
    // Inner scrolling containers (dialogs, side panes) move marks without any mutation.
    this.doc.addEventListener('scroll', this.relayout, { passive: true, capture: true });
  }

  /** Measures every mark in the next rendering update; the marks of one batch share one measure. */
  requestLayout(): void {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    queueMicrotask(() => {
      this.layoutQueued = false;
      this.measure();
    });
  }

  /**
   * One IntersectionObserver round over every mark. The tick sits at the document's origin, so its box
   * gives the scroll offset without reading it (reading scroll offsets can force a layout too).
   */
  private measure(): void {
    if (!this.resize || this.marks.size === 0) return;
    if (this.measuring) {
      this.measureAgain = true;
      return;
    }
    this.measuring = true;
    const measure = new IntersectionObserver((entries) => {
      measure.disconnect();
      this.measuring = false;
      this.place(entries);
      if (this.measureAgain) {
        this.measureAgain = false;
        this.measure();
      }
    });
    measure.observe(this.tick);
    for (const el of this.marks.keys()) measure.observe(el);
  }

  private place(entries: readonly IntersectionObserverEntry[]): void {
    const origin = entries.find((entry) => entry.target === this.tick)?.boundingClientRect;
    if (!origin) return;
    for (const { target, boundingClientRect: box } of entries) {
      const mark = this.marks.get(target)?.drawing;
      if (!mark) continue;
      const visible = box.width > 0 && box.height > 0;
      mark.classList.toggle('on', visible);
      if (!visible) continue;
      // The label goes above the element when there is room in the viewport, else below it.
      mark.classList.toggle('below', box.top < LABEL_HEIGHT);
      mark.style.transform = `translate(${box.left - origin.left}px,${box.top - origin.top}px)`;
      mark.style.width = `${box.width}px`;
      mark.style.height = `${box.height}px`;
    }
  }

  /**
   * Where the outline and label of `el` are drawn, in the viewport (read on the user's "Show me" only):
   * the label goes where place() puts it, as wide as its text at most.
   */
  footprint(el: Element): { left: number; right: number; top: number; bottom: number } | null {
    if (!this.marks.has(el)) return null;
    const box = el.getBoundingClientRect();
    const right = Math.max(box.right, box.left + LABEL_MAX_WIDTH);
    return box.top < LABEL_HEIGHT
      ? { left: box.left - 4, right, top: box.top, bottom: box.bottom + LABEL_HEIGHT }
      : { left: box.left - 4, right, top: box.top - LABEL_HEIGHT, bottom: box.bottom };
  }

  /** Removes every trace from the page: attributes, overlay, listeners. */
  destroy(): void {
    for (const el of [...this.marks.keys()]) this.unmark(el);
    this.resize?.disconnect();
    this.resize = null;
    this.doc.defaultView?.removeEventListener('resize', this.relayout);
    this.doc.removeEventListener('scroll', this.relayout, { capture: true });
    this.host.remove();
  }
}
