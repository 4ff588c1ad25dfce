import { STORE_VERSION, type Store } from '../core/state';
import { REGIONS, STATUSES, STEP_IDS } from '../core/steps';

// A hand-written twin of the `Store` schema for the common case, a store this code wrote itself:
// it accepts only what `Store.parse` would return unchanged, so any doubt falls back to the schema.

const ACCOUNT_KEY = /^(facebook|instagram):\d{1,25}$/;
const COUNTRY = /^[A-Z]{2}$/;
const STEPS: ReadonlySet<unknown> = new Set(STEP_IDS);
const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const REGION_SET: ReadonlySet<unknown> = new Set(REGIONS);
const PLATFORMS: ReadonlySet<unknown> = new Set(['facebook', 'instagram']);
const SOURCES: ReadonlySet<unknown> = new Set(['detected', 'user']);

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every own key is one of `allowed` and holds a defined value (the schema would drop or reject the rest). */
function onlyKeys(value: Plain, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key) || value[key] === undefined) return false;
  return true;
}

const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);
const isKey = (v: unknown): boolean => isString(v) && ACCOUNT_KEY.test(v);

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

function isSettings(v: unknown): boolean {
  return (
    isPlain(v) &&
    onlyKeys(v, ['region', 'email', 'reason', 'country']) &&
    optional(v.region, (r) => REGION_SET.has(r)) &&
    optional(v.email, isString) &&
    optional(v.reason, isString) &&
    optional(v.country, (c) => isString(c) && COUNTRY.test(c))
  );
}

/**
 * Whether `raw` is a current-version store exactly as the schema would return it. True means it
 * can be used as it is; false says nothing (the schema decides, and migrates or sets it aside).
 */
export function isExactStore(raw: unknown): raw is Store {
  if (!isPlain(raw) || !onlyKeys(raw, ['version', 'settings', 'accounts', 'links', 'setAside'])) return false;
  if (raw.version !== STORE_VERSION || !isSettings(raw.settings) || !isPlain(raw.accounts)) return false;
  for (const key in raw.accounts) if (!isKey(key) || !isAccount(raw.accounts[key])) return false;
  if (!Array.isArray(raw.links) || !Array.isArray(raw.setAside)) return false;
  for (const link of raw.links) if (!Array.isArray(link) || link.length !== 2 || !link.every(isKey)) return false;
  for (const aside of raw.setAside) {
    if (!isPlain(aside) || !onlyKeys(aside, ['key', 'at', 'reason'])) return false;
    if (!isString(aside.key) || !isNumber(aside.at) || !isString(aside.reason)) return false;
  }
  return true;
}
