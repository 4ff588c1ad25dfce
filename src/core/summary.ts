import * as z from 'zod/mini';
import { AccountKey } from './accounts';
import { SetAside, Settings, type Store } from './state';
import { canUndo, currentStatus } from './status';
import { Status, StepId } from './steps';

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
export const StepSummary = z.object({
  status: Status,
  /** When the current status was set (the last entry's time); absent for an empty history. */
  at: z.optional(z.number()),
  /** How many entries the history has. */
  count: z.number(),
  /** The user's own last change can be taken back. */
  canUndo: z.boolean(),
});
export type StepSummary = z.infer<typeof StepSummary>;

export const AccountSummary = z.object({
  name: z.optional(z.string()),
  steps: z.partialRecord(StepId, StepSummary),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/** Everything the popup's view is built from. */
export const StoreSummary = z.object({
  settings: Settings,
  accounts: z.record(AccountKey, AccountSummary),
  links: z.array(z.tuple([AccountKey, AccountKey])),
  /** The latest set-aside copy, if any (the view's `problem`). */
  setAside: z.optional(SetAside),
});
export type StoreSummary = z.infer<typeof StoreSummary>;

/** The summary as stored: with the writer token of the write that stored it. */
export const StoredSummary = z.extend(StoreSummary, { writer: z.string() });
export type StoredSummary = z.infer<typeof StoredSummary>;

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
  const parsed = StoredSummary.safeParse(stored[SUMMARY_KEY]);
  if (!parsed.success || parsed.data.writer !== stored[WRITER_KEY]) return null;
  const { writer: _, ...summary } = parsed.data;
  return summary;
}
