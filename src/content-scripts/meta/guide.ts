import { linkForStep } from '../../catalog/step-links';
import { send } from '../../core/messaging';
import { OBJECTION_STEPS, type StepId } from '../../core/steps';
import { userEvent } from '../shared/host';
import { type Outline, uiMessage } from '../shared/outline/outline';
import type { Feature } from '../shared/watcher';

/** What the guide knows about the page and the account in front of it. */
export interface GuideFacts {
  /** The objection step of this page's platform. */
  pageStep: StepId;
  /** The account's next step: null when every step is done, undefined when no account is logged in. */
  next: StepId | null | undefined;
  /** Where the objection link is: outlined and visible, present but inside a collapsed section, or absent. */
  link: 'visible' | 'collapsed' | 'none';
  /** A collapsed section heading that holds the link was found (the link itself may not be in the page yet). */
  section: boolean;
  /** The catalog's direct link for a step. */
  linkFor: (step: StepId) => string | undefined;
}

export type GuideAction =
  | { kind: 'show' }
  | { kind: 'reveal' }
  | { kind: 'open'; href: string; labelKey: 'guideOpenForm' | 'guideOpenPage' }
  | { kind: 'none' };

export interface GuideModel {
  /** Message key and substitution of the first line. */
  headline: { key: 'guideNext' | 'guideNextLoggedOut' | 'guideAllDone'; step?: StepId };
  hintKey: 'guideLinkVisible' | 'guideLinkCollapsed' | 'guideNoLink';
  action: GuideAction;
}

/** What the guide panel says and offers; pure, so every case is a unit test. */
export function guideModel(facts: GuideFacts): GuideModel {
  const headline: GuideModel['headline'] =
    facts.next === undefined
      ? { key: 'guideNextLoggedOut', step: facts.pageStep }
      : facts.next === null
        ? { key: 'guideAllDone' }
        : { key: 'guideNext', step: facts.next };
  if (facts.link === 'visible') return { headline, hintKey: 'guideLinkVisible', action: { kind: 'show' } };
  if (facts.link === 'collapsed' || facts.section) {
    return { headline, hintKey: 'guideLinkCollapsed', action: { kind: 'reveal' } };
  }
  const step = facts.next === undefined ? facts.pageStep : facts.next;
  const href = step ? facts.linkFor(step) : undefined;
  if (!step || !href) return { headline, hintKey: 'guideNoLink', action: { kind: 'none' } };
  const labelKey = OBJECTION_STEPS.has(step) ? 'guideOpenForm' : 'guideOpenPage';
  return { headline, hintKey: 'guideNoLink', action: { kind: 'open', href, labelKey } };
}

const PANEL_CSS = `
.panel{position:fixed;right:16px;bottom:16px;width:300px;box-sizing:border-box;padding:12px 14px 14px;
  background:#fff;color:#1c1e21;border:2px solid #d6336c;border-radius:10px;box-shadow:0 4px 16px #0003;
  font:14px/1.4 system-ui,sans-serif;text-align:left}
.panel.aside{right:auto;left:16px}
.panel h2{margin:0 28px 6px 0;font-size:14px;font-weight:700;color:#d6336c}
.panel p{margin:0 0 8px}
.act{display:inline-block;padding:6px 12px;border:0;border-radius:6px;background:#d6336c;color:#fff;
  font:600 14px/1.3 system-ui,sans-serif;text-decoration:none;cursor:pointer}
.close{position:absolute;top:6px;right:6px;width:28px;height:28px;border:0;border-radius:50%;background:none;
  color:#444;font:20px/1 system-ui,sans-serif;cursor:pointer}
.report{display:block;margin:10px 0 0;padding:0;border:0;background:none;color:#444;font:12px/1.3 system-ui,sans-serif;
  text-decoration:underline;cursor:pointer}
.act:focus-visible,.close:focus-visible,.report:focus-visible{outline:3px solid #1b74e4;outline-offset:2px}
`;

/** The guide panel's DOM in the overlay's closed shadow root: rendered from a GuideModel, nothing else. */
export class GuidePanel {
  private readonly root: HTMLElement;
  private dismissed = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly shadow: ShadowRoot,
    private readonly onAction: (action: GuideAction) => void,
  ) {
    const doc = host.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.root = doc.createElement('section');
    this.root.className = 'panel';
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', uiMessage('guideTitle'));
    this.root.setAttribute('data-objector-guide', '');
    shadow.append(style);
  }

  render(model: GuideModel | null): void {
    if (!model || this.dismissed) {
      this.root.remove();
      return;
    }
    const doc = this.host.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string) => {
      const node = doc.createElement(tag);
      node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    const button = (text: string, className: string, act: () => void) => {
      const node = el('button', text, className);
      node.type = 'button';
      node.addEventListener('click', userEvent(this.host, act));
      return node;
    };
    const stepName = model.headline.step ? uiMessage(`step_${model.headline.step.replace(/-/g, '_')}`) : '';
    const close = button('×', 'close', () => {
      this.dismissed = true;
      this.root.remove();
    });
    close.setAttribute('aria-label', uiMessage('guideDismiss'));
    const parts: HTMLElement[] = [
      el('h2', uiMessage('guideTitle')),
      close,
      el('p', uiMessage(model.headline.key, stepName)),
      el('p', uiMessage(model.hintKey)),
    ];
    const { action } = model;
    if (action.kind === 'show' || action.kind === 'reveal') {
      parts.push(button(uiMessage('guideShowMe'), 'act', () => this.onAction(action)));
    } else if (action.kind === 'open') {
      const link = el('a', uiMessage(action.labelKey), 'act');
      link.href = action.href;
      parts.push(link);
    }
    parts.push(button(uiMessage('reportProblem'), 'report', () => void send({ type: 'open-report' }).catch(() => {})));
    this.root.replaceChildren(...parts);
    if (!this.root.isConnected) this.shadow.append(this.root);
  }

  /** Moves the panel to the other bottom corner when it covers `b` (what "Show me" brought into view). */
  keepClear(b: { left: number; right: number; top: number; bottom: number } | null): void {
    if (!b) return;
    const a = this.root.getBoundingClientRect();
    const covers = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (covers) this.root.classList.toggle('aside');
  }

  remove(): void {
    this.root.remove();
  }
}

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

function bringIntoView(el: Element): void {
  el.scrollIntoView({ block: 'center' });
  if (el instanceof HTMLElement && (el.tabIndex >= 0 || el.hasAttribute('href'))) el.focus({ preventScroll: true });
}

/**
 * The guide panel on Meta's Privacy Center and policy pages: what this account should do next, where the
 * way to object is, and "Show me", which opens the collapsed section that hides it (on the user's click).
 */
export function guideFeature(outline: Outline): Feature {
  return {
    wants: (page) =>
      page.surface?.guide && (page.family === 'facebook' || page.family === 'instagram') ? 'elements' : null,
    start(page, signal) {
      let panel: GuidePanel | null = null;
      let shown = '';
      let next: StepId | null | undefined;
      // The panel waits for the background's answer, so it never flashes a wrong headline.
      let nextKnown = false;
      let revealing = false;
      const pageStep = page.surface?.step ?? 'fb-objection';

      const objectionMarks = () =>
        [...outline.marks()].filter(([, m]) => m.match.surface.kind !== 'section').map(([el]) => el);
      const collapsedSection = () => {
        for (const [el, { match }] of outline.marks()) {
          if (match.surface.kind !== 'section') continue;
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
        panel?.keepClear(outline.overlay().footprint(link));
        return true;
      };
      const act = (action: GuideAction) => {
        if (action.kind === 'show') {
          tryReveal();
        } else if (action.kind === 'reveal') {
          // Runs inside the user's own click on "Show me": the one time Objector clicks anything of Meta's.
          const hidden = objectionMarks().find((el) => !isShown(el));
          const control = (hidden && collapsedControlOf(hidden)) ?? collapsedSection();
          control?.click();
          revealing = true;
          // Meta's sections open synchronously or on a later frame; further content arrives as a batch.
          if (!tryReveal()) requestAnimationFrame(() => revealing && !tryReveal() && requestAnimationFrame(tryReveal));
        }
      };
      const update = () => {
        if (signal.aborted || !nextKnown) return;
        const marks = objectionMarks();
        const model = guideModel({
          pageStep,
          next,
          link: marks.some(isShown) ? 'visible' : marks.some((el) => collapsedControlOf(el)) ? 'collapsed' : 'none',
          section: collapsedSection() !== null,
          linkFor: (step) => linkForStep(step, page.family === 'instagram' ? 'instagram' : 'facebook'),
        });
        const key = JSON.stringify(model);
        if (key === shown) return;
        shown = key;
        const overlay = outline.overlay();
        overlay.attach();
        panel ??= new GuidePanel(overlay.host, overlay.shadow, act);
        panel.render(model);
      };
      send({ type: 'get-next-step', url: page.href }).then(
        (reply) => {
          next = reply.account ? reply.next : undefined;
          nextKnown = true;
          update();
        },
        () => {
          nextKnown = true;
          update();
        },
      );
      signal.addEventListener('abort', () => panel?.remove(), { once: true });
      return {
        added() {
          if (revealing) tryReveal();
          update();
        },
      };
    },
  };
}
