/**
 * The element that carries Objector's own drawings on Meta's page, with a closed shadow root: the page's
 * scripts can neither read nor rewrite what is inside (labels, panels, the values a form assist offers),
 * and its styles do not reach in. The host itself sits in Meta's document, so the page could still style
 * it; its inline styles are `!important` and are checked again before any action (see `userEvent`).
 */
export interface Host {
  element: HTMLElement;
  shadow: ShadowRoot;
}

// What makes the host visible as Objector draws it; a page that changes any of these is hiding it.
const SHOWN = {
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  filter: 'none',
  transform: 'none',
  'clip-path': 'none',
  'mix-blend-mode': 'normal',
  'pointer-events': 'auto',
} as const;

export function createHost(doc: Document, tag: 'objector-overlay' | 'objector-panel', position: string): Host {
  const element = doc.createElement(tag);
  const styles = { ...SHOWN, position, top: '0', left: '0', 'z-index': '2147483647', contain: 'none' };
  element.style.cssText = Object.entries(styles)
    .map(([k, v]) => `${k}:${v}!important`)
    .join(';');
  const shadow = element.attachShadow({ mode: 'closed' });
  return { element, shadow };
}

/** The host is on the page, drawn as Objector draws it, and so is every ancestor: nothing hides or fakes it. */
export function isShownAsDrawn(host: HTMLElement): boolean {
  if (!host.isConnected) return false;
  const view = host.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 1) return false;
    if (style.filter !== 'none' || style.mixBlendMode !== 'normal') return false;
  }
  return true;
}

/**
 * Wraps a listener of one of Objector's own controls so that it acts only on the user's own input: a
 * trusted event (not a page script's `.click()` or `dispatchEvent`), on a control the user can see.
 */
export function userEvent<E extends Event>(host: HTMLElement, act: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted || !isShownAsDrawn(host)) return;
    act(event);
  };
}
