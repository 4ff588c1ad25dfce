// Nodes that never hold a link, and our own overlay host.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'OBJECTOR-OVERLAY']);

function hasPendingAncestor(el: Element, pending: ReadonlySet<Element>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (pending.has(up)) return true;
  return false;
}

/**
 * Which added nodes are worth a batch, asked once per observer callback: a selector an added element
 * must match or hold (on ordinary pages: links with URL evidence, forms), or `null` for every added
 * element and the parent of every added text node (Meta's privacy pages, where words count).
 */
export type Gate = () => string | null;

/**
 * One MutationObserver (childList + subtree). The callback keeps only added elements that pass the
 * gate: one native selector test per added subtree, no walk in script, so a feed growing by posts
 * without any objection link costs one short callback and nothing else. What passes is handed over
 * once per animation frame, deduplicated: only connected elements whose ancestors are not queued too.
 * Nothing runs while nothing is added. Returns `queue`, to hand elements over with the next batch
 * (the whole body, for the first scan).
 */
export function watchAddedElements(
  root: Node,
  gate: Gate,
  onBatch: (roots: Element[]) => void,
  signal: AbortSignal,
): (el: Element) => void {
  const view = root.ownerDocument?.defaultView ?? window;
  const pending = new Set<Element>();
  let frame = 0;
  // A plain flag: reading the signal is a call into the browser, and the callback runs for every change.
  let stopped = signal.aborted;
  const flush = () => {
    frame = 0;
    const roots: Element[] = [];
    for (const el of pending) if (el.isConnected && !hasPendingAncestor(el, pending)) roots.push(el);
    pending.clear();
    if (!stopped) onBatch(roots);
  };
  const queue = (el: Element) => {
    pending.add(el);
    if (frame === 0 && !stopped) frame = view.requestAnimationFrame(flush);
  };
  // Index loops: iterators over the records' node lists cost more than the test itself in an isolated world.
  const observer = new MutationObserver((records) => {
    const wanted = gate();
    if (stopped) return;
    for (let i = 0; i < records.length; i++) {
      const added = (records[i] as MutationRecord).addedNodes;
      for (let j = 0; j < added.length; j++) {
        const node = added[j] as Node;
        if (node.nodeType === 1) {
          const el = node as Element;
          if (wanted === null ? !SKIPPED.has(el.nodeName) : el.matches(wanted) || el.querySelector(wanted) !== null) {
            pending.add(el);
          }
        } else if (wanted === null && node.nodeType === 3) {
          const parent = node.parentElement;
          if (parent && !SKIPPED.has(parent.nodeName)) pending.add(parent);
        }
      }
    }
    if (pending.size > 0 && frame === 0) frame = view.requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    stopped = true;
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
    pending.clear();
  });
  return queue;
}
