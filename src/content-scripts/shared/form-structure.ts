import { hiddenByMarkup, hiddenByStyle } from './text';

/*
 * The structure of Meta's forms, whatever their words: which fields are editable on screen, where a form
 * ends, and whether it shows an error. The form pages' script adds the words (forms/fields.ts); the
 * every-page script needs only this to see Meta's answer to a submission on the next page.
 */

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const SKIPPED_INPUT_TYPES = new Set([
  'hidden',
  'submit',
  'button',
  'checkbox',
  'radio',
  'file',
  'image',
  'reset',
  'search',
]);
/** Page chrome, not the form: the header's search box, navigation. */
export const CHROME = '[role="banner"],[role="search"],[role="navigation"],header,nav';
export const BUTTONS = 'button,input[type="submit"],[role="button"]';

/** Shown to a reader: neither it nor an ancestor is hidden. */
export function isShown(el: Element): boolean {
  if (hiddenByMarkup(el)) return false;
  for (let node: Element | null = el; node; node = node.parentElement) if (hiddenByStyle(node)) return false;
  return true;
}

/** The words a reader associates with a control: its labels, ARIA names and placeholder. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) for (const id of labelled.split(/\s+/)) parts.push(doc.getElementById(id)?.textContent ?? '');
  parts.push(el.getAttribute('aria-label') ?? '');
  if (el.id) {
    for (const label of doc.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) parts.push(label.textContent ?? '');
  }
  const wrapping = el.closest('label');
  if (wrapping) parts.push(wrapping.textContent ?? '');
  parts.push(el.getAttribute('placeholder') ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The editable fields of the form on screen, page chrome left out. */
export function editableFields(root: ParentNode): Control[] {
  return [...root.querySelectorAll<Control>('input, select, textarea')].filter(
    (el) =>
      !el.disabled &&
      !(el instanceof HTMLSelectElement ? false : el.readOnly) &&
      !(el instanceof HTMLInputElement && SKIPPED_INPUT_TYPES.has(el.type)) &&
      !el.closest(CHROME) &&
      isShown(el),
  );
}

/** The part of the page that holds the form: its <form>, or the portal's card around the fields and buttons. */
export function formRegion(field: Element): Element {
  const form = field.closest('form');
  if (form) return form;
  for (let up = field.parentElement; up; up = up.parentElement) {
    if (up.querySelector(BUTTONS) && up !== up.ownerDocument.body) return up;
  }
  return field.ownerDocument.body;
}

/** An error the page shows: an alert with words, or a field marked invalid. */
export function showsError(root: ParentNode): boolean {
  for (const el of root.querySelectorAll('[role="alert"],[aria-live="assertive"]')) {
    if ((el.textContent ?? '').trim() && isShown(el)) return true;
  }
  for (const el of root.querySelectorAll('[aria-invalid="true"]')) if (isShown(el)) return true;
  return false;
}
