import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Message } from '../core/messages';
import type { PopupView } from '../core/view';
import { ask } from './api';

export interface ViewState {
  view: PopupView | null;
  error: string | null;
  /** Sends a change to the background, then reloads the view; false (and `error` set) when refused. */
  send: (message: Message) => Promise<boolean>;
  reload: () => Promise<void>;
}

/**
 * The background's view of the store, reloaded after every change this page makes; `initial`,
 * when the page already has a view (the popup reads one from the store's summary), is shown first.
 */
export function useView(initial: PopupView | null = null): ViewState {
  const [view, setView] = useState<PopupView | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await ask<PopupView>({ type: 'get-view' }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  const send = useCallback(
    async (message: Message) => {
      try {
        await ask<unknown>(message);
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
