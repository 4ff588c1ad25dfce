import { browser } from 'wxt/browser';
import { CONFIRMATION_PHRASES, SUCCESS_PHRASES } from '../catalog/statements';
import { CATALOG } from '../catalog/targets';
import { platformOf } from '../core/hosts';
import type { StepId } from '../core/steps';
import { FORM_PATH, targetForUrl } from './matcher';
import { hiddenByMarkup, hiddenByStyle, normalizeText, type PhraseMatcher, phraseMatcher, visibleText } from './text';

/** What a page is for tracking: an objection form, Facebook's notifications, or neither. */
export type TrackedPage = { kind: 'form'; step: StepId; formUrl: string } | { kind: 'notifications' } | null;

export function trackedPage(href: string): TrackedPage {
  const target = targetForUrl(CATALOG, href, href);
  const url = new URL(href);
  if (target?.kind === 'form') {
    // The form's own address, also when Meta shows its success screen at a sub-path or with a query.
    const formPath = FORM_PATH.exec(url.pathname)?.[0].replace(/\/$/, '') ?? url.pathname;
    return { kind: 'form', step: target.step, formUrl: `${url.origin}${formPath}` };
  }
  if (platformOf(url) === 'facebook' && url.pathname.startsWith('/notifications')) return { kind: 'notifications' };
  return null;
}

let statements: { success: PhraseMatcher | null; confirmation: PhraseMatcher | null } | undefined;

/** Which of Meta's statements `text` contains: the success screen, the confirmation, or none. */
export function statementIn(text: string): 'submitted' | 'confirmed' | null {
  // Compiled on first use: most pages never read a statement.
  statements ??= { success: phraseMatcher(SUCCESS_PHRASES), confirmation: phraseMatcher(CONFIRMATION_PHRASES) };
  const normal = normalizeText(text);
  if (statements.confirmation?.test(normal)) return 'confirmed';
  if (statements.success?.test(normal)) return 'submitted';
  return null;
}

/** The statement a reader can see under `root`: hidden decoy text does not count. */
export function visibleStatement(root: Element): 'submitted' | 'confirmed' | null {
  const quick = statementIn(visibleText(root, hiddenByMarkup));
  return quick ? statementIn(visibleText(root, hiddenByStyle)) : null;
}

export function reportStep(step: StepId, status: 'opened' | 'submitted' | 'confirmed', url: string): void {
  void browser.runtime.sendMessage({ type: 'step-detected', step, status, url }).catch(() => {});
}

/**
 * Meta's confirmation in a notification on Facebook's notifications page (reached by client-side
 * navigation as often as by a page load): marks the objection `confirmed`, once per visit.
 */
export function confirmationWatch(): {
  navigated: (href: string) => void;
  added: (roots: Element[]) => void;
  /** Whether every added element matters (the notifications page), not only links. */
  watching: () => boolean;
} {
  let watching = false;
  return {
    watching: () => watching,
    navigated(href) {
      watching = trackedPage(href)?.kind === 'notifications';
    },
    added(roots) {
      if (!watching) return;
      for (const root of roots) {
        if (!visibleStatement(root)) continue;
        watching = false;
        reportStep('fb-objection', 'confirmed', location.href);
        return;
      }
    },
  };
}
