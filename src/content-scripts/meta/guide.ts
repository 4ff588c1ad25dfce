import type { StepId } from '../core/steps';

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

const OBJECTION_STEPS: ReadonlySet<StepId> = new Set<StepId>(['fb-objection', 'ig-objection']);

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
.panel h2{margin:0 28px 6px 0;font-size:14px;font-weight:700;color:#d6336c}
.panel p{margin:0 0 8px}
.act{display:inline-block;padding:6px 12px;border:0;border-radius:6px;background:#d6336c;color:#fff;
  font:600 14px/1.3 system-ui,sans-serif;text-decoration:none;cursor:pointer}
.close{position:absolute;top:6px;right:6px;width:28px;height:28px;border:0;border-radius:50%;background:none;
  color:#444;font:20px/1 system-ui,sans-serif;cursor:pointer}
.act:focus-visible,.close:focus-visible{outline:3px solid #1b74e4;outline-offset:2px}
`;

/** The guide panel's DOM in the overlay's shadow root: rendered from a GuideModel, nothing else. */
export class GuidePanel {
  private readonly root: HTMLElement;
  private dismissed = false;

  constructor(
    private readonly shadow: ShadowRoot,
    private readonly message: (key: string, sub?: string) => string,
    private readonly onAction: (action: GuideAction) => void,
  ) {
    const doc = shadow.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.root = doc.createElement('section');
    this.root.className = 'panel';
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', message('guideTitle'));
    this.root.setAttribute('data-objector-guide', '');
    shadow.append(style);
  }

  render(model: GuideModel | null): void {
    if (!model || this.dismissed) {
      this.root.remove();
      return;
    }
    const doc = this.shadow.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string) => {
      const node = doc.createElement(tag);
      node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    const stepName = model.headline.step ? this.message(`step_${model.headline.step.replace(/-/g, '_')}`) : '';
    const close = el('button', '×', 'close');
    close.type = 'button';
    close.setAttribute('aria-label', this.message('guideDismiss'));
    close.addEventListener('click', () => {
      this.dismissed = true;
      this.root.remove();
    });
    const parts: HTMLElement[] = [
      el('h2', this.message('guideTitle')),
      close,
      el('p', this.message(model.headline.key, stepName)),
      el('p', this.message(model.hintKey)),
    ];
    const { action } = model;
    if (action.kind === 'show' || action.kind === 'reveal') {
      const button = el('button', this.message('guideShowMe'), 'act');
      button.type = 'button';
      button.addEventListener('click', () => this.onAction(action));
      parts.push(button);
    } else if (action.kind === 'open') {
      const link = el('a', this.message(action.labelKey), 'act');
      link.href = action.href;
      parts.push(link);
    }
    this.root.replaceChildren(...parts);
    if (!this.root.isConnected) this.shadow.append(this.root);
  }

  remove(): void {
    this.root.remove();
  }
}
