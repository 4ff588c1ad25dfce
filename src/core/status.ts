import type { AccountKey } from './accounts';
import type { HistoryEntry, Store } from './state';
import type { Status, StepId } from './steps';

/** The status a history ends in; a step nobody touched is `todo`. */
export function currentStatus(history: readonly HistoryEntry[] | undefined): Status {
  return history?.at(-1)?.status ?? 'todo';
}

export function stepHistory(store: Store, account: AccountKey, step: StepId): readonly HistoryEntry[] {
  return store.accounts[account]?.steps[step] ?? [];
}
