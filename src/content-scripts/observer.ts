// Nodes that never hold a link, and our own overlay host.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'OBJECTOR-OVERLAY']);

function hasPendingAncestor(el: Element, pending: ReadonlySet<Element>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (pending.has(up)) return true;
  return false;
}

/**
 * One MutationObserver (childList + subtree): the callback only queues added elements (for an added
 * text node, its parent); once per animation frame the queue is handed over deduplicated: only
 * connected elements whose ancestors are not queued too. Nothing runs while nothing is added.
 * Returns `queue`, to hand elements over with the next batch (the whole body, for the first scan).
 */
export function watchAddedElements(
  root: Node,
  onBatch: (roots: Element[]) => void,
  signal: AbortSignal,
): (el: Element) => void {
  const view = root.ownerDocument?.defaultView ?? window;
  const pending = new Set<Element>();
  let frame = 0;
  const flush = () => {
    frame = 0;
    const roots: Element[] = [];
    for (const el of pending) if (el.isConnected && !hasPendingAncestor(el, pending)) roots.push(el);
    pending.clear();
    if (!signal.aborted) onBatch(roots);
  };
  const queue = (el: Element) => {
    pending.add(el);
    if (frame === 0 && !signal.aborted) frame = view.requestAnimationFrame(flush);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          if (!SKIPPED.has(node.nodeName)) pending.add(node as Element);
        } else if (node.nodeType === 3 && node.parentElement && !SKIPPED.has(node.parentElement.nodeName)) {
          pending.add(node.parentElement);
        }
      }
    }
    if (pending.size > 0 && frame === 0) frame = view.requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
    pending.clear();
  });
  return queue;
}
