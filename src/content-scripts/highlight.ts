import type { Target } from '../catalog/schema';

export const STEP_ATTR = 'data-objector-step';

/** Marks an element as leading to a step: the attribute of the test contract and a visible outline. */
export function highlight(el: Element, target: Target): void {
  if (el.getAttribute(STEP_ATTR) === target.step) return;
  el.setAttribute(STEP_ATTR, target.step);
  if (el instanceof HTMLElement) {
    el.style.setProperty('outline', '3px solid #d6336c', 'important');
    el.style.setProperty('outline-offset', '2px', 'important');
  }
}
