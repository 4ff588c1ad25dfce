import type { Page } from '../../catalog/pages';

/**
 * What a feature wants from a page:
 * - `url-links`: elements with URL evidence (links whose href holds a catalog needle), as they appear;
 * - `elements`: every element added to the page (Meta's known pages, where words count);
 * - `text`: every added element, and word of any text change (a form's answer).
 */
export type Wants = 'url-links' | 'elements' | 'text';

export interface FeatureRun {
  /** New elements of the kind the feature wants, deduplicated per batch (one batch per animation frame). */
  added?: (elements: readonly Element[]) => void;
  /** Text changed somewhere since the last batch (`text` only). */
  textChanged?: () => void;
}

/** One thing Objector does on Meta's pages: on which pages, wanting what. */
export interface Feature {
  /** What the feature wants on `page`, or null when it does not run there. */
  wants: (page: Page) => Wants | null;
  /** Starts the feature on a page; it stops when `signal` aborts (a navigation, or the extension leaving). */
  start: (page: Page, signal: AbortSignal) => FeatureRun;
}

export interface WatchOptions {
  classify: (href: string) => Page | null;
  /** The elements with URL evidence, as one selector list. */
  evidenceSelector: string;
  /**
   * The no-op animation Objector's manifest stylesheet (evidence.css) gives to those elements, when this
   * script has it: then the browser itself announces each one with an `animationstart` as it appears or
   * is revealed, and on pages where no feature wants more, no Objector code runs as the page grows.
   */
  evidenceAnimation?: string;
  /** False once the extension was disabled, removed or updated: everything stops and is taken off the page. */
  alive: () => boolean;
}

// Nodes that never hold a link, and Objector's own hosts.
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'LINK',
  'META',
  'NOSCRIPT',
  'TEMPLATE',
  'OBJECTOR-OVERLAY',
  'OBJECTOR-PANEL',
]);
// How often the observer's callback asks whether the extension is still there (a call into the browser).
const ALIVE_CHECK_EVERY = 16;

function hasPendingAncestor(el: Element, pending: ReadonlySet<Element>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (pending.has(up)) return true;
  return false;
}

export interface Watcher {
  /** The features' wants may have changed (a feature learnt something): start or stop them for this page. */
  refresh: () => void;
  stop: () => void;
}

interface Run {
  feature: Feature;
  wants: Wants;
  run: FeatureRun;
  life: AbortController;
}

/**
 * The one page watcher of a content script. It classifies the page, starts the features that run there,
 * and feeds them what they want, once per animation frame: elements with URL evidence from the browser's
 * own selector engine (the no-op animation), everything else from one MutationObserver, which exists only
 * while some feature wants more than URL evidence. Client-side navigation (the Navigation API) stops the
 * features and starts those of the new page. Nothing runs while nothing happens; there are no timers.
 */
export function watchPage(features: readonly Feature[], options: WatchOptions): Watcher {
  const life = new AbortController();
  let page: Page | null = null;
  let runs: Run[] = [];
  let observer: MutationObserver | null = null;
  let observed: 'elements' | 'text' | null = null;
  // The page's own styles switched animations off: the observer finds URL evidence instead.
  let animationsOff = !options.evidenceAnimation;
  const pending = new Set<Element>();
  const evidence = new Set<Element>();
  let textChanged = false;
  let frame = 0;
  let callbacks = 0;

  const stop = () => {
    if (life.signal.aborted) return;
    life.abort();
    for (const r of runs) r.life.abort();
    observer?.disconnect();
    if (frame) cancelAnimationFrame(frame);
    pending.clear();
    evidence.clear();
    runs = [];
  };

  const schedule = () => {
    if (frame === 0 && !life.signal.aborted) frame = requestAnimationFrame(flush);
  };

  const evidenceIn = (roots: Iterable<Element>) => {
    const found = new Set<Element>();
    for (const root of roots) {
      if (root.matches(options.evidenceSelector)) found.add(root);
      for (const el of root.querySelectorAll(options.evidenceSelector)) found.add(el);
    }
    return found;
  };

  function flush(): void {
    frame = 0;
    if (!options.alive()) {
      stop();
      return;
    }
    if (!('navigation' in window) && page && location.href !== page.href) {
      enter();
      return;
    }
    const roots: Element[] = [];
    for (const el of pending) if (el.isConnected && !hasPendingAncestor(el, pending)) roots.push(el);
    const announced = [...evidence].filter((el) => el.isConnected);
    pending.clear();
    evidence.clear();
    const changed = textChanged;
    textChanged = false;
    let links: Element[] | null = null;
    for (const { wants, run } of runs) {
      if (life.signal.aborted) return;
      if (wants === 'url-links') {
        links ??= [...new Set([...announced, ...(roots.length ? evidenceIn(roots) : [])])];
        if (links.length) run.added?.(links);
      } else {
        const all = announced.length ? [...roots, ...announced] : roots;
        if (all.length) run.added?.(all);
        if (changed) run.textChanged?.();
      }
    }
  }

  const onMutations = (records: MutationRecord[]) => {
    callbacks += 1;
    if (callbacks % ALIVE_CHECK_EVERY === 0 && !options.alive()) return stop();
    // Index loops: iterators over the records' node lists cost more than the test itself in an isolated world.
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as MutationRecord;
      if (record.type === 'characterData') {
        textChanged = true;
        continue;
      }
      const added = record.addedNodes;
      for (let j = 0; j < added.length; j++) {
        const node = added[j] as Node;
        if (node.nodeType === 1) {
          if (!SKIPPED.has(node.nodeName)) pending.add(node as Element);
        } else if (node.nodeType === 3) {
          textChanged = true;
          const parent = node.parentElement;
          if (parent && !SKIPPED.has(parent.nodeName)) pending.add(parent);
        }
      }
      if (record.removedNodes.length) textChanged = true;
    }
    if (pending.size > 0 || textChanged) schedule();
  };

  /** Observes the page as the features of this page want it: not at all, elements, or elements and text. */
  const observe = (want: 'elements' | 'text' | null) => {
    if (want === observed) return;
    observer?.disconnect();
    observer = null;
    observed = want;
    if (!want) return;
    observer = new MutationObserver(onMutations);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: want === 'text' });
  };

  /** Starts the features that want something of this page now, stops those that no longer do. */
  const startFeatures = () => {
    const current = page;
    const next: Run[] = [];
    const started: Run[] = [];
    for (const feature of features) {
      const wants = current ? feature.wants(current) : null;
      const running = runs.find((r) => r.feature === feature);
      if (running && running.wants === wants) {
        next.push(running);
        continue;
      }
      running?.life.abort();
      if (!wants || !current) continue;
      const runLife = new AbortController();
      const run = { feature, wants, run: feature.start(current, runLife.signal), life: runLife };
      next.push(run);
      started.push(run);
    }
    runs = next;
    const needsText = runs.some((r) => r.wants === 'text');
    const needsElements = needsText || runs.some((r) => r.wants === 'elements');
    observe(needsText ? 'text' : needsElements || (animationsOff && runs.length > 0) ? 'elements' : null);
    return started;
  };

  /** The page as it is now: its features start, and get its whole content as their first batch. */
  function enter(): void {
    for (const r of runs) r.life.abort();
    runs = [];
    page = options.classify(location.href);
    startFeatures();
    firstBatch();
  }

  const refresh = () => {
    if (life.signal.aborted) return;
    // Features that start now get the whole page too; the others have seen it already.
    if (startFeatures().length > 0 && document.readyState !== 'loading' && document.body) {
      pending.add(document.body);
      schedule();
    }
  };

  /**
   * The first batch of a page: its body. While the document still loads, the browser announces every
   * element with URL evidence as it renders, and the observer (where there is one) every element added.
   */
  function firstBatch(): void {
    if (document.readyState === 'loading') return;
    if (observed || animationsOff) {
      if (document.body) pending.add(document.body);
    } else {
      for (const el of document.querySelectorAll(options.evidenceSelector)) evidence.add(el);
    }
    if (pending.size || evidence.size) schedule();
  }

  const onAnimation = (event: AnimationEvent) => {
    if (event.animationName !== options.evidenceAnimation || !event.isTrusted) return;
    if (!options.alive()) return stop();
    if (event.target instanceof Element) evidence.add(event.target);
    schedule();
  };

  /**
   * A page that switches every animation off (reduced motion) announces nothing: then the observer finds URL
   * evidence instead. One link tells: with no animation at all, not even Meta's own, the page took ours away.
   */
  const checkAnimations = () => {
    const sample = animationsOff ? null : document.querySelector(options.evidenceSelector);
    if (!sample || getComputedStyle(sample).animationName !== 'none') return;
    animationsOff = true;
    if (runs.length && !observed) {
      observe('elements');
      if (document.body) pending.add(document.body);
      schedule();
    }
  };

  const signal = life.signal;
  if (options.evidenceAnimation) {
    document.addEventListener('animationstart', onAnimation, { capture: true, passive: true, signal });
  }
  const navigation = (window as { navigation?: EventTarget }).navigation;
  const onNavigation = () => {
    if (page && location.href !== page.href) enter();
  };
  if (navigation) navigation.addEventListener('currententrychange', onNavigation, { signal });
  else window.addEventListener('popstate', onNavigation, { signal });
  if (document.readyState === 'loading') {
    // Started with the document: the browser has announced every element with URL evidence as it rendered,
    // so only an observer, starting now, needs the page's content as its first batch.
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        checkAnimations();
        if (observed) firstBatch();
      },
      { once: true, signal },
    );
  }
  enter();
  return { refresh, stop };
}
