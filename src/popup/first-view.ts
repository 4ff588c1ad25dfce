import { browser } from 'wxt/browser';
import type { AccountKey } from '../core/accounts';
import { loggedInAccounts } from '../core/session';
import { STORE_KEY } from '../core/storage-keys';

/** What the popup's first view is built from: the stored store and who is logged in, read straight from storage. */
export type FirstReads = Promise<[Record<string, unknown>, AccountKey[]]>;

/**
 * Starts the reads of the popup's first view. The toolbar click often finds the background stopped, and
 * waking it takes longer than reading storage; an extension page's first reads take tens of milliseconds to
 * answer, so the popup starts them before it loads its interface (see src/entrypoints/popup/main.ts).
 */
export function startReads(): FirstReads {
  return Promise.all([browser.storage.local.get(STORE_KEY), loggedInAccounts()]);
}
