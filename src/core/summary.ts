import type { AccountKey } from './accounts';
import {
  isKey,
  isLinks,
  isNumber,
  isPlain,
  isSetAside,
  isSettings,
  isString,
  onlyKeys,
  optional,
  STATUS_SET,
  STEPS,
} from './plain-checks';
import type { SetAside, Settings, Store } from './state';
import { canUndo, currentStatus } from './status';
import type { Status, StepId } from './steps';

/**
 * Key of the store's summary in `storage.local`: each step's current status, not its history.
 * The background writes it in the same `set` as the store itself, so the popup can draw its
 * first view from a few kilobytes instead of reading (and waiting for the background to read)
 * every history. It is derived data: the store stays the one source of truth, and export,
 * import and migration never look at the summary.
 */
export const SUMMARY_KEY = 'objector-summary';

/** Marks the background's own writes; the summary names the write it came with (see `readSummary`). */
export const WRITER_KEY = 'objector-writer';

/** Where one step stands: what `buildView` needs of its history, without the history. */
export interface StepSummary {
  status: Status;
  /** When the current status was set (the last entry's time); absent for an empty history. */
  at?: number;
  /** How many entries the history has. */
  count: number;
  /** The user's own last change can be taken back. */
  canUndo: boolean;
}

export interface AccountSummary {
  name?: string;
  steps: Partial<Record<StepId, StepSummary>>;
}

/** Everything the popup's view is built from. */
export interface StoreSummary {
  settings: Settings;
  accounts: Record<AccountKey, AccountSummary>;
  links: Store['links'];
  /** The latest set-aside copy, if any (the view's `problem`). */
  setAside?: SetAside;
}

/** The summary as stored: with the writer token of the write that stored it. */
export interface StoredSummary extends StoreSummary {
  writer: string;
}

// Checked by hand, as src/background/exact-store.ts checks the store: the popup ships no zod.
function isStepSummary(v: unknown): boolean {
  return (
    isPlain(v) &&
    onlyKeys(v, ['status', 'at', 'count', 'canUndo']) &&
    STATUS_SET.has(v.status) &&
    optional(v.at, isNumber) &&
    Number.isSafeInteger(v.count) &&
    (v.count as number) >= 0 &&
    typeof v.canUndo === 'boolean'
  );
}

function isAccountSummary(v: unknown): boolean {
  if (!isPlain(v) || !onlyKeys(v, ['name', 'steps']) || !optional(v.name, isString) || !isPlain(v.steps)) return false;
  for (const step in v.steps) if (!STEPS.has(step) || !isStepSummary(v.steps[step])) return false;
  return true;
}

/** Whether `raw` is a stored summary, exactly as `save` writes one. */
export function isStoredSummary(raw: unknown): raw is StoredSummary {
  if (!isPlain(raw) || !onlyKeys(raw, ['settings', 'accounts', 'links', 'setAside', 'writer'])) return false;
  if (!isString(raw.writer) || !isSettings(raw.settings) || !isPlain(raw.accounts)) return false;
  for (const key in raw.accounts) if (!isKey(key) || !isAccountSummary(raw.accounts[key])) return false;
  return isLinks(raw.links) && optional(raw.setAside, isSetAside);
}

/** The summary of a store: the last entry, length and undo state of every history. */
export function summarize(store: Store): StoreSummary {
  const accounts: Record<AccountKey, AccountSummary> = {};
  for (const [key, record] of Object.entries(store.accounts)) {
    const steps: AccountSummary['steps'] = {};
    for (const [step, history = []] of Object.entries(record.steps) as Array<
      [StepId, Store['accounts'][string]['steps'][StepId]]
    >) {
      const at = history.at(-1)?.at;
      steps[step] = {
        status: currentStatus(history),
        ...(at === undefined ? {} : { at }),
        count: history.length,
        canUndo: canUndo(history),
      };
    }
    accounts[key] = { ...(record.name === undefined ? {} : { name: record.name }), steps };
  }
  const last = store.setAside.at(-1);
  return { settings: store.settings, accounts, links: store.links, ...(last ? { setAside: last } : {}) };
}

/**
 * The stored summary, when it is valid and came with the latest write of the background (its
 * writer token is the one stored beside it); null otherwise: the caller asks the background.
 */
export function readSummary(stored: Record<string, unknown>): StoreSummary | null {
  const raw = stored[SUMMARY_KEY];
  if (!isStoredSummary(raw) || raw.writer !== stored[WRITER_KEY]) return null;
  const { writer: _, ...summary } = raw;
  return summary;
}
