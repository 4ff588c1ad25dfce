import { browser } from 'wxt/browser';
import type { PendingSubmission } from '../core/messages';
import type { StepId } from '../core/steps';

/**
 * Submissions the user started, per tab, until Meta's page shows whether they were taken: in the same
 * page (the content script reports it), or on the next page the tab loads (a form that posts and
 * navigates). Kept in `storage.session`: in memory, out of the content scripts' reach, and kept while the
 * service worker sleeps.
 */

/** How long after the user's submit Meta's answer still counts. */
export const SUBMISSION_WINDOW_MS = 5 * 60 * 1000;

const KEY = 'objector-pending';

interface Stored extends PendingSubmission {
  /** Meta pages the tab loaded since the submission: only the first can be Meta's answer to it. */
  loads: number;
}

type Table = Record<string, Stored>;

async function readTable(): Promise<Table> {
  return ((await browser.storage.session.get(KEY))[KEY] as Table | undefined) ?? {};
}

let queue: Promise<unknown> = Promise.resolve();

/** Changes to the table one after another, so two tabs reporting at once lose nothing. */
function change<T>(work: (table: Table, now: number) => T): Promise<T> {
  const run = queue.then(async () => {
    const table = await readTable();
    const before = JSON.stringify(table);
    const now = Date.now();
    for (const [tab, entry] of Object.entries(table)) if (now - entry.at > SUBMISSION_WINDOW_MS) delete table[tab];
    const result = work(table, now);
    // Most Meta pages load with no submission waiting: nothing to write then.
    if (JSON.stringify(table) !== before) await browser.storage.session.set({ [KEY]: table });
    return result;
  });
  queue = run.catch(() => {});
  return run;
}

export function submissionStarted(tab: number, step: StepId, url: string): Promise<void> {
  return change((table, now) => {
    table[tab] = { step, url, at: now, loads: 0 };
  });
}

/** The tab started loading a page Objector cannot see (not one of Meta's): the user left; no answer comes. */
export function tabLeftMeta(tab: number): Promise<void> {
  return dropSubmission(tab);
}

/**
 * A new Meta page in the tab (its content script started): the first one after a submission may be
 * Meta's answer to it, so it gets the pending submission; any later one drops it.
 */
export function pageLoaded(tab: number): Promise<PendingSubmission | null> {
  return change((table) => {
    const entry = table[tab];
    if (!entry) return null;
    entry.loads += 1;
    if (entry.loads === 1) return { step: entry.step, url: entry.url, at: entry.at };
    delete table[tab];
    return null;
  });
}

/** Takes the tab's pending submission of `step` (Meta's page took it); null when there is none. */
export function takeSubmission(tab: number, step: StepId): Promise<PendingSubmission | null> {
  return change((table) => {
    const entry = table[tab];
    if (!entry || entry.step !== step) return null;
    delete table[tab];
    return { step: entry.step, url: entry.url, at: entry.at };
  });
}

export function dropSubmission(tab: number): Promise<void> {
  return change((table) => {
    delete table[tab];
  });
}
