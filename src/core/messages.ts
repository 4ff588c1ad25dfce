import * as z from 'zod/mini';
import type { AccountKey } from './accounts';
import { Region } from './regions';
import { AccountKey as AccountKeySchema, Evidence, type ExportFile, Settings } from './state';
import { type Status, Status as StatusSchema, StepId } from './steps';
import type { PopupView, StepHistoryView } from './view';

const Url = z.string().check(z.maxLength(8000));

// ---- from content scripts on Meta's pages ----

/** A Meta page was shown; the background learns the logged-in account from its cookie. */
export const PageSeen = z.object({ type: z.literal('page-seen'), url: Url });

/** The content script saw a form opened, the user's submission taken, or Meta's confirmation. */
export const StepDetected = z.object({
  type: z.literal('step-detected'),
  step: StepId,
  status: z.enum(['opened', 'submitted', 'confirmed']),
  /** What was seen: the form page, the user's submission that Meta's page took, a confirmation or a notification. */
  evidence: Evidence,
  /** The form's URL (for a submission: the form the user sent). */
  url: Url,
});

/** The user pressed the form's submit control (a trusted event): the background remembers it for this tab. */
export const SubmissionStarted = z.object({ type: z.literal('submission-started'), step: StepId, url: Url });

/** The form showed an error after the user's submission: it was not taken. */
export const SubmissionFailed = z.object({ type: z.literal('submission-failed') });

/** The guide panel asks what the current account should do next on this platform. */
export const GetNextStep = z.object({ type: z.literal('get-next-step'), url: Url });

/** The form assistant asks for the saved e-mail, country and reason, after the user's click. */
export const GetFormSettings = z.object({ type: z.literal('get-form-settings') });

/** The guide panel's "Report a problem with this page": the background opens the report page for this tab. */
export const OpenReport = z.object({ type: z.literal('open-report') });

// ---- from the extension's own pages (popup, welcome, settings, evidence, report) ----

export const GetView = z.object({ type: z.literal('get-view') });

/** One step's history, asked for when the user opens its status panel (the view carries only the count). */
export const GetHistory = z.object({ type: z.literal('get-history'), account: AccountKeySchema, step: StepId });

export const SetStatus = z.object({
  type: z.literal('set-status'),
  account: AccountKeySchema,
  step: StepId,
  status: StatusSchema,
});

/** Takes back the user's own last change of a step (undo); detected entries are never removed. */
export const UndoStatus = z.object({ type: z.literal('undo-status'), account: AccountKeySchema, step: StepId });

export const SetRegion = z.object({ type: z.literal('set-region'), region: Region });

/** The settings the user edits; settings fields this version does not know are kept as stored. */
export const SaveSettings = z.object({ type: z.literal('save-settings'), settings: Settings });

export const LinkAccounts = z.object({ type: z.literal('link-accounts'), a: AccountKeySchema, b: AccountKeySchema });
export const UnlinkAccounts = z.object({
  type: z.literal('unlink-accounts'),
  a: AccountKeySchema,
  b: AccountKeySchema,
});

export const ExportData = z.object({ type: z.literal('export') });
export const ImportData = z.object({ type: z.literal('import'), data: z.unknown() });
export const WipeData = z.object({ type: z.literal('wipe') });

/** The one union of messages the background accepts; anything else is refused. */
export const Message = z.discriminatedUnion('type', [
  PageSeen,
  StepDetected,
  SubmissionStarted,
  SubmissionFailed,
  GetNextStep,
  GetFormSettings,
  OpenReport,
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
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** A submission the user started in a tab, before Meta's page showed whether it was taken. */
export interface PendingSubmission {
  step: z.infer<typeof StepId>;
  url: string;
  at: number;
}

/** What the background answers to each message. */
export interface Replies {
  'page-seen': { account: AccountKey | null; pending: PendingSubmission | null };
  /** Null when no account is logged in (nothing recorded); `recorded` false when the status did not change. */
  'step-detected': {
    account: AccountKey;
    name?: string;
    status: Status;
    at: number;
    recorded: boolean;
  } | null;
  'submission-started': null;
  'submission-failed': null;
  'get-next-step': { account: AccountKey | null; next: z.infer<typeof StepId> | null; left: number | null };
  'get-form-settings': Pick<z.infer<typeof Settings>, 'email' | 'country' | 'reason' | 'region'>;
  'open-report': null;
  'get-view': PopupView;
  'get-history': StepHistoryView;
  'set-status': null;
  'undo-status': null;
  'set-region': null;
  'save-settings': null;
  'link-accounts': null;
  'unlink-accounts': null;
  export: ExportFile;
  import: null;
  wipe: null;
}

/** The envelope every reply travels in: a refusal carries its reason. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
