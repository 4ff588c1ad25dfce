import { readSummary } from '../core/summary';
import { type PopupView, viewFromSummary } from '../core/view';
import { takeEarlyReads } from './early-reads';

let early: Promise<PopupView | null> | null = null;

/**
 * The popup's view built right here, from the store's summary and the session cookies: a few
 * kilobytes, and no wait for the background to wake and read every history. Null when there is
 * no up-to-date summary (first run, right after an update, a write by anyone else): the
 * background then answers, and rewrites the summary on its next write.
 */
export async function readLocalView(now: number = Date.now()): Promise<PopupView | null> {
  const reads = takeEarlyReads();
  const [stored, loggedIn] = await Promise.all([reads.stored, reads.loggedIn]);
  const summary = readSummary(stored);
  return summary ? viewFromSummary(summary, loggedIn, now) : null;
}

/** Starts the reads as the popup's script begins, before the rest of it evaluates. */
export function askViewEarly(): void {
  early ??= readLocalView().catch(() => null);
}

/** The view read early (null: ask the background), handed out once. */
export function takeEarlyView(): Promise<PopupView | null> {
  const taken = early ?? Promise.resolve(null);
  early = null;
  return taken;
}
