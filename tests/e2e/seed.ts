import type { Worker } from '@playwright/test';
import type { AccountKey } from '../../src/core/accounts';
import { type AccountRecord, emptyStore, type HistoryEntry, type Settings, type Store } from '../../src/core/state';
import type { StepId } from '../../src/core/steps';

const DAY = 24 * 60 * 60 * 1000;

/** A store in the shape the background keeps, at the current version. */
export function makeStore(parts: {
  settings?: Settings;
  accounts?: Record<AccountKey, AccountRecord>;
  links?: [AccountKey, AccountKey][];
}): Store {
  return { ...emptyStore(), ...parts, settings: parts.settings ?? {}, accounts: parts.accounts ?? {} } as Store;
}

/** One account record; `steps` maps a step to its history. */
export function account(
  key: AccountKey,
  options: { name?: string; steps?: Partial<Record<StepId, HistoryEntry[]>>; seen?: number } = {},
): AccountRecord {
  const [platform, id] = key.split(':') as ['facebook' | 'instagram', string];
  const seen = options.seen ?? Date.now() - 30 * DAY;
  return {
    platform,
    id,
    ...(options.name ? { name: options.name } : {}),
    firstSeen: seen,
    lastSeen: seen,
    steps: options.steps ?? {},
  };
}

export function entry(status: HistoryEntry['status'], daysAgo: number, source: HistoryEntry['source'] = 'detected') {
  return { status, at: Date.now() - daysAgo * DAY, source } satisfies HistoryEntry;
}

/** Writes the store straight into the extension's `storage.local`, as a user's earlier sessions left it. */
export async function seedStore(worker: Worker, store: Store): Promise<void> {
  await worker.evaluate(async (value) => {
    await chrome.storage.local.set({ objector: value });
  }, store);
}

/** The raw store as the background saved it. */
export async function readStoredStore(worker: Worker): Promise<Store> {
  return (await worker.evaluate(() => chrome.storage.local.get('objector'))).objector as Store;
}
