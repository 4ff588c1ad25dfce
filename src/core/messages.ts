import * as z from 'zod/mini';
import { AccountKey } from './accounts';
import { Settings } from './state';
import { Region, Status, StepId } from './steps';

// ---- from content scripts on Meta's pages ----

/** A Meta page was shown; the background learns the logged-in account from its cookie. */
export const PageSeen = z.object({
  type: z.literal('page-seen'),
  url: z.string().check(z.maxLength(8000)),
  /** The account's display name, when the page shows it. */
  name: z.optional(z.string().check(z.maxLength(200))),
});

/** The content script saw a form opened, Meta's success screen, or Meta's confirmation. */
export const StepDetected = z.object({
  type: z.literal('step-detected'),
  step: StepId,
  status: z.enum(['opened', 'submitted', 'confirmed']),
  /** The form's URL (for a submission: the form the success screen belongs to). */
  url: z.string().check(z.maxLength(8000)),
});

/** The guide panel asks what the current account should do next on this platform. */
export const GetNextStep = z.object({ type: z.literal('get-next-step'), url: z.string().check(z.maxLength(8000)) });

/** The form assistant asks for the saved e-mail, country and reason. */
export const GetFormSettings = z.object({ type: z.literal('get-form-settings') });

// ---- from the extension's own pages (popup, welcome, settings) ----

export const GetView = z.object({ type: z.literal('get-view') });

/** One step's history, asked for when the user opens its status panel (the view carries only the count). */
export const GetHistory = z.object({ type: z.literal('get-history'), account: AccountKey, step: StepId });

export const SetStatus = z.object({
  type: z.literal('set-status'),
  account: AccountKey,
  step: StepId,
  status: Status,
});

/** Takes back the user's own last change of a step (undo); detected entries are never removed. */
export const UndoStatus = z.object({ type: z.literal('undo-status'), account: AccountKey, step: StepId });

export const SetRegion = z.object({ type: z.literal('set-region'), region: Region });

export const SaveSettings = z.object({ type: z.literal('save-settings'), settings: Settings });

export const LinkAccounts = z.object({ type: z.literal('link-accounts'), a: AccountKey, b: AccountKey });
export const UnlinkAccounts = z.object({ type: z.literal('unlink-accounts'), a: AccountKey, b: AccountKey });

export const ExportData = z.object({ type: z.literal('export') });
export const ImportData = z.object({ type: z.literal('import'), data: z.unknown() });
export const WipeData = z.object({ type: z.literal('wipe') });

/** The only messages a content script on a Meta page may send; everything else needs an extension page. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<string> = new Set([
  'page-seen',
  'step-detected',
  'get-next-step',
  'get-form-settings',
]);

/** The one union of messages the background accepts; anything else is refused. */
export const Message = z.discriminatedUnion('type', [
  PageSeen,
  StepDetected,
  GetNextStep,
  GetFormSettings,
  GetView,
  GetHistory,
  SetStatus,
  UndoStatus,
  SetRegion,
  SaveSettings,
  LinkAccounts,
  UnlinkAccounts,
  ExportData,
  ImportData,
  WipeData,
]);
export type Message = z.infer<typeof Message>;

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
