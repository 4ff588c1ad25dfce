import { type Browser, browser } from 'wxt/browser';
import { type AccountKey, parseAccountKey } from '../core/accounts';
import { platformOf } from '../core/hosts';
import { Message, type Reply } from '../core/messages';
import type { Store } from '../core/state';
import { recordDetected, recordUndo, recordUserChange } from '../core/status';
import { readSummary, SUMMARY_KEY, WRITER_KEY } from '../core/summary';
import { buildView, type PopupView, stepHistory, viewFromSummary } from '../core/view';
import { loggedInAccount, loggedInAccounts } from './accounts';
import { badgeFor } from './badge';
import { maySend, senderRole } from './senders';
import { readSetAside, readStore, updateStore, wipeStore } from './store';
import { buildExport, mergeStores, readImport } from './transfer';

const REMINDER_ALARM = 'objector-reminder';
const ACCOUNT_COOKIES = new Set(['c_user', 'ds_user_id']);

/** The record of an account, created on first sight. */
function accountRecord(store: Store, key: AccountKey, now: number) {
  const { platform, id } = parseAccountKey(key);
  store.accounts[key] ??= { platform, id, firstSeen: now, lastSeen: now, steps: {} };
  return store.accounts[key];
}

/** The account logged in on the platform of the Meta page that sent a message. */
async function accountOfSender(sender: Browser.runtime.MessageSender): Promise<AccountKey | null> {
  const platform = platformOf(sender.url ?? '');
  return platform ? loggedInAccount(platform) : null;
}

/**
 * The account the badge is about: the active tab's, else the logged-in account seen last. Without
 * `store`, undefined when only the store's `lastSeen` could decide (two accounts logged in, no Meta tab).
 */
async function badgeAccount(store?: Store): Promise<AccountKey | null | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // Without the `tabs` permission the URL is visible only on Meta's hosts, which is all we need.
  const platform = tab?.url ? platformOf(tab.url) : null;
  if (platform) return loggedInAccount(platform);
  const keys = await loggedInAccounts();
  if (keys.length > 1 && !store) return undefined;
  keys.sort((a, b) => (store?.accounts[b]?.lastSeen ?? 0) - (store?.accounts[a]?.lastSeen ?? 0));
  return keys[0] ?? null;
}

/**
 * The badge's account and view. Tab events wake the worker often, so the store's summary (a few
 * kilobytes, written with the store) serves when it is current; the whole store only otherwise.
 */
async function badgeView(): Promise<{ key: AccountKey | null; view: PopupView }> {
  const summary = readSummary(await browser.storage.local.get([SUMMARY_KEY, WRITER_KEY]));
  if (summary) {
    const key = await badgeAccount();
    if (key !== undefined) return { key, view: viewFromSummary(summary, key ? [key] : [], Date.now()) };
  }
  const store = await readStore();
  const key = (await badgeAccount(store)) ?? null;
  return { key, view: buildView(store, key ? [key] : []) };
}

let badgeRun: Promise<void> = Promise.resolve();

/** Sets the toolbar badge to the steps left for the account in front of the user. */
function refreshBadge(): Promise<void> {
  badgeRun = badgeRun.then(async () => {
    const { key, view } = await badgeView();
    const badge = badgeFor(key ? view.accounts.find((a) => a.key === key) : undefined);
    // Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ text: badge.text });
    await action.setBadgeBackgroundColor({ color: badge.color });
    await action.setTitle({
      title: browser.i18n.getMessage(badge.overdue ? 'badgeOverdue' : 'extName'),
    });
  });
  badgeRun = badgeRun.catch(() => {});
  return badgeRun;
}

async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const now = Date.now();
  switch (message.type) {
    case 'page-seen': {
      const key = await accountOfSender(sender);
      if (!key) return null;
      await updateStore((store) => {
        const record = accountRecord(store, key, now);
        record.lastSeen = now;
        if (message.name?.trim()) record.name = message.name.trim();
      });
      return key;
    }
    case 'step-detected': {
      const key = await accountOfSender(sender);
      if (!key) return null;
      // The form's URL as the page reports it, but only on the sender's own Meta platform.
      const url = platformOf(message.url) === platformOf(sender.url ?? '') ? message.url : sender.url;
      return updateStore((store) => {
        const record = accountRecord(store, key, now);
        record.lastSeen = now;
        const history = recordDetected(record.steps[message.step] ?? [], message.status, now, url);
        record.steps[message.step] = history;
        return { account: key, status: history.at(-1)?.status ?? 'todo' };
      });
    }
    case 'get-next-step': {
      const platform = platformOf(message.url);
      const key = platform ? await loggedInAccount(platform) : null;
      if (!key) return { account: null, next: null, left: null };
      const account = buildView(await readStore(), [key]).accounts[0];
      return { account: key, next: account?.next ?? null, left: account?.left ?? null };
    }
    case 'get-form-settings': {
      const { email, country, reason, region } = (await readStore()).settings;
      return { email, country, reason, region };
    }
    case 'get-view': {
      // The store and the cookies are independent reads: ask for both at once.
      const [store, loggedIn] = await Promise.all([readStore(), loggedInAccounts()]);
      return buildView(store, loggedIn, now);
    }
    case 'get-history':
      return stepHistory(await readStore(), message.account, message.step);
    case 'set-status':
      await updateStore((store) => {
        const record = accountRecord(store, message.account, now);
        record.steps[message.step] = recordUserChange(record.steps[message.step] ?? [], message.status, now);
      });
      return null;
    case 'undo-status':
      await updateStore((store) => {
        const record = accountRecord(store, message.account, now);
        const history = recordUndo(record.steps[message.step] ?? [], now);
        if (!history) throw new Error('There is no change of yours to undo on this step');
        record.steps[message.step] = history;
      });
      return null;
    case 'set-region':
      await updateStore((store) => {
        store.settings.region = message.region;
      });
      return null;
    case 'save-settings':
      await updateStore((store) => {
        store.settings = { ...message.settings };
      });
      return null;
    case 'link-accounts': {
      const { a, b } = message;
      if (a === b) throw new Error('An account cannot be linked to itself');
      await updateStore((store) => {
        accountRecord(store, a, now);
        accountRecord(store, b, now);
        const known = store.links.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
        if (!known) store.links.push([a, b]);
      });
      return null;
    }
    case 'unlink-accounts': {
      const { a, b } = message;
      await updateStore((store) => {
        store.links = store.links.filter(([x, y]) => !((x === a && y === b) || (x === b && y === a)));
      });
      return null;
    }
    case 'export':
      return buildExport(await readStore(), await readSetAside(), now);
    case 'import': {
      const incoming = readImport(message.data);
      if (!incoming.ok) throw new Error(`This file cannot be imported: ${incoming.reason}`);
      await updateStore((store) => {
        Object.assign(store, mergeStores(store, incoming.store));
      });
      return null;
    }
    case 'wipe':
      await wipeStore();
      return null;
  }
}

/** Messages that can change what the badge shows. */
const CHANGES_BADGE = new Set([
  'page-seen',
  'step-detected',
  'set-status',
  'undo-status',
  'set-region',
  'save-settings',
  'link-accounts',
  'unlink-accounts',
  'import',
  'wipe',
]);

export function startBackground(): void {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const role = senderRole(sender, browser.runtime.id, ownOrigin);
    // Anything not from this extension's pages or its content scripts on Meta gets no answer at all.
    if (!role) return;
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return Promise.resolve<Reply>({ ok: false, error: 'malformed message' });
    if (!maySend(role, parsed.data.type)) {
      return Promise.resolve<Reply>({ ok: false, error: `${parsed.data.type} is not allowed from here` });
    }
    return handle(parsed.data, sender).then(
      (value): Reply => {
        if (CHANGES_BADGE.has(parsed.data.type)) void refreshBadge();
        return { ok: true, value };
      },
      (error: unknown): Reply => ({ ok: false, error: String(error instanceof Error ? error.message : error) }),
    );
  });

  browser.tabs.onActivated.addListener(() => void refreshBadge());
  browser.tabs.onUpdated.addListener((_id, change) => {
    if (change.url || change.status === 'complete') void refreshBadge();
  });
  browser.windows?.onFocusChanged.addListener(() => void refreshBadge());
  browser.cookies.onChanged.addListener(({ cookie }) => {
    if (ACCOUNT_COOKIES.has(cookie.name)) void refreshBadge();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refreshBadge();
  });
  void browser.alarms.get(REMINDER_ALARM).then((existing) => {
    // Re-creating an alarm resets its schedule, so only create it when it is missing.
    if (!existing) void browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
  void refreshBadge();
}
