import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageOf, MessageType } from '../core/messages';
import { send as sendMessage } from '../core/messaging';
import type { PopupView } from '../core/view';

export interface ViewState {
  view: PopupView | null;
  error: string | null;
  /** Sends a change to the background, then reloads the view; false (and `error` set) when refused. */
  send: <T extends MessageType>(message: MessageOf<T>) => Promise<boolean>;
  reload: () => Promise<void>;
}

/**
 * The background's view of the store, reloaded after every change this page makes; `initial`,
 * when the page already has a view (the popup reads its first one from storage), is shown first.
 */
export function useView(initial: PopupView | null = null): ViewState {
  const [view, setView] = useState<PopupView | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await sendMessage({ type: 'get-view' }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  const send = useCallback(
    async <T extends MessageType>(message: MessageOf<T>) => {
      try {
        await sendMessage(message);
        await reload();
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [reload],
  );
  useEffect(() => {
    if (!initial) void reload();
  }, [initial, reload]);
  return { view, error, send, reload };
}
