import * as z from 'zod/mini';
import {
  AccountKey,
  AccountRecord,
  emptyStore,
  HistoryEntry,
  SETTINGS_FIELDS,
  SetAside,
  Settings,
  STORE_VERSION,
  Store,
} from '../core/state';
import { STEP_IDS } from '../core/steps';

// Each older version, frozen as it was written to users' disks; never edit one. Loose like the current
// schema: fields a version does not describe are carried along, not dropped.
const HistoryEntryV1 = z.looseObject({
  status: z.enum(['todo', 'opened', 'submitted', 'confirmed', 'rejected', 'skipped']),
  at: z.number(),
  source: z.enum(['detected', 'user']),
  url: z.optional(z.string()),
});
const AccountV1 = z.looseObject({
  platform: z.enum(['facebook', 'instagram']),
  id: z.string(),
  name: z.optional(z.string()),
  firstSeen: z.number(),
  lastSeen: z.number(),
  steps: z.partialRecord(z.enum(STEP_IDS), z.array(HistoryEntryV1)),
});
const StoreV1 = z.looseObject({
  version: z.literal(1),
  settings: z.looseObject({
    region: z.optional(z.enum(['eu', 'uk', 'ch', 'br', 'other'])),
    email: z.optional(z.string()),
    reason: z.optional(z.string()),
  }),
  accounts: z.record(AccountKey, AccountV1),
  links: z.array(z.tuple([AccountKey, AccountKey])),
});

// Version 2 added `setAside`, the undo flag and the country.
const StoreV2 = z.looseObject({
  version: z.literal(2),
  settings: z.looseObject({
    region: z.optional(z.enum(['eu', 'uk', 'ch', 'br', 'other'])),
    email: z.optional(z.string()),
    reason: z.optional(z.string()),
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  }),
  accounts: z.record(
    AccountKey,
    z.looseObject({
      ...AccountV1.shape,
      steps: z.partialRecord(
        z.enum(STEP_IDS),
        z.array(z.looseObject({ ...HistoryEntryV1.shape, undo: z.optional(z.boolean()) })),
      ),
    }),
  ),
  links: z.array(z.tuple([AccountKey, AccountKey])),
  setAside: z.array(z.looseObject({ key: z.string(), at: z.number(), reason: z.string() })),
});

/** Upgrades from version N to N + 1, each from the exact shape of its version. */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  1: (raw) => ({ ...StoreV1.parse(raw), version: 2, setAside: [] }),
  // Version 3 added what Objector saw (`evidence`, `unprompted`): older entries simply have none.
  2: (raw) => ({ ...StoreV2.parse(raw), version: 3 }),
};

export type MigrateResult =
  | { ok: true; store: Store; from: number }
  /** `newer`: the version of a store written by a newer Objector, which this one cannot read. */
  | { ok: false; reason: string; newer?: number };

/** Reads a stored (or exported) store of any version this code knows into the current version. */
export function migrate(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  const from = (raw as { version?: unknown }).version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'no version' };
  if (from > STORE_VERSION) return { ok: false, reason: `written by a newer Objector (version ${from})`, newer: from };
  let data: unknown = raw;
  try {
    for (let v = from; v < STORE_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (!step) return { ok: false, reason: `no migration from version ${v}` };
      data = step(data);
    }
  } catch {
    return { ok: false, reason: `not a valid version ${from} store` };
  }
  const parsed = Store.safeParse(data);
  return parsed.success
    ? { ok: true, store: parsed.data, from }
    : { ok: false, reason: `not a valid version ${from} store` };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Whatever can still be read from a store that failed validation: each setting, account,
 * history entry and link on its own. The original is set aside untouched; this is only so the
 * user keeps working with what survived.
 */
export function salvage(raw: unknown): Store {
  const store = emptyStore();
  const source = asObject(raw);
  const settings = asObject(source.settings);
  for (const field of SETTINGS_FIELDS) {
    const one = Settings.shape[field].safeParse(settings[field]);
    if (one.success && one.data !== undefined) Object.assign(store.settings, { [field]: one.data });
  }
  for (const [key, value] of Object.entries(asObject(source.accounts))) {
    if (!AccountKey.safeParse(key).success) continue;
    const record = asObject(value);
    const steps: Record<string, unknown> = {};
    for (const [step, entries] of Object.entries(asObject(record.steps))) {
      if (!(STEP_IDS as readonly string[]).includes(step) || !Array.isArray(entries)) continue;
      steps[step] = entries.flatMap((e) => {
        const entry = HistoryEntry.safeParse(e);
        return entry.success ? [entry.data] : [];
      });
    }
    const [platform, id] = key.split(':');
    const now = Date.now();
    const parsed = AccountRecord.safeParse({
      platform,
      id,
      firstSeen: typeof record.firstSeen === 'number' ? record.firstSeen : now,
      lastSeen: typeof record.lastSeen === 'number' ? record.lastSeen : now,
      steps,
      ...(typeof record.name === 'string' ? { name: record.name } : {}),
    });
    if (parsed.success) store.accounts[key] = parsed.data;
  }
  if (Array.isArray(source.links)) {
    for (const link of source.links) {
      const pair = z.tuple([AccountKey, AccountKey]).safeParse(link);
      if (pair.success) store.links.push(pair.data);
    }
  }
  if (Array.isArray(source.setAside)) {
    for (const entry of source.setAside) {
      const aside = SetAside.safeParse(entry);
      if (aside.success) store.setAside.push(aside.data);
    }
  }
  return store;
}
