import type { Evidence, HistoryEntry } from './state';
import type { Status } from './steps';

/** The status a history ends in; a step nobody touched is `todo`. */
export function currentStatus(history: readonly HistoryEntry[] | undefined): Status {
  return history?.at(-1)?.status ?? 'todo';
}

/** How far along Meta's own flow a status is; user-only statuses (rejected, skipped) have no rank. */
const PROGRESS: Partial<Record<Status, number>> = { todo: 0, opened: 1, submitted: 2, confirmed: 3 };

export function progressOf(status: Status): number | undefined {
  return PROGRESS[status];
}

export type DetectedStatus = 'opened' | 'submitted' | 'confirmed';

/**
 * The history after the content script saw `status`, with what it saw. Detection only moves a step
 * forward: a form opened again never downgrades a submission, and opening a form does not undo the
 * user's "skipped" or "rejected"; a real submission or confirmation is recorded over them. A
 * confirmation with no submission before it is recorded as `unprompted`, so no one reads it as more.
 */
export function recordDetected(
  history: readonly HistoryEntry[],
  status: DetectedStatus,
  evidence: Evidence,
  at: number,
  url?: string,
): HistoryEntry[] {
  const current = currentStatus(history);
  const from = progressOf(current);
  const to = progressOf(status) ?? 0;
  const forward = from === undefined ? status !== 'opened' : to > from;
  if (!forward) return [...history];
  const unprompted = status === 'confirmed' && !entriesInEffect(history).some((e) => e.status === 'submitted');
  return [
    ...history,
    { status, at, source: 'detected', evidence, ...(url ? { url } : {}), ...(unprompted ? { unprompted } : {}) },
  ];
}

/** The history after the user set `status` by hand: always recorded, unless it changes nothing. */
export function recordUserChange(history: readonly HistoryEntry[], status: Status, at: number): HistoryEntry[] {
  if (currentStatus(history) === status) return [...history];
  return [...history, { status, at, source: 'user' }];
}

/**
 * The entries still in effect: an undo entry cancels the latest entry in effect before it.
 * The history itself keeps every entry; this is only how undo finds what to take back.
 */
function entriesInEffect(history: readonly HistoryEntry[]): HistoryEntry[] {
  const stack: HistoryEntry[] = [];
  for (const entry of history) {
    if (entry.undo) stack.pop();
    else stack.push(entry);
  }
  return stack;
}

/** Whether the user's last change of this step can be taken back (it was the user's, not detected). */
export function canUndo(history: readonly HistoryEntry[]): boolean {
  return entriesInEffect(history).at(-1)?.source === 'user';
}

/**
 * The history after the user takes back their own last change: a new entry restores the status
 * before it. Returns null when the latest change in effect was detected, not made by the user.
 */
export function recordUndo(history: readonly HistoryEntry[], at: number): HistoryEntry[] | null {
  const inEffect = entriesInEffect(history);
  if (inEffect.at(-1)?.source !== 'user') return null;
  const restored = currentStatus(inEffect.slice(0, -1));
  return [...history, { status: restored, at, source: 'user', undo: true }];
}
