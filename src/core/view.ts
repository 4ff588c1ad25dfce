import type { AccountKey } from './accounts';
import { parseAccountKey } from './accounts';
import type { Platform } from './hosts';
import type { HistoryEntry, Settings, Store } from './state';
import { currentStatus } from './status';
import { isStepDone, OPTIONAL_STEPS, type Region, type Status, type StepId, stepsForRegion } from './steps';

export interface StepView {
  step: StepId;
  status: Status;
  /** When the current status was set. */
  at?: number;
  history: HistoryEntry[];
  /** Set when the status comes from a linked account (same Accounts Center). */
  coveredBy?: AccountKey;
  /** Submitted more than 7 days ago and still no confirmation. */
  overdue?: boolean;
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
}

export interface PopupView {
  region: Region | null;
  settings: Settings;
  accounts: AccountView[];
  /** A problem with the stored data the user must know about (e.g. a store set aside). */
  problem?: string;
}

/** What the popup shows: logged-in accounts first, then every other known account. */
export function buildView(store: Store, loggedIn: readonly AccountKey[]): PopupView {
  const region = store.settings.region ?? null;
  const keys = [...loggedIn, ...Object.keys(store.accounts).filter((k) => !loggedIn.includes(k))];
  const accounts = keys.map((key): AccountView => {
    const record = store.accounts[key];
    const { platform, id } = parseAccountKey(key);
    const steps = stepsForRegion(region ?? 'eu').map((step): StepView => {
      const history = record?.steps[step] ?? [];
      return { step, status: currentStatus(history), at: history.at(-1)?.at, history };
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
    };
  });
  return { region, settings: store.settings, accounts };
}
