import type { Page } from '../../catalog/pages';
import type { PendingSubmission, Replies } from '../../core/messages';
import { send } from '../../core/messaging';
import type { StepId } from '../../core/steps';
import { BUTTONS, CHROME, editableFields, formRegion, isShown, showsError } from './form-structure';
import { hiddenByStyle, normalizeText, type PhraseMatcher, visibleText } from './text';
import type { Feature } from './watcher';

/*
 * A step becomes `submitted` only for what happened: the user's own submission in this tab (a trusted
 * click or key press on the form's step button, or Enter in one of its fields), then Meta's form gone or replaced
 * with no error on screen, in place, after a client-side route change, or on the next page the tab
 * loads. Words alone never count: Meta's known success words only say it sooner.
 */

/** What the page shows after a submission, as far as the decision needs it. */
export interface Snapshot {
  /** Editable fields or buttons that move a form on, still on screen (a wizard's next step, the same form). */
  fields: number;
  /** An error or a field marked invalid on screen. */
  error: boolean;
  /** The page shows something to read (not a page still blank while it loads). */
  content: boolean;
  /** Meta's known success words are on screen. */
  successWords: boolean;
}

/** How long the page must stay quiet, its form gone, before Objector takes the submission as done. */
export const SETTLE_MS = 800;
/** How long a submission waits for Meta's answer before Objector stops watching for it. */
export const ANSWER_WAIT_MS = 60_000;

export type Verdict = 'wait' | 'taken' | 'failed';

/** The decision, from what the page shows after the user's submission and how long it has been quiet. */
export function decide(shown: Snapshot, quietMs: number): Verdict {
  if (shown.error) return 'failed';
  if (shown.fields > 0 || !shown.content) return 'wait';
  return shown.successWords || quietMs >= SETTLE_MS ? 'taken' : 'wait';
}

const MAIN = '[role="main"],main';

/** What the form pages' script knows of Meta's words: its buttons that move a form on, its success screen. */
export interface FormReading {
  continueButtons: (root: ParentNode) => readonly Element[];
  success: PhraseMatcher | null;
}

/** What the page shows now: the form's own region while it is on the page, else the page's main part. */
export function snapshot(doc: Document, region: Element | null, words?: FormReading): Snapshot {
  const root = region?.isConnected ? region : (doc.querySelector(MAIN) ?? doc.body);
  if (!root) return { fields: 0, error: false, content: false, successWords: false };
  const text = normalizeText(visibleText(root, hiddenByStyle));
  return {
    fields: editableFields(root).length + (words?.continueButtons(root).length ?? 0),
    error: showsError(root),
    content: text.length > 0,
    successWords: words?.success?.test(text) ?? false,
  };
}

interface Armed {
  step: StepId;
  url: string;
  /** The part of the page the submitted form was in, while it is on the page. */
  region: Element | null;
  at: number;
}

export interface SubmissionOptions {
  /** The step of the form on a form page, once it is recognised as one Objector tracks. */
  formStep: () => StepId | null;
  /** The submission waiting in this tab when this page loaded (the background's answer to page-seen). */
  pending: Promise<PendingSubmission | null>;
  /** On form pages: the button that moves a step of the form on (the user's press of it is a submission). */
  stepButton?: (region: Element) => HTMLElement | undefined;
  /** Meta's words on its forms (the form pages' script has them; elsewhere the page's structure decides). */
  words?: FormReading;
  /** Meta's words that it will honour the objection. */
  saysConfirmed: (text: string) => boolean;
  /** The background recorded what Meta's page showed. */
  onRecorded?: (record: Replies['step-detected'], status: 'submitted' | 'confirmed') => void;
  /** What the feature wants changed: the watcher must ask it again. */
  changed: () => void;
}

/** Tracks the user's submissions of Meta's form and reports the ones Meta's page took. */
export function submissionFeature(options: SubmissionOptions): Feature {
  // The user's submission waiting for Meta's answer: across client-side routes of this document, and from
  // the previous page of this tab (a form that posts and navigates).
  let armed: Armed | null = null;
  let quietSince = 0;
  // The current page's check of what it shows, to run as soon as a submission is waiting.
  let check: (() => void) | null = null;
  const disarm = () => {
    armed = null;
    options.changed();
  };
  void options.pending.then((pending) => {
    if (!pending || armed) return;
    armed = { step: pending.step, url: pending.url, region: null, at: Date.now() };
    quietSince = Date.now();
    options.changed();
    check?.();
  });
  /** Reports what Meta's page showed; true when the background recorded it. */
  const report = (status: 'submitted' | 'confirmed', { step, url }: Armed) =>
    send({ type: 'step-detected', step, status, evidence: status === 'submitted' ? 'sent' : 'confirmation', url }).then(
      (record) => {
        options.onRecorded?.(record, status);
        return true;
      },
      () => false,
    );

  return {
    wants: (page) => (armed || (page.kind === 'form' && options.formStep()) ? 'text' : null),
    start(page: Page, signal) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const evaluate = () => {
        clearTimeout(timer);
        const current = armed;
        if (!current || signal.aborted) return;
        if (Date.now() - current.at > ANSWER_WAIT_MS) return disarm();
        const shown = snapshot(document, current.region, options.words);
        const verdict = decide(shown, Date.now() - quietSince);
        if (verdict === 'failed') {
          void send({ type: 'submission-failed' }).catch(() => {});
          disarm();
        } else if (verdict === 'taken') {
          disarm();
          void report('submitted', current).then((recorded) => {
            // Meta's confirmation on its form page, after the submission it took.
            if (recorded && page.kind === 'form' && options.saysConfirmed(visibleText(document.body, hiddenByStyle))) {
              void report('confirmed', current);
            }
          });
        } else if (!shown.fields && shown.content) {
          timer = setTimeout(evaluate, SETTLE_MS);
        }
      };
      const changed = () => {
        quietSince = Date.now();
        evaluate();
      };
      check = evaluate;
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          if (check === evaluate) check = null;
        },
        { once: true },
      );

      const { stepButton } = options;
      if (stepButton && page.kind === 'form' && page.formUrl) {
        const formUrl = page.formUrl;
        /** The user's own submission of the form `from` belongs to. */
        const arm = (from: Element) => {
          const step = options.formStep();
          if (!step) return;
          armed = { step, url: formUrl, region: formRegion(from), at: Date.now() };
          quietSince = Date.now();
          void send({ type: 'submission-started', step, url: formUrl }).catch(() => {});
          timer = setTimeout(evaluate, SETTLE_MS);
        };
        // A press of the step's own button: the one Objector points at, or a real submit button, never one of the
        // page's chrome (the header's search).
        const pressed = (target: EventTarget | null) => {
          const button = target instanceof Element ? target.closest(BUTTONS) : null;
          if (!button || button.closest(CHROME) || !isShown(button)) return null;
          return button.getAttribute('type') === 'submit' || button === stepButton(formRegion(button)) ? button : null;
        };
        // Only the user's own input arms: a trusted click or key press. A submit event proves nothing, since a
        // page script's form.requestSubmit() fires a trusted one.
        const listen = { capture: true, signal };
        document.addEventListener(
          'click',
          (e) => {
            const button = e.isTrusted ? pressed(e.target) : null;
            if (button) arm(button);
          },
          listen,
        );
        document.addEventListener(
          'keydown',
          (e) => {
            if (!e.isTrusted || (e.key !== 'Enter' && e.key !== ' ')) return;
            const target = e.target instanceof Element ? e.target : null;
            // Enter in a field sends a real form; the portal's buttons are div[role=button], pressed by Enter or Space.
            const field =
              e.key === 'Enter' && target?.matches('input') && !target.closest(CHROME) && target.closest('form');
            const button = pressed(target);
            if (field) arm(target);
            else if (button && button.getAttribute('role') === 'button') arm(button);
          },
          listen,
        );
      }
      if (armed) timer = setTimeout(evaluate, SETTLE_MS);
      return { added: changed, textChanged: changed };
    },
  };
}
