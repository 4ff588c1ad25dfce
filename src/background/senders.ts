import { platformOf } from '../core/hosts';
import { CONTENT_SCRIPT_TYPES } from '../core/messages';

/** Who sent a message, as far as the browser vouches for it. */
export type SenderRole = 'extension-page' | 'content-script';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * The role of a sender: one of the extension's own pages (its URL is under the extension's
 * origin), or its content script in a tab on a Meta host; null for anything else (another
 * extension, a web page, a content script somewhere it should not be).
 */
export function senderRole(sender: SenderInfo, ownId: string, ownOrigin: string): SenderRole | null {
  if (!sender.id || sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab && platformOf(sender.url)) return 'content-script';
  return null;
}

/** Whether a sender in `role` may send a message of `type`. */
export function maySend(role: SenderRole, type: string): boolean {
  if (role === 'content-script') return CONTENT_SCRIPT_TYPES.has(type);
  // Detections report what a Meta page showed: only a content script on that page can say so.
  return type !== 'page-seen' && type !== 'step-detected';
}
