/** The keys of `storage.local`: the store, and the copies kept of stores that were upgraded or unreadable. */

/** The one key the store lives under. */
export const STORE_KEY = 'objector';
/** Prefix of the keys that hold unreadable stores, kept as they were. */
export const ASIDE_PREFIX = 'objector-aside-';
/** Prefix of the keys that keep a store as it was before a migration upgraded it. */
export const BEFORE_MIGRATION_PREFIX = 'objector-before-v';
