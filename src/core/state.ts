import * as z from 'zod/mini';
import { AccountKey, PlatformSchema } from './accounts';
import { Region, Status, StepId } from './steps';

/** One change of a step's status. History is append-only: a correction is a new entry. */
export const HistoryEntry = z.object({
  status: Status,
  at: z.number(),
  source: z.enum(['detected', 'user']),
  url: z.optional(z.string()),
  /** Set on the entry that takes back the user's previous change (undo); the undone entry stays. */
  undo: z.optional(z.boolean()),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const StepHistory = z.partialRecord(StepId, z.array(HistoryEntry));
export type StepHistory = z.infer<typeof StepHistory>;

export const AccountRecord = z.object({
  platform: PlatformSchema,
  id: z.string(),
  name: z.optional(z.string()),
  firstSeen: z.number(),
  lastSeen: z.number(),
  steps: StepHistory,
});
export type AccountRecord = z.infer<typeof AccountRecord>;

export const Settings = z.object({
  region: z.optional(Region),
  email: z.optional(z.string()),
  /** The user's own objection text; forms get a short Art. 21 GDPR text in the page's language when empty. */
  reason: z.optional(z.string()),
  /** Country of residence (ISO 3166-1 alpha-2, e.g. "DE"), for the forms that ask for it. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export type Settings = z.infer<typeof Settings>;

/** A stored copy that could not be read, kept under its own key of `storage.local`. */
export const SetAside = z.object({
  key: z.string(),
  at: z.number(),
  reason: z.string(),
});
export type SetAside = z.infer<typeof SetAside>;

/** Version 1 had no `setAside`, `undo` or `country`; src/background/migrate.ts upgrades it. */
export const STORE_VERSION = 2;

/** Everything Objector keeps, under one key of `storage.local`. */
export const Store = z.object({
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
