import {
  isKey,
  isLinks,
  isNumber,
  isPlain,
  isSetAside,
  isSettings,
  isString,
  onlyKeys,
  optional,
  STATUS_SET,
  STEPS,
} from '../core/plain-checks';
import { STORE_VERSION, type Store } from '../core/state';

// A hand-written twin of the `Store` schema for the common case, a store this code wrote itself:
// it accepts only what `Store.parse` would return unchanged, so any doubt falls back to the schema.

const PLATFORMS: ReadonlySet<unknown> = new Set(['facebook', 'instagram']);
const SOURCES: ReadonlySet<unknown> = new Set(['detected', 'user']);

function isEntry(v: unknown): boolean {
  return (
    isPlain(v) &&
    onlyKeys(v, ['status', 'at', 'source', 'url', 'undo']) &&
    STATUS_SET.has(v.status) &&
    isNumber(v.at) &&
    SOURCES.has(v.source) &&
    optional(v.url, isString) &&
    optional(v.undo, (u) => typeof u === 'boolean')
  );
}

function isAccount(v: unknown): boolean {
  if (!isPlain(v) || !onlyKeys(v, ['platform', 'id', 'name', 'firstSeen', 'lastSeen', 'steps'])) return false;
  if (!PLATFORMS.has(v.platform) || !isString(v.id) || !optional(v.name, isString)) return false;
  if (!isNumber(v.firstSeen) || !isNumber(v.lastSeen) || !isPlain(v.steps)) return false;
  for (const step in v.steps) {
    const history = v.steps[step];
    if (!STEPS.has(step) || !Array.isArray(history)) return false;
    for (const entry of history) if (!isEntry(entry)) return false;
  }
  return true;
}

/**
 * Whether `raw` is a current-version store exactly as the schema would return it. True means it
 * can be used as it is; false says nothing (the schema decides, and migrates or sets it aside).
 */
export function isExactStore(raw: unknown): raw is Store {
  if (!isPlain(raw) || !onlyKeys(raw, ['version', 'settings', 'accounts', 'links', 'setAside'])) return false;
  if (raw.version !== STORE_VERSION || !isSettings(raw.settings) || !isPlain(raw.accounts)) return false;
  for (const key in raw.accounts) if (!isKey(key) || !isAccount(raw.accounts[key])) return false;
  return isLinks(raw.links) && Array.isArray(raw.setAside) && raw.setAside.every(isSetAside);
}
