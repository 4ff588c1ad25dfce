import type { PopupView } from '../core/view';
import { ask } from './api';

let early: Promise<PopupView> | null = null;

/** Asks the background for the view now, at module evaluation: the worker wakes while the rest of the page loads. */
export function askViewEarly(): void {
  early ??= ask<PopupView>({ type: 'get-view' });
}

/** The view asked for early, handed out once; later loads ask afresh. */
export function takeEarlyView(): Promise<PopupView> | null {
  const taken = early;
  early = null;
  return taken;
}
