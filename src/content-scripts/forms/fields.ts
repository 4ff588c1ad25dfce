import { FIELD_NAMES, FORM_WORDS } from '../../catalog/form-words';
import type { FormWords } from '../../catalog/language-schema';
import { accessibleName, BUTTONS, CHROME, type Control, editableFields, isShown } from '../shared/form-structure';
import { normalizeText, type PhraseMatcher, phraseMatcher } from '../shared/text';

/*
 * Meta's form fields, found the way a person finds them: by their accessible name (label, aria-label,
 * aria-labelledby, placeholder), by their type, or by the stable `name` of a server-rendered help form.
 * The portal's inputs have no names and its buttons are div[role=button]: names and words are enough.
 */

export interface FormFields {
  email?: HTMLInputElement;
  country?: HTMLSelectElement | HTMLInputElement;
  reason?: HTMLTextAreaElement;
  /** The one-time code Meta sends by e-mail: the user types it. */
  code?: HTMLInputElement;
}

const PARTS = {
  email: (w: FormWords) => w.labels.email,
  country: (w: FormWords) => w.labels.country,
  reason: (w: FormWords) => w.labels.reason,
  code: (w: FormWords) => w.labels.code,
  buttons: (w: FormWords) => [...w.buttons.submit, ...w.buttons.next, ...w.buttons.requestCode],
  success: (w: FormWords) => w.success,
};

const matchers = new Map<keyof typeof PARTS, PhraseMatcher | null>();

/** One part of every language's form words, as one matcher: a page may carry the wrong `lang`. */
export function formWords(part: keyof typeof PARTS): PhraseMatcher | null {
  if (!matchers.has(part)) {
    const pick = PARTS[part];
    matchers.set(part, phraseMatcher(Object.fromEntries(Object.entries(FORM_WORDS).map(([l, w]) => [l, pick(w)]))));
  }
  return matchers.get(part) ?? null;
}

const isText = (el: Element): el is HTMLInputElement =>
  el instanceof HTMLInputElement && ['text', 'email', 'tel', ''].includes(el.type);

/** The fields Objector knows under `root`: by name attribute, then type, then label words. */
export function findFields(root: ParentNode): FormFields {
  const controls = editableFields(root);
  const byName = (names: readonly string[]) => controls.find((el) => names.includes((el.name ?? '').toLowerCase()));
  const byLabel = (words: PhraseMatcher | null, accept: (el: Control) => boolean) =>
    words ? controls.find((el) => accept(el) && words.test(normalizeText(accessibleName(el)))) : undefined;
  const code =
    controls.find((el) => el.getAttribute('autocomplete') === 'one-time-code') ??
    byName(FIELD_NAMES.code) ??
    byLabel(formWords('code'), (el) => isText(el) && el.type !== 'email');
  const email =
    byName(FIELD_NAMES.email) ??
    controls.find((el) => el instanceof HTMLInputElement && el.type === 'email') ??
    byLabel(formWords('email'), (el) => isText(el) && el !== code);
  const country =
    byName(FIELD_NAMES.country) ??
    byLabel(
      formWords('country'),
      (el) => el !== email && el !== code && (el instanceof HTMLSelectElement || isText(el)),
    );
  const reason =
    byName(FIELD_NAMES.reason) ??
    byLabel(formWords('reason'), (el) => el instanceof HTMLTextAreaElement) ??
    controls.find((el) => el instanceof HTMLTextAreaElement);
  const fields: FormFields = {};
  if (email instanceof HTMLInputElement) fields.email = email;
  if (country instanceof HTMLSelectElement || country instanceof HTMLInputElement) fields.country = country;
  if (reason instanceof HTMLTextAreaElement) fields.reason = reason;
  if (code instanceof HTMLInputElement) fields.code = code;
  return fields;
}

const isEnabled = (el: Element) =>
  el.getAttribute('aria-disabled') !== 'true' && !(el instanceof HTMLButtonElement && el.disabled);

const buttonText = (el: HTMLElement) =>
  normalizeText(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));

function buttonsIn(region: ParentNode): HTMLElement[] {
  return [...region.querySelectorAll<HTMLElement>(BUTTONS)].filter(
    (el) => !el.closest(CHROME) && isShown(el) && isEnabled(el),
  );
}

/** The buttons that move a form on by Meta's words (send, continue, request a code): the form is still there. */
export function continueButtons(region: ParentNode): HTMLElement[] {
  const words = formWords('buttons');
  return buttonsIn(region).filter((el) => buttonText(el).length < 40 && (words?.test(buttonText(el)) ?? false));
}

/**
 * The button that moves this step of the form on (send, continue, request the code): by Meta's words,
 * then a real submit button, then the region's last button. Pointed at, never pressed.
 */
export function stepButton(region: Element): HTMLElement | undefined {
  const worded = continueButtons(region);
  const buttons = buttonsIn(region);
  return (
    worded.find((el) => el.getAttribute('type') === 'submit') ??
    worded.at(-1) ??
    buttons.find((el) => el.getAttribute('type') === 'submit') ??
    buttons.at(-1)
  );
}
