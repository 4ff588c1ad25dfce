import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Message } from '../core/messages';
import type { PopupView } from '../core/view';
import { ask } from './api';
import { takeEarlyView } from './first-view';

export interface ViewState {
  view: PopupView | null;
  error: string | null;
  /** Sends a change to the background, then reloads the view; false (and `error` set) when refused. */
  send: (message: Message) => Promise<boolean>;
  reload: () => Promise<void>;
}

/** The background's view of the store, reloaded after every change this page makes. */
export function useView(): ViewState {
  const [view, setView] = useState<PopupView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await (takeEarlyView() ?? ask<PopupView>({ type: 'get-view' })));
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
    void reload();
  }, [reload]);
  return { view, error, send, reload };
}
