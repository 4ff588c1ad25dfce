import { classifyPage } from '../catalog/pages';

/** Who sent a message, as far as the browser vouches for it. */
export type SenderRole = 'extension-page' | 'content-script';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * The role of a sender: one of the extension's own pages (its URL is under the extension's
 * origin), or its content script in a tab on a Meta page; null for anything else (another
 * extension, a web page, a content script somewhere it should not be).
 */
export function senderRole(sender: SenderInfo, ownId: string, ownOrigin: string): SenderRole | null {
  if (!sender.id || sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab && classifyPage(sender.url)) return 'content-script';
  return null;
}
