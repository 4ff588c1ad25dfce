import type { Platform } from '../catalog/pages';
import type { AccountKey } from './accounts';
import { parseAccountKey } from './accounts';
import type { Region } from './regions';
import type { HistoryEntry, Settings, Store } from './state';
import { canUndo, currentStatus, progressOf } from './status';
import { isStepDone, OBJECTION_STEPS, OPTIONAL_STEPS, type Status, type StepId, stepsForRegion } from './steps';

export interface StepView {
  step: StepId;
  status: Status;
  /** When the current status was set. */
  at?: number;
  /** How many changes the step has in all; the entries themselves come with `get-history` when the user asks. */
  historyCount: number;
  /** Set when the status comes from a linked account (same Accounts Center). */
  coveredBy?: AccountKey;
  /** Submitted more than 7 days ago and still no confirmation. */
  overdue?: boolean;
  /** The user's own last change of this step can be taken back (undo-status). */
  canUndo?: boolean;
}

export interface AccountView {
  key: AccountKey;
  platform: Platform;
  id: string;
  name?: string;
  loggedIn: boolean;
  steps: StepView[];
  /** Steps left to do (optional steps not counted): the badge number. */
  left: number;
  /** The first step not done yet, in checklist order. */
  next?: StepId;
  linkedTo: AccountKey[];
  /** Some step of this account is overdue (the reminder). */
  overdue: boolean;
}

export interface PopupView {
  region: Region | null;
  settings: Settings;
  accounts: AccountView[];
  /** Stored data that could not be read and was set aside (kept, and in the export): the user must hear of it. */
  problem?: { at: number; reason: string; newer?: number };
}

/** How long a submission may wait for Meta's confirmation before the reminder flags it. */
export const CONFIRMATION_WAIT_MS = 7 * 24 * 60 * 60 * 1000;

/** Every account linked to `key`, directly or through other links, `key` excluded. */
export function linkedGroup(links: Store['links'], key: AccountKey): AccountKey[] {
  const group = new Set<AccountKey>([key]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [a, b] of links) {
      if (group.has(a) !== group.has(b)) {
        group.add(group.has(a) ? b : a);
        grew = true;
      }
    }
  }
  group.delete(key);
  return [...group];
}

function isOverdue(history: readonly HistoryEntry[], now: number): boolean {
  const last = history.at(-1);
  return last?.status === 'submitted' && now - last.at > CONFIRMATION_WAIT_MS;
}

/** The objection status a linked account lends to this step, when it is further along than the step's own. */
function coverage(
  store: Store,
  key: AccountKey,
  step: StepId,
  own: Status,
): { status: Status; at?: number; by: AccountKey } | null {
  const ownProgress = progressOf(own);
  if (!OBJECTION_STEPS.has(step) || ownProgress === undefined) return null;
  const others = linkedGroup(store.links, key);
  // Unlinked, nothing is known about the account's Accounts Center; linked, the whole group counts, itself included.
  if (others.length === 0) return null;
  let best: { status: Status; at?: number; by: AccountKey } | null = null;
  for (const other of [key, ...others]) {
    for (const objection of OBJECTION_STEPS) {
      if (other === key && objection === step) continue;
      const theirs = store.accounts[other]?.steps[objection];
      const status = currentStatus(theirs);
      const progress = progressOf(status) ?? 0;
      if (progress < 2 || progress <= ownProgress) continue;
      if (best && progress <= (progressOf(best.status) ?? 0)) continue;
      best = { status, at: theirs?.at(-1)?.at, by: other };
    }
  }
  return best;
}

/** How many of a step's latest changes `get-history` returns; the full history stays in the store and export. */
export const HISTORY_IN_PANEL = 100;

/** What the status panel lists for one step: the latest entries (oldest first) and how many there are in all. */
export interface StepHistoryView {
  entries: HistoryEntry[];
  count: number;
}

/** One step's own history for the status panel; the view itself carries none, so the popup opens fast. */
export function historyView(store: Store, key: AccountKey, step: StepId): StepHistoryView {
  const history = store.accounts[key]?.steps[step] ?? [];
  return { entries: history.slice(-HISTORY_IN_PANEL), count: history.length };
}

/** What the popup shows: logged-in accounts first, then every other known account. */
export function buildView(store: Store, loggedIn: readonly AccountKey[], now: number = Date.now()): PopupView {
  const region = store.settings.region ?? null;
  const keys = [...loggedIn, ...Object.keys(store.accounts).filter((k) => !loggedIn.includes(k))];
  const accounts = keys.map((key): AccountView => {
    const record = store.accounts[key];
    const { platform, id } = parseAccountKey(key);
    const steps = stepsForRegion(region ?? 'eu').map((step): StepView => {
      const own = record?.steps[step] ?? [];
      const status = currentStatus(own);
      const recent = { historyCount: own.length, canUndo: canUndo(own) };
      const covered = coverage(store, key, step, status);
      if (covered) return { step, status: covered.status, at: covered.at, ...recent, coveredBy: covered.by };
      const view: StepView = { step, status, at: own.at(-1)?.at, ...recent };
      if (isOverdue(own, now)) view.overdue = true;
      return view;
    });
    const open = steps.filter((s) => !isStepDone(s.status));
    return {
      key,
      platform,
      id,
      name: record?.name,
      loggedIn: loggedIn.includes(key),
      steps,
      left: open.filter((s) => !OPTIONAL_STEPS.has(s.step)).length,
      next: open[0]?.step,
      linkedTo: store.links.flatMap(([a, b]) => (a === key ? [b] : b === key ? [a] : [])),
      overdue: steps.some((s) => s.overdue),
    };
  });
  const last = store.setAside.at(-1);
  return {
    region,
    settings: store.settings,
    accounts,
    ...(last ? { problem: { at: last.at, reason: last.reason, ...(last.newer ? { newer: last.newer } : {}) } } : {}),
  };
}
