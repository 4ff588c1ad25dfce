import * as z from 'zod/mini';
import { ACCOUNT_KEY_PATTERN } from './accounts';
import { Region } from './regions';
import { Status, StepId } from './steps';

// The schemas are marked pure: a bundle that only names types leaves zod out.
export const PlatformSchema = /* @__PURE__ */ z.enum(['facebook', 'instagram']);
export const AccountKey = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(ACCOUNT_KEY_PATTERN));

// Every object is loose: fields this version does not know (written by a newer Objector, or by hand) are
// kept through every read and write. Only a store that cannot be read is set aside (src/background/store.ts).

/**
 * What Objector saw when it recorded a status: the form page (`opened`), the user's own submission that
 * Meta's page then took (`sent`), Meta's confirmation on its page, or Meta's notification.
 */
export const EVIDENCE = ['form', 'sent', 'confirmation', 'notification'] as const;
export const Evidence = z.enum(EVIDENCE);
export type Evidence = z.infer<typeof Evidence>;

/** One change of a step's status. History is append-only: a correction is a new entry. */
export const HistoryEntry = z.looseObject({
  status: Status,
  at: z.number(),
  source: z.enum(['detected', 'user']),
  url: z.optional(z.string()),
  /** Set on the entry that takes back the user's previous change (undo); the undone entry stays. */
  undo: z.optional(z.boolean()),
  /** For detected entries: what Objector saw. */
  evidence: z.optional(Evidence),
  /** A confirmation Objector saw with no submission recorded before it (the evidence page says so). */
  unprompted: z.optional(z.boolean()),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const StepHistory = z.partialRecord(StepId, z.array(HistoryEntry));
export type StepHistory = z.infer<typeof StepHistory>;

export const AccountRecord = z.looseObject({
  platform: PlatformSchema,
  id: z.string(),
  name: z.optional(z.string()),
  firstSeen: z.number(),
  lastSeen: z.number(),
  steps: StepHistory,
});
export type AccountRecord = z.infer<typeof AccountRecord>;

export const Settings = z.looseObject({
  region: z.optional(Region),
  email: z.optional(z.string()),
  /** The user's own objection text; forms get a short objection citing the region's law when empty. */
  reason: z.optional(z.string()),
  /** Country of residence (ISO 3166-1 alpha-2, e.g. "DE"), for the forms that ask for it. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export type Settings = z.infer<typeof Settings>;

/** The settings the user edits; anything else in `Settings` is kept as it is when they are saved. */
export const SETTINGS_FIELDS = ['region', 'email', 'reason', 'country'] as const;

/** A stored copy that could not be read, kept under its own key of `storage.local`. */
export const SetAside = z.looseObject({
  key: z.string(),
  at: z.number(),
  reason: z.string(),
  /** The copy was written by a newer Objector, in this version of the format. */
  newer: z.optional(z.number()),
});
export type SetAside = z.infer<typeof SetAside>;

/** Version 1 had no `setAside`, `undo` or `country`; version 2 no `evidence`. src/background/migrate.ts upgrades them. */
export const STORE_VERSION = 3;

/** Everything Objector keeps, under one key of `storage.local`. */
export const Store = z.looseObject({
  version: z.literal(STORE_VERSION),
  settings: Settings,
  accounts: z.record(AccountKey, AccountRecord),
  /** Pairs of accounts the user said share one Accounts Center. */
  links: z.array(z.tuple([AccountKey, AccountKey])),
  /** Copies of unreadable stores the user should know about (reported as the view's `problem`). */
  setAside: z.array(SetAside),
});
export type Store = z.infer<typeof Store>;

export function emptyStore(): Store {
  return { version: STORE_VERSION, settings: {}, accounts: {}, links: [], setAside: [] };
}

/** The store under `raw`, when it is a current-version store (nothing to migrate or set aside); else null. */
export function currentStore(raw: unknown): Store | null {
  const parsed = Store.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const EXPORT_FORMAT = 'objector-export';

/** The export file: the whole store, plus raw copies of any store that was set aside or upgraded. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: number;
  store: Store;
  setAside: Record<string, unknown>;
}
