import { type Browser, browser } from 'wxt/browser';
import { classifyPage, platformOf } from '../catalog/pages';
import { type AccountKey, parseAccountKey } from '../core/accounts';
import { Message, type MessageOf, type MessageType, type Replies, type Reply } from '../core/messages';
import { loggedInAccount, loggedInAccounts } from '../core/session';
import { SETTINGS_FIELDS, type Store } from '../core/state';
import { recordDetected, recordUndo, recordUserChange } from '../core/status';
import { FORM_STEP_PLATFORM, type StepId } from '../core/steps';
import { buildView, historyView } from '../core/view';
import { badgeFor } from './badge';
import { type SenderRole, senderRole } from './senders';
import { readSetAside, readStore, updateStore, wipeStore } from './store';
import { dropSubmission, pageLoaded, submissionStarted, tabLeftMeta, takeSubmission } from './submissions';
import { buildExport, mergeStores, readImport } from './transfer';

const REMINDER_ALARM = 'objector-reminder';
const ACCOUNT_COOKIES = new Set(['c_user', 'ds_user_id']);

/** The record of an account, created on first sight. */
function accountRecord(store: Store, key: AccountKey, now: number) {
  const { platform, id } = parseAccountKey(key);
  store.accounts[key] ??= { platform, id, firstSeen: now, lastSeen: now, steps: {} };
  return store.accounts[key];
}

type Sender = Browser.runtime.MessageSender;

/**
 * The account logged in where a content script reports from: the page's platform, or on Meta's request
 * portal (which serves both) the platform whose form the step is done with.
 */
async function accountOfSender(sender: Sender, step?: StepId): Promise<AccountKey | null> {
  const platform = platformOf(sender.url ?? '') ?? (step ? FORM_STEP_PLATFORM[step] : undefined) ?? 'facebook';
  return loggedInAccount(platform);
}

/** The account the badge is about: the active tab's, else the logged-in account seen last. */
async function badgeAccount(store: Store): Promise<AccountKey | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // Without the `tabs` permission the URL is visible only on Meta's hosts, which is all we need.
  const platform = tab?.url ? platformOf(tab.url) : null;
  if (platform) return loggedInAccount(platform);
  const keys = await loggedInAccounts();
  keys.sort((a, b) => (store.accounts[b]?.lastSeen ?? 0) - (store.accounts[a]?.lastSeen ?? 0));
  return keys[0] ?? null;
}

let badgeRun: Promise<void> = Promise.resolve();
let badgeSoon: ReturnType<typeof setTimeout> | undefined;

/**
 * The badge after the worker starts, or after a tab or window event: these come in bursts (loading, address,
 * complete), so one refresh follows each burst, and a worker that was woken does not read the store while
 * the page it woke for still loads.
 */
function refreshBadgeSoon(): void {
  clearTimeout(badgeSoon);
  badgeSoon = setTimeout(() => void refreshBadge(), 250);
}

/** Sets the toolbar badge to the steps left for the account in front of the user. */
function refreshBadge(): Promise<void> {
  badgeRun = badgeRun.then(async () => {
    const store = await readStore();
    const key = await badgeAccount(store);
    const badge = badgeFor(key ? buildView(store, [key]).accounts[0] : undefined);
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    await browser.action.setTitle({ title: browser.i18n.getMessage(badge.overdue ? 'badgeOverdue' : 'extName') });
  });
  badgeRun = badgeRun.catch(() => {});
  return badgeRun;
}

interface Handler<T extends MessageType> {
  /** Who may send it: detections come only from a content script on the Meta page that showed them. */
  from: SenderRole;
  /** What it changes is on the badge. */
  badge?: true;
  run: (message: MessageOf<T>, sender: Sender, now: number) => Promise<Replies[T]>;
}

type Handlers = { [T in MessageType]: Handler<T> };

/** What a status may be recorded from, and where: a form page's own evidence, or Meta's notifications. */
function evidenceFits({ status, evidence }: MessageOf<'step-detected'>, sender: Sender): boolean {
  const kind = classifyPage(sender.url ?? '')?.kind;
  if (status === 'opened') return evidence === 'form' && kind === 'form';
  // A form that posts shows Meta's answer on the next page, wherever Meta sends it.
  if (status === 'submitted') return evidence === 'sent';
  return evidence === 'notification' ? kind === 'notifications' : evidence === 'confirmation' && kind === 'form';
}

const tabOf = (sender: Sender): number => {
  if (sender.tab?.id === undefined) throw new Error('Not sent from a tab');
  return sender.tab.id;
};

/** What the background does with each message, keyed by its type. */
const HANDLERS: Handlers = {
  'page-seen': {
    from: 'content-script',
    badge: true,
    async run(_message, sender, now) {
      const [account, pending] = await Promise.all([accountOfSender(sender), pageLoaded(tabOf(sender))]);
      if (account) {
        await updateStore((store) => {
          accountRecord(store, account, now).lastSeen = now;
        });
      }
      return { account, pending };
    },
  },
  'step-detected': {
    from: 'content-script',
    badge: true,
    async run(message, sender, now) {
      if (!evidenceFits(message, sender)) throw new Error(`${message.status} cannot be seen that way here`);
      const key = await accountOfSender(sender, message.step);
      if (message.status === 'submitted') {
        // Only after the user's own submission in this tab, which Meta's page then took.
        const pending = await takeSubmission(tabOf(sender), message.step);
        if (!pending) throw new Error('No submission by the user is waiting in this tab');
      }
      if (!key) return null;
      // The form's URL as the page reports it, but only on a Meta page.
      const url = classifyPage(message.url) ? message.url : sender.url;
      return updateStore((store) => {
        const record = accountRecord(store, key, now);
        record.lastSeen = now;
        const before = record.steps[message.step] ?? [];
        const history = recordDetected(before, message.status, message.evidence, now, url);
        record.steps[message.step] = history;
        const last = history.at(-1);
        return {
          account: key,
          ...(record.name ? { name: record.name } : {}),
          status: last?.status ?? 'todo',
          at: last?.at ?? now,
          recorded: history.length > before.length,
        };
      });
    },
  },
  'submission-started': {
    from: 'content-script',
    async run(message, sender) {
      await submissionStarted(tabOf(sender), message.step, message.url);
      return null;
    },
  },
  'submission-failed': {
    from: 'content-script',
    async run(_message, sender) {
      await dropSubmission(tabOf(sender));
      return null;
    },
  },
  'get-next-step': {
    from: 'content-script',
    async run(message) {
      const platform = platformOf(message.url) ?? 'facebook';
      const key = await loggedInAccount(platform);
      if (!key) return { account: null, next: null, left: null };
      const account = buildView(await readStore(), [key]).accounts[0];
      return { account: key, next: account?.next ?? null, left: account?.left ?? null };
    },
  },
  'get-form-settings': {
    from: 'content-script',
    async run() {
      const { email, country, reason, region } = (await readStore()).settings;
      return { email, country, reason, region };
    },
  },
  'open-report': {
    from: 'content-script',
    async run(_message, sender) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tab=${tabOf(sender)}`) });
      return null;
    },
  },
  'get-view': {
    from: 'extension-page',
    async run(_message, _sender, now) {
      // The store and the cookies are independent reads: ask for both at once.
      const [store, loggedIn] = await Promise.all([readStore(), loggedInAccounts()]);
      return buildView(store, loggedIn, now);
    },
  },
  'get-history': {
    from: 'extension-page',
    async run(message) {
      return historyView(await readStore(), message.account, message.step);
    },
  },
  'set-status': {
    from: 'extension-page',
    badge: true,
    async run(message, _sender, now) {
      await updateStore((store) => {
        const record = accountRecord(store, message.account, now);
        record.steps[message.step] = recordUserChange(record.steps[message.step] ?? [], message.status, now);
      });
      return null;
    },
  },
  'undo-status': {
    from: 'extension-page',
    badge: true,
    async run(message, _sender, now) {
      await updateStore((store) => {
        const record = accountRecord(store, message.account, now);
        const history = recordUndo(record.steps[message.step] ?? [], now);
        if (!history) throw new Error('There is no change of yours to undo on this step');
        record.steps[message.step] = history;
      });
      return null;
    },
  },
  'set-region': {
    from: 'extension-page',
    badge: true,
    async run(message) {
      await updateStore((store) => {
        store.settings.region = message.region;
      });
      return null;
    },
  },
  'save-settings': {
    from: 'extension-page',
    badge: true,
    async run(message) {
      await updateStore((store) => {
        // The fields the user edits are replaced (an emptied one is removed); any other field is kept.
        const kept = Object.fromEntries(
          Object.entries(store.settings).filter(([k]) => !(SETTINGS_FIELDS as readonly string[]).includes(k)),
        );
        store.settings = { ...kept };
        for (const field of SETTINGS_FIELDS) {
          const value = message.settings[field];
          if (value !== undefined) Object.assign(store.settings, { [field]: value });
        }
      });
      return null;
    },
  },
  'link-accounts': {
    from: 'extension-page',
    badge: true,
    async run({ a, b }, _sender, now) {
      if (a === b) throw new Error('An account cannot be linked to itself');
      await updateStore((store) => {
        accountRecord(store, a, now);
        accountRecord(store, b, now);
        const known = store.links.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
        if (!known) store.links.push([a, b]);
      });
      return null;
    },
  },
  'unlink-accounts': {
    from: 'extension-page',
    badge: true,
    async run({ a, b }) {
      await updateStore((store) => {
        store.links = store.links.filter(([x, y]) => !((x === a && y === b) || (x === b && y === a)));
      });
      return null;
    },
  },
  export: {
    from: 'extension-page',
    async run(_message, _sender, now) {
      return buildExport(await readStore(), await readSetAside(), now);
    },
  },
  import: {
    from: 'extension-page',
    badge: true,
    async run(message) {
      const incoming = readImport(message.data);
      if (!incoming.ok) throw new Error(`This file cannot be imported: ${incoming.reason}`);
      await updateStore((store) => {
        Object.assign(store, mergeStores(store, incoming.store));
      });
      return null;
    },
  },
  wipe: {
    from: 'extension-page',
    badge: true,
    async run() {
      await wipeStore();
      return null;
    },
  },
};

/** Handles one message from a vouched-for sender: validated, allowed for its role, then its handler's reply. */
export async function dispatch(raw: unknown, sender: Sender, role: SenderRole): Promise<Reply<unknown>> {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed message' };
  const handler = HANDLERS[parsed.data.type] as Handler<MessageType>;
  if (handler.from !== role) return { ok: false, error: `${parsed.data.type} is not allowed from here` };
  try {
    const value = await handler.run(parsed.data, sender, Date.now());
    if (handler.badge) refreshBadgeSoon();
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function startBackground(): void {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const role = senderRole(sender, browser.runtime.id, ownOrigin);
    // Anything not from this extension's pages or its content scripts on Meta gets no answer at all.
    if (!role) return;
    return dispatch(raw, sender, role);
  });

  browser.tabs.onActivated.addListener(refreshBadgeSoon);
  browser.tabs.onUpdated.addListener((id, change, tab) => {
    // Leaving Meta's sites ends any submission waiting for Meta's answer in that tab.
    if (change.status === 'loading' && !classifyPage(tab.url ?? '')) void tabLeftMeta(id);
    if (change.url || change.status === 'complete') refreshBadgeSoon();
  });
  browser.tabs.onRemoved.addListener((id) => void dropSubmission(id));
  browser.windows?.onFocusChanged.addListener(refreshBadgeSoon);
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
  refreshBadgeSoon();
}
