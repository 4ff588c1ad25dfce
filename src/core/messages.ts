import * as z from 'zod/mini';
import { AccountKey } from './accounts';
import { Region, Status, StepId } from './steps';

/** What a content script on a Meta page tells the background. */
export const PageSeen = z.object({
  type: z.literal('page-seen'),
  url: z.string(),
  /** The account's display name, when the page shows it. */
  name: z.optional(z.string().check(z.maxLength(200))),
});

export const StepDetected = z.object({
  type: z.literal('step-detected'),
  step: StepId,
  status: z.enum(['opened', 'submitted', 'confirmed']),
  url: z.string(),
});

export const GetView = z.object({ type: z.literal('get-view') });

export const SetStatus = z.object({
  type: z.literal('set-status'),
  account: AccountKey,
  step: StepId,
  status: Status,
});

export const SetRegion = z.object({ type: z.literal('set-region'), region: Region });

/** The one union of messages the background accepts; anything else is refused. */
export const Message = z.discriminatedUnion('type', [PageSeen, StepDetected, GetView, SetStatus, SetRegion]);
export type Message = z.infer<typeof Message>;

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
