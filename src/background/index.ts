import { type Browser, browser } from 'wxt/browser';
import type { AccountKey } from '../core/accounts';
import { platformOf } from '../core/hosts';
import { Message, type Reply } from '../core/messages';
import { buildView } from '../core/view';
import { loggedInAccount } from './accounts';
import { readStore, updateStore } from './store';

async function loggedInAccounts(): Promise<AccountKey[]> {
  const keys = await Promise.all([loggedInAccount('facebook'), loggedInAccount('instagram')]);
  return keys.filter((k): k is AccountKey => k !== null);
}

async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page-seen': {
      const platform = platformOf(sender.url ?? '');
      if (!platform) throw new Error('page-seen from a page that is not Meta’s');
      const key = await loggedInAccount(platform);
      if (!key) return null;
      const now = Date.now();
      await updateStore((store) => {
        const [, id = ''] = key.split(':');
        store.accounts[key] ??= { platform, id, firstSeen: now, lastSeen: now, steps: {} };
        const record = store.accounts[key];
        record.lastSeen = now;
        if (message.name) record.name = message.name;
      });
      return key;
    }
    case 'get-view':
      return buildView(await readStore(), await loggedInAccounts());
    case 'set-region':
      await updateStore((store) => {
        store.settings.region = message.region;
      });
      return null;
    default:
      throw new Error(`message not handled yet: ${message.type}`);
  }
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return Promise.resolve<Reply>({ ok: false, error: 'malformed message' });
    return handle(parsed.data, sender).then(
      (value): Reply => ({ ok: true, value }),
      (error: unknown): Reply => ({ ok: false, error: String(error instanceof Error ? error.message : error) }),
    );
  });
}
