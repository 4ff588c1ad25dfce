import { loggedInAccounts } from '../background/accounts';
import type { AccountKey } from '../core/accounts';
import { browser } from '../core/native-browser';
import { SUMMARY_KEY, WRITER_KEY } from '../core/summary';

/** The reads the popup's first view needs: the store's summary and the session cookies. */
export interface EarlyReads {
  stored: Promise<Record<string, unknown>>;
  loggedIn: Promise<AccountKey[]>;
}

const GLOBAL = '__objectorEarlyReads';
type Holder = { [GLOBAL]?: EarlyReads };

const read = (): EarlyReads => ({
  stored: browser.storage.local.get([SUMMARY_KEY, WRITER_KEY]),
  loggedIn: loggedInAccounts(),
});

/**
 * Starts the reads as the page opens. popup.html runs this from a small classic script that loads
 * beside the popup's own script, so the browser answers while that script is still being fetched.
 */
export function startEarlyReads(): void {
  (globalThis as Holder)[GLOBAL] ??= read();
}

/** The reads started early, handed out once; fresh reads when none are waiting. */
export function takeEarlyReads(): EarlyReads {
  const holder = globalThis as Holder;
  const started = holder[GLOBAL];
  delete holder[GLOBAL];
  return started ?? read();
}
