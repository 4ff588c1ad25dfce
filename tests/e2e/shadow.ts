import type { CDPSession, Page } from '@playwright/test';

/*
 * Objector draws its outlines and panels in closed shadow roots, out of the reach of Meta's scripts, and
 * of Playwright's locators too. Tests reach them as a user does: the browser's DevTools protocol finds the
 * element and where it is on screen, and the click or key press is real, trusted input at that place.
 */

interface Found {
  text: string;
  box: { x: number; y: number; width: number; height: number };
  nodeId: number;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let found = sessions.get(page);
  if (!found) {
    found = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('DOM.enable');
        return cdp;
      });
    sessions.set(page, found);
  }
  return found;
}

function hostsIn(node: DomNode, tag: string, out: DomNode[] = []): DomNode[] {
  if (node.localName === tag) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) hostsIn(child, tag, out);
  return out;
}

/** The elements matching `selector` inside the closed shadow root of every `host` element on the page. */
export async function findInShadow(page: Page, host: string, selector: string): Promise<Found[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: Found[] = [];
  for (const h of hostsIn(root, host)) {
    const shadow = h.shadowRoots?.[0];
    if (!shadow) continue;
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
    for (const nodeId of nodeIds) {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const r = this.getBoundingClientRect(); return { text: this.innerText ?? this.textContent ?? "", x: r.x, y: r.y, width: r.width, height: r.height }; }',
        returnByValue: true,
      });
      const { text, ...box } = result.value as { text: string } & Found['box'];
      found.push({ text, box, nodeId });
    }
  }
  return found;
}

/** One of Objector's own controls or texts, found by CSS selector (and, optionally, its words). */
export class ShadowLocator {
  constructor(
    private readonly page: Page,
    private readonly host: string,
    private readonly selector: string,
    private readonly words?: string | RegExp,
  ) {}

  private matches(text: string): boolean {
    if (this.words === undefined) return true;
    return typeof this.words === 'string' ? text.includes(this.words) : this.words.test(text);
  }

  /** The elements as they are now. */
  async all(): Promise<Found[]> {
    return (await findInShadow(this.page, this.host, this.selector)).filter((f) => this.matches(f.text));
  }

  async count(): Promise<number> {
    return (await this.all()).length;
  }

  /** The text of every match, one string (empty when there is none). */
  async text(): Promise<string> {
    return (await this.all()).map((f) => f.text).join('\n');
  }

  /** The one match drawn on screen, waiting for it; throws if there is none after `timeout`. */
  async shown(timeout = 5000): Promise<Found> {
    const until = Date.now() + timeout;
    for (;;) {
      const one = (await this.all()).find((f) => f.box.width > 0 && f.box.height > 0);
      if (one) return one;
      if (Date.now() > until) throw new Error(`${this.host} ${this.selector} ${this.words ?? ''}: not on screen`);
      await this.page.waitForTimeout(100);
    }
  }

  /** A real, trusted click of the mouse on the control's middle. */
  async click(): Promise<void> {
    const { box } = await this.shown();
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /**
   * Runs `fn` on the control in the page's own world, as a page script would if it ever got hold of it
   * (a closed shadow root gives it none): `this` is the element.
   */
  async asPageScript(fn: string): Promise<unknown> {
    const { nodeId } = await this.shown();
    const cdp = await session(this.page);
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    return result.value;
  }

  /** Focuses the control as a user's Tab would, then presses `key` (a trusted key press). */
  async press(key: string): Promise<void> {
    const { nodeId } = await this.shown();
    const cdp = await session(this.page);
    await cdp.send('DOM.focus', { nodeId });
    await this.page.keyboard.press(key);
  }
}

/** The page's guide panel, outline labels, form assist panel: the places Objector draws. */
export const objector = {
  guide: (page: Page, words?: string | RegExp) =>
    new ShadowLocator(page, 'objector-overlay', '[data-objector-guide]', words),
  guideButton: (page: Page, name: string | RegExp) =>
    new ShadowLocator(page, 'objector-overlay', '[data-objector-guide] button, [data-objector-guide] a', name),
  labels: (page: Page, words?: string | RegExp) =>
    new ShadowLocator(page, 'objector-overlay', '.mark.on .label', words),
  assist: (page: Page, words?: string | RegExp) => new ShadowLocator(page, 'objector-panel', '.panel', words),
  assistButton: (page: Page, name: string | RegExp) => new ShadowLocator(page, 'objector-panel', 'button', name),
};
