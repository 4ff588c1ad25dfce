import { browser } from 'wxt/browser';
import { emptyStore, STORE_VERSION, type Store } from '../core/state';
import { readSummary, SUMMARY_KEY, summarize, WRITER_KEY } from '../core/summary';
import { isExactStore } from './exact-store';
import { migrate, salvage } from './migrate';

export const STORE_KEY = 'objector';
/** Prefix of the keys that hold unreadable stores, kept as they were. */
export const ASIDE_PREFIX = 'objector-aside-';
/** Prefix of the keys that keep a store as it was before a migration upgraded it. */
export const BEFORE_MIGRATION_PREFIX = 'objector-before-v';

// One queue for every read and write of the store in this worker: two tabs reporting at once lose nothing.
let queue: Promise<unknown> = Promise.resolve();

// The parsed store, kept while the worker lives: parsing a long history on every popup open is what costs.
let cached: Store | null = null;
// Writes by anyone else, counted, and the last store they wrote: a read that one of them
// overtook is not kept as the current store.
let othersWrites = 0;
let othersLast: unknown;
const writerToken = `${Date.now()}-${Math.random()}`;
let writes = 0;

function onStorageChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'local') return;
  const writer = changes[WRITER_KEY]?.newValue;
  const ours = typeof writer === 'string' && writer.startsWith(writerToken);
  if (ours || !(STORE_KEY in changes)) return;
  cached = null;
  othersWrites += 1;
  othersLast = changes[STORE_KEY]?.newValue;
  // The summary no longer describes what someone else wrote: the popup asks us until we rewrite it.
  if (!(SUMMARY_KEY in changes)) void browser.storage.local.remove(SUMMARY_KEY);
}

/** Writes the store and its summary in one `set`, so a reader never sees one without the other. */
async function save(store: Store): Promise<void> {
  writes += 1;
  const writer = `${writerToken}#${writes}`;
  await browser.storage.local.set({
    [STORE_KEY]: store,
    [SUMMARY_KEY]: { ...summarize(store), writer },
    [WRITER_KEY]: writer,
  });
  cached = store;
}

/** Whether the stored summary is the one `store` has (it may be missing, or left by an older build). */
function summaryMatches(stored: Record<string, unknown>, store: Store): boolean {
  const summary = readSummary(stored);
  return summary !== null && JSON.stringify(summary) === JSON.stringify(summarize(store));
}

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
  // Listen from the first read on: a write by anyone else (a test, another copy of the worker) drops the copy.
  if (!browser.storage.onChanged.hasListener(onStorageChanged)) {
    browser.storage.onChanged.addListener(onStorageChanged);
    cached = null;
  }
  for (let attempt = 1; cached === null; attempt++) {
    const before = othersWrites;
    // News of a write can arrive after a read that already saw it: only a different store counts.
    const read = await loadFromDisk(
      (raw) => othersWrites === before || JSON.stringify(othersLast) === JSON.stringify(raw),
    );
    // Otherwise someone else wrote while we read, and the disk is newer than what we have: read again.
    // After a few tries (a writer that never pauses) the newest read serves, uncached.
    if (read.current) cached = read.store;
    else if (attempt === 3) return read.store;
  }
  return cached;
}

/**
 * Reads and repairs the store on disk. A repair is written back only while `isCurrent(raw)` says
 * nobody else has written since; `current` says so once more at the end.
 */
async function loadFromDisk(isCurrent: (raw: unknown) => boolean): Promise<{ store: Store; current: boolean }> {
  const stored = await browser.storage.local.get([STORE_KEY, SUMMARY_KEY, WRITER_KEY]);
  const raw = stored[STORE_KEY];
  const unchanged = () => isCurrent(raw);
  if (raw === undefined) return { store: emptyStore(), current: unchanged() };
  // A store this code wrote needs no schema pass (the slow part of a cold start); anything else gets one.
  const migrated = isExactStore(raw) ? { ok: true as const, store: raw, from: STORE_VERSION } : migrate(raw);
  if (migrated.ok) {
    if (migrated.from !== STORE_VERSION) {
      const backup = `${BEFORE_MIGRATION_PREFIX}${migrated.from}`;
      if ((await browser.storage.local.get(backup))[backup] === undefined) {
        await browser.storage.local.set({ [backup]: raw });
      }
      if (unchanged()) await save(migrated.store);
    } else if (!summaryMatches(stored, migrated.store) && unchanged()) {
      // The same store written again, now with its summary (a store from before summaries, or written by a test).
      await save(migrated.store);
    }
    return { store: migrated.store, current: unchanged() };
  }
  const at = Date.now();
  const all = await browser.storage.local.get(null);
  let key = `${ASIDE_PREFIX}${at}`;
  for (let n = 1; key in all; n++) key = `${ASIDE_PREFIX}${at}-${n}`;
  await browser.storage.local.set({ [key]: raw });
  const store = salvage(raw);
  store.setAside.push({ key, at, reason: migrated.reason });
  if (unchanged()) await save(store);
  return { store, current: unchanged() };
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
  return enqueue(async () => {
    cached = null;
    await browser.storage.local.clear();
  });
}
