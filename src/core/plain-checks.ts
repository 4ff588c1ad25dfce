import { ACCOUNT_KEY_PATTERN } from './accounts';
import { REGIONS, STATUSES, STEP_IDS } from './steps';

// Hand-written checks of stored data, for the places that must not wait for (or ship) the zod
// schemas: the background's check of a store it wrote itself (src/background/exact-store.ts)
// and the popup's check of the store summary (src/core/summary.ts). Each accepts only what the
// matching schema would return unchanged.

const COUNTRY = /^[A-Z]{2}$/;
export const STEPS: ReadonlySet<unknown> = new Set(STEP_IDS);
export const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const REGION_SET: ReadonlySet<unknown> = new Set(REGIONS);

export type Plain = Record<string, unknown>;

export function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every own key is one of `allowed` and holds a defined value (the schema would drop or reject the rest). */
export function onlyKeys(value: Plain, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key) || value[key] === undefined) return false;
  return true;
}

export const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);
export const isKey = (v: unknown): boolean => isString(v) && ACCOUNT_KEY_PATTERN.test(v);

export function isLinks(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const link of v) if (!Array.isArray(link) || link.length !== 2 || !link.every(isKey)) return false;
  return true;
}

export function isSetAside(v: unknown): boolean {
  return isPlain(v) && onlyKeys(v, ['key', 'at', 'reason']) && isString(v.key) && isNumber(v.at) && isString(v.reason);
}

export function isSettings(v: unknown): boolean {
  return (
    isPlain(v) &&
    onlyKeys(v, ['region', 'email', 'reason', 'country']) &&
    optional(v.region, (r) => REGION_SET.has(r)) &&
    optional(v.email, isString) &&
    optional(v.reason, isString) &&
    optional(v.country, (c) => isString(c) && COUNTRY.test(c))
  );
}
