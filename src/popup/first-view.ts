import { browser } from 'wxt/browser';
import { loggedInAccounts } from '../core/session';
import { currentStore, emptyStore, STORE_KEY } from '../core/state';
import { buildView, type PopupView } from '../core/view';

/**
 * The popup's first view, read from storage with the background's own schema and view function, so a
 * stopped background does not have to wake first. Null when the store is not a current one (an older or
 * unreadable store, which only the background migrates or sets aside): then the popup asks it.
 */
export async function readFirstView(now: number = Date.now()): Promise<PopupView | null> {
  const [stored, loggedIn] = await Promise.all([browser.storage.local.get(STORE_KEY), loggedInAccounts()]);
  const raw = stored[STORE_KEY];
  const store = raw === undefined ? emptyStore() : currentStore(raw);
  return store ? buildView(store, loggedIn, now) : null;
}
