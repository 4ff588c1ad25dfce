import type { Region } from '../core/regions';
import type { HistoryEntry } from '../core/state';
import { type Status, type StepId, stepsForRegion } from '../core/steps';
import type { AccountView, PopupView, StepView } from '../core/view';

/** The checklist shown when no account is logged in: the region's steps, nothing done yet. */
export function anonymousChecklist(region: Region | null): StepView[] {
  return stepsForRegion(region ?? 'eu').map((step) => ({ step, status: 'todo', historyCount: 0 }));
}

/** The popup's two groups: the accounts logged in right now, and every other account Objector knows. */
export function splitAccounts(view: PopupView): { current: AccountView[]; others: AccountView[] } {
  return {
    current: view.accounts.filter((a) => a.loggedIn),
    others: view.accounts.filter((a) => !a.loggedIn),
  };
}

// What a user most likely reports next, given where a step stands: the first choice is preselected.
const LIKELY_NEXT: Record<Status, readonly Status[]> = {
  todo: ['submitted', 'confirmed', 'skipped', 'opened', 'rejected'],
  opened: ['submitted', 'confirmed', 'skipped', 'rejected', 'todo'],
  submitted: ['confirmed', 'rejected', 'todo', 'opened', 'skipped'],
  confirmed: ['todo', 'submitted', 'rejected', 'skipped', 'opened'],
  rejected: ['todo', 'submitted', 'confirmed', 'skipped', 'opened'],
  skipped: ['todo', 'submitted', 'confirmed', 'opened', 'rejected'],
};

/** Statuses the user may set by hand: every status but the current one, the likeliest first. */
export function manualStatuses(current: Status): Status[] {
  return [...LIKELY_NEXT[current]];
}

/** Accounts of the other platform that could share an Accounts Center with this one and are not linked yet. */
export function linkCandidates(account: AccountView, all: readonly AccountView[]): AccountView[] {
  return all.filter((other) => other.platform !== account.platform && !account.linkedTo.includes(other.key));
}

/** How an account is named in the interface: its display name, else its id. */
export function accountLabel(account: Pick<AccountView, 'name' | 'id'>): string {
  return account.name?.trim() || account.id;
}

/** The message key of the button that starts a step: the verb depends on what the step's page is. */
export function actionKey(step: StepId): string {
  switch (step) {
    case 'fb-objection':
    case 'ig-objection':
    case 'third-party-data':
      return 'action_open_form';
    case 'limit-public':
      return 'action_open_settings';
    case 'meta-ai-chats':
      return 'action_open_page';
    case 'ask-others':
      return 'action_copy_text';
  }
}

/** Newest first, for display; the stored history stays oldest first. */
export function historyNewestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  return [...history].reverse();
}

// Building an Intl.DateTimeFormat costs far more than using one: the popup formats a date per step.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, sameDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${sameDay}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium' };
    try {
      found = new Intl.DateTimeFormat(locale, options);
    } catch {
      found = new Intl.DateTimeFormat(undefined, options);
    }
    formatters.set(key, found);
  }
  return found;
}

/** A date the user can read, in the interface language; includes the time when it is today. */
export function formatWhen(at: number, locale: string, now: number = Date.now()): string {
  const date = new Date(at);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return formatter(locale, sameDay).format(date);
}

/** A file name for an export that sorts by date: objector-2025-06-01.json. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `objector-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Trimmed, and left out when empty, so an empty field never overwrites nothing with "". */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Country names in the interface language, sorted as that language sorts them. */
export function countryOptions(codes: readonly string[], locale: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    names = null;
  }
  return codes
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
