import { browser } from 'wxt/browser';
import { emptyStore, STORE_VERSION, type Store } from '../core/state';
import { migrate, salvage } from './migrate';

export const STORE_KEY = 'objector';
/** Prefix of the keys that hold unreadable stores, kept as they were. */
export const ASIDE_PREFIX = 'objector-aside-';
/** Prefix of the keys that keep a store as it was before a migration upgraded it. */
export const BEFORE_MIGRATION_PREFIX = 'objector-before-v';

// One queue for every read and write of the store in this worker: two tabs reporting at once lose nothing.
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => {});
  return run;
}

/**
 * The stored data, migrated to the current version. An older version is upgraded (its original
 * kept under `objector-before-v<N>`); a store that cannot be read is copied aside under a key of
 * its own, and what can still be read of it carries on, with the set-aside copy recorded.
 */
async function load(): Promise<Store> {
  const raw = (await browser.storage.local.get(STORE_KEY))[STORE_KEY];
  if (raw === undefined) return emptyStore();
  const migrated = migrate(raw);
  if (migrated.ok) {
    if (migrated.from !== STORE_VERSION) {
      const backup = `${BEFORE_MIGRATION_PREFIX}${migrated.from}`;
      if ((await browser.storage.local.get(backup))[backup] === undefined) {
        await browser.storage.local.set({ [backup]: raw });
      }
      await browser.storage.local.set({ [STORE_KEY]: migrated.store });
    }
    return migrated.store;
  }
  const at = Date.now();
  const all = await browser.storage.local.get(null);
  let key = `${ASIDE_PREFIX}${at}`;
  for (let n = 1; key in all; n++) key = `${ASIDE_PREFIX}${at}-${n}`;
  await browser.storage.local.set({ [key]: raw });
  const store = salvage(raw);
  store.setAside.push({ key, at, reason: migrated.reason });
  await browser.storage.local.set({ [STORE_KEY]: store });
  return store;
}

export function readStore(): Promise<Store> {
  return enqueue(load);
}

/** Applies `change` to the store; changes run one after another so none is lost. */
export function updateStore<T = void>(change: (store: Store) => T): Promise<T> {
  return enqueue(async () => {
    const store = await load();
    const result = change(store);
    await browser.storage.local.set({ [STORE_KEY]: store });
    return result;
  });
}

/** Raw copies of every store that was set aside, by key, for the export. */
export function readSetAside(): Promise<Record<string, unknown>> {
  return enqueue(async () => {
    const all = await browser.storage.local.get(null);
    return Object.fromEntries(
      Object.entries(all).filter(([k]) => k.startsWith(ASIDE_PREFIX) || k.startsWith(BEFORE_MIGRATION_PREFIX)),
    );
  });
}

/** Deletes everything Objector stored on this device (the user's "wipe"). */
export function wipeStore(): Promise<void> {
  return enqueue(() => browser.storage.local.clear());
}
