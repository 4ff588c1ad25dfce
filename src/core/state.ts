import * as z from 'zod/mini';
import { AccountKey, PlatformSchema } from './accounts';
import { Region, Status, StepId } from './steps';

/** One change of a step's status. History is append-only: a correction is a new entry. */
export const HistoryEntry = z.object({
  status: Status,
  at: z.number(),
  source: z.enum(['detected', 'user']),
  url: z.optional(z.string()),
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
  reason: z.optional(z.string()),
});
export type Settings = z.infer<typeof Settings>;

export const STORE_VERSION = 1;

/** Everything Objector keeps, under one key of `storage.local`. */
export const Store = z.object({
  version: z.literal(STORE_VERSION),
  settings: Settings,
  accounts: z.record(AccountKey, AccountRecord),
  /** Pairs of accounts the user said share one Accounts Center. */
  links: z.array(z.tuple([AccountKey, AccountKey])),
});
export type Store = z.infer<typeof Store>;

export function emptyStore(): Store {
  return { version: STORE_VERSION, settings: {}, accounts: {}, links: [] };
}
