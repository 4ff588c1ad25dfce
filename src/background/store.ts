import { browser } from 'wxt/browser';
import { currentStore, emptyStore, type Store } from '../core/state';
import { ASIDE_PREFIX, BEFORE_MIGRATION_PREFIX, STORE_KEY } from '../core/storage-keys';
import { migrate, salvage } from './migrate';

// One queue for every read and write of the store in this worker: two tabs reporting at once lose nothing.
let queue: Promise<unknown> = Promise.resolve();

// The parsed store, kept while the worker lives; dropped when anyone else writes the store.
let cached: Store | null = null;
// Counts writes by anyone else (a test, another copy of the worker), and keeps the last one: a read they
// overtook is not kept, unless it read what they wrote (their news can come after the read saw it).
let generation = 0;
let othersLast: string | undefined;
// What this worker wrote and has not heard back from storage.onChanged yet, to tell its own writes apart.
const ownWrites: string[] = [];

function onStorageChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'local' || !(STORE_KEY in changes)) return;
  const own = ownWrites.indexOf(JSON.stringify(changes[STORE_KEY]?.newValue ?? null));
  if (own >= 0) {
    ownWrites.splice(own, 1);
    return;
  }
  generation += 1;
  othersLast = JSON.stringify(changes[STORE_KEY]?.newValue ?? null);
  cached = null;
}

async function save(store: Store): Promise<void> {
  const json = JSON.stringify(store);
  ownWrites.push(json);
  // Storage reports no change for a write that changes nothing: keep the list short.
  if (ownWrites.length > 8) ownWrites.shift();
  try {
    await browser.storage.local.set({ [STORE_KEY]: store });
  } catch (error) {
    ownWrites.splice(ownWrites.lastIndexOf(json), 1);
    throw error;
  }
  cached = store;
}

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => {});
  return run;
}

/** A key no other set-aside copy uses. */
async function freeAsideKey(at: number): Promise<string> {
  let key = `${ASIDE_PREFIX}${at}`;
  for (let n = 1; (await browser.storage.local.get(key))[key] !== undefined; n++) key = `${ASIDE_PREFIX}${at}-${n}`;
  return key;
}

/** Reads the store on disk and repairs it; `current`: nobody else has written since (`since` counts their writes). */
async function readFromDisk(since: number): Promise<{ store: Store; current: boolean }> {
  const raw = (await browser.storage.local.get(STORE_KEY))[STORE_KEY];
  const unchanged = () => generation === since || othersLast === JSON.stringify(raw ?? null);
  const result = await repair(raw, unchanged);
  return { store: result, current: unchanged() };
}

/**
 * The store in `raw`, repaired: an older version is upgraded (the original kept under `objector-before-v<N>`);
 * a store that cannot be read is copied aside, unchanged, under a key of its own, and what can still be read
 * of it carries on, with the copy recorded. A repair is written back only while `unchanged()`.
 */
async function repair(raw: unknown, unchanged: () => boolean): Promise<Store> {
  if (raw === undefined) return emptyStore();
  const current = currentStore(raw);
  if (current) return current;
  const migrated = migrate(raw);
  if (migrated.ok) {
    const backup = `${BEFORE_MIGRATION_PREFIX}${migrated.from}`;
    if ((await browser.storage.local.get(backup))[backup] === undefined) {
      await browser.storage.local.set({ [backup]: raw });
    }
    if (unchanged()) await save(migrated.store);
    return migrated.store;
  }
  // A store someone else has replaced since this read is not set aside: the next read sees the new one.
  if (!unchanged()) return salvage(raw);
  const at = Date.now();
  const key = await freeAsideKey(at);
  try {
    await browser.storage.local.set({ [key]: raw });
  } catch (error) {
    // Without its copy the store must not be touched: nothing is written, and every read says why.
    throw new Error(
      `Objector cannot read its saved data (${migrated.reason}) and could not keep a copy of it aside ` +
        `(${error instanceof Error ? error.message : String(error)}). Nothing was changed or deleted.`,
    );
  }
  const store = salvage(raw);
  store.setAside.push({ key, at, reason: migrated.reason, ...(migrated.newer ? { newer: migrated.newer } : {}) });
  if (unchanged()) await save(store);
  return store;
}

/** The store, migrated to the current version, from the worker's copy when it is still the one on disk. */
async function load(): Promise<Store> {
  // Listen from the first read on: a write by anyone else drops the copy.
  if (!browser.storage.onChanged.hasListener(onStorageChanged)) {
    browser.storage.onChanged.addListener(onStorageChanged);
    cached = null;
  }
  for (let attempt = 1; !cached; attempt++) {
    const read = await readFromDisk(generation);
    if (read.current) cached = read.store;
    // Someone else wrote while this read ran: read again; a writer that never pauses gets the newest read.
    else if (attempt === 3) return read.store;
  }
  return cached;
}

export function readStore(): Promise<Store> {
  return enqueue(load);
}

/** Applies `change` to the store; changes run one after another so none is lost. */
export function updateStore<T = void>(change: (store: Store) => T): Promise<T> {
  return enqueue(async () => {
    // Work on a copy: a change that throws halfway must not leave the cache ahead of the disk.
    const store = structuredClone(await load());
    const result = change(store);
    await save(store);
    return result;
  });
}

/** Raw copies of every store that was set aside or upgraded, by key, for the export. */
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
  return enqueue(async () => {
    cached = null;
    await browser.storage.local.clear();
  });
}
