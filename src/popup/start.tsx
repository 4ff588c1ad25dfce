import { render } from 'preact';
import { send } from '../core/messaging';
import { currentStore, emptyStore } from '../core/state';
import { STORE_KEY } from '../core/storage-keys';
import { buildView, type PopupView } from '../core/view';
import type { FirstReads } from './first-view';
import { localisePage } from './i18n';
import { SCRIPT_START_MARK } from './mark';
import { Popup } from './Popup';
import './popup.css';

/**
 * The first view from those reads, with the background's own schema and view function. A store that is not
 * a current one (older, or unreadable: only the background migrates it or sets it aside) is the background's
 * to answer.
 */
export async function firstView(reads: FirstReads): Promise<PopupView> {
  const [stored, loggedIn] = await reads;
  const raw = stored[STORE_KEY];
  const store = raw === undefined ? emptyStore() : currentStore(raw);
  return store ? buildView(store, loggedIn) : send({ type: 'get-view' });
}

/** Renders the popup once its first view is known. */
export function startPopup(reads: FirstReads): void {
  performance.mark(SCRIPT_START_MARK);
  localisePage('popupTitle');
  void firstView(reads)
    .catch(() => null)
    .then((view) => render(<Popup initial={view} />, document.getElementById('app') as HTMLElement));
}
