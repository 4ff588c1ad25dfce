import type { Target } from '../catalog/schema';

/** The attribute of the test contract (PRODUCT.md): on the link, button or form itself. */
export const STEP_ATTR = 'data-objector-step';

/** What the label on an outlined element says, as an i18n message key: a link to a form is still a link. */
export function labelKey(target: Target, isForm: boolean): string {
  if (target.step === 'third-party-data') return 'highlightThirdPartyLabel';
  if (isForm) return 'highlightFormLabel';
  if (target.kind === 'section') return 'highlightSectionLabel';
  return 'highlightLabel';
}

// Outlines never change layout; one rule keyed on the attribute survives React re-rendering the element.
const OUTLINE_CSS = `[${STEP_ATTR}]{outline:3px solid #d6336c!important;outline-offset:1px!important}`;

const OVERLAY_CSS = `
:host{all:initial}
.label{position:absolute;left:0;top:0;display:none;max-width:320px;box-sizing:border-box;height:20px;
  padding:2px 6px;border-radius:4px;background:#d6336c;color:#fff;font:600 12px/16px system-ui,sans-serif;
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis;pointer-events:none;box-shadow:0 1px 3px #0004}
.label.on{display:block}
`;

const LABEL_HEIGHT = 22;

/**
 * The marks on Meta's page and everything drawn for them: the attribute, one outline rule, and the
 * labels in a shadow root attached to <html> (outside React's tree, so React never meets our nodes).
 * Label positions are read from layout only while marks exist, once per frame at most.
 */
export class Highlighter {
  readonly marks = new Map<Element, { target: Target; label: HTMLElement }>();
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly outline: HTMLStyleElement;
  private frame = 0;
  private resize: ResizeObserver | null = null;
  private readonly relayout = () => this.requestLayout();

  constructor(
    private readonly doc: Document,
    private readonly message: (key: string) => string,
  ) {
    this.outline = doc.createElement('style');
    this.outline.textContent = OUTLINE_CSS;
    this.host = doc.createElement('objector-overlay');
    this.host.style.cssText =
      'position:absolute!important;top:0!important;left:0!important;z-index:2147483647!important';
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = doc.createElement('div');
    this.shadow.append(style, this.layer);
  }

  /** Marks an element as leading to a step; idempotent. */
  mark(el: Element, target: Target): void {
    const known = this.marks.get(el);
    if (known?.target === target) return;
    el.setAttribute(STEP_ATTR, target.step);
    const label = known?.label ?? this.doc.createElement('div');
    label.className = 'label';
    label.textContent = this.message(labelKey(target, el.tagName === 'FORM'));
    this.marks.set(el, { target, label });
    if (!known) {
      this.attach();
      this.layer.append(label);
      this.resize?.observe(el);
    }
    this.requestLayout();
  }

  unmark(el: Element): void {
    const known = this.marks.get(el);
    if (!known) return;
    this.marks.delete(el);
    known.label.remove();
    this.resize?.unobserve(el);
    if (el.getAttribute(STEP_ATTR) === known.target.step) el.removeAttribute(STEP_ATTR);
    this.requestLayout();
  }

  /** Drops marks whose element left the page, and those `keep` refuses (after a client-side navigation). */
  prune(keep: (el: Element, target: Target) => boolean = () => true): void {
    for (const [el, { target }] of this.marks) if (!el.isConnected || !keep(el, target)) this.unmark(el);
  }

  /** Puts the overlay on the page once there is something to show. */
  attach(): void {
    if (this.host.isConnected) return;
    (this.doc.head ?? this.doc.documentElement).append(this.outline);
    this.doc.documentElement.append(this.host);
    this.resize = new ResizeObserver(this.relayout);
    if (this.doc.body) this.resize.observe(this.doc.body);
    for (const el of this.marks.keys()) this.resize.observe(el);
    this.doc.defaultView?.addEventListener('resize', this.relayout, { passive: true });
    // Inner scrolling containers (dialogs, side panes) move marks without any mutation.
    this.doc.addEventListener('scroll', this.relayout, { passive: true, capture: true });
  }

  requestLayout(): void {
    const view = this.doc.defaultView;
    if (this.frame || !view || !this.host.isConnected) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private layout(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const boxes = [...this.marks].map(([el, { label }]) => [label, el.getBoundingClientRect()] as const);
    for (const [label, box] of boxes) {
      const visible = box.width > 0 && box.height > 0;
      label.classList.toggle('on', visible);
      if (!visible) continue;
      // Above the element when there is room in the viewport, else just below it.
      const top = box.top >= LABEL_HEIGHT ? box.top - LABEL_HEIGHT : box.bottom + 2;
      label.style.transform = `translate(${Math.max(0, box.left + view.scrollX)}px,${top + view.scrollY}px)`;
    }
  }

  /** Removes every trace from the page: attributes, outline rule, labels, listeners. */
  destroy(): void {
    for (const el of [...this.marks.keys()]) this.unmark(el);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.resize?.disconnect();
    this.resize = null;
    this.doc.defaultView?.removeEventListener('resize', this.relayout);
    this.doc.removeEventListener('scroll', this.relayout, { capture: true });
    this.outline.remove();
    this.host.remove();
  }
}
