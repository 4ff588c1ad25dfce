import type { Page, Worker } from '@playwright/test';

/** A message from one of the extension's own pages, as the popup sends it; the reply unwrapped. */
export async function send<T = unknown>(page: Page, message: object): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as
    | { ok: true; value: T }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export interface ViewLike {
  problem?: { at: number; reason: string; newer?: number };
  accounts: Array<{ key: string; steps: Array<{ step: string; status: string; historyCount: number }> }>;
}

/** One step's history as the popup's status panel asks for it. */
export async function historyOf(
  page: Page,
  account: string,
  step: string,
): Promise<Array<{ status: string; url?: string; evidence?: string; unprompted?: boolean }>> {
  return (
    await send<{ entries: Array<{ status: string; url?: string }> }>(page, { type: 'get-history', account, step })
  ).entries;
}

export async function statusOf(page: Page, account: string, step: string): Promise<string | undefined> {
  const view = await send<ViewLike>(page, { type: 'get-view' });
  return view.accounts.find((a) => a.key === account)?.steps.find((s) => s.step === step)?.status;
}

export async function badge(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
