import { browser } from 'wxt/browser';
import { emptyStore, Store } from '../core/state';

const KEY = 'objector';

let queue: Promise<unknown> = Promise.resolve();

export async function readStore(): Promise<Store> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (raw === undefined) return emptyStore();
  const parsed = Store.safeParse(raw);
  if (!parsed.success) throw new Error('Objector store is unreadable');
  return parsed.data;
}

/** Applies `change` to the store; changes run one after another so none is lost. */
export function updateStore(change: (store: Store) => void): Promise<Store> {
  const run = queue.then(async () => {
    const store = await readStore();
    change(store);
    await browser.storage.local.set({ [KEY]: store });
    return store;
  });
  queue = run.catch(() => {});
  return run;
}
