import type { AccountKey } from './accounts';
import { parseAccountKey } from './accounts';
import type { Platform } from './hosts';
import type { Store } from './state';
import { currentStatus } from './status';
import { isStepDone, type Region, type Status, type StepId, stepsForRegion } from './steps';

export interface StepView {
  step: StepId;
  status: Status;
  at?: number;
}

export interface AccountView {
  key: AccountKey;
  platform: Platform;
  id: string;
  name?: string;
  loggedIn: boolean;
  steps: StepView[];
  left: number;
}

export interface PopupView {
  region: Region | null;
  accounts: AccountView[];
}

/** What the popup shows: logged-in accounts first, then every other known account. */
export function buildView(store: Store, loggedIn: readonly AccountKey[]): PopupView {
  const region = store.settings.region ?? null;
  const keys = [...loggedIn, ...Object.keys(store.accounts).filter((k) => !loggedIn.includes(k))];
  const accounts = keys.map((key): AccountView => {
    const record = store.accounts[key];
    const { platform, id } = parseAccountKey(key);
    const steps = stepsForRegion(region ?? 'eu').map((step): StepView => {
      const history = record?.steps[step];
      return { step, status: currentStatus(history), at: history?.at(-1)?.at };
    });
    return {
      key,
      platform,
      id,
      name: record?.name,
      loggedIn: loggedIn.includes(key),
      steps,
      left: steps.filter((s) => !isStepDone(s.status)).length,
    };
  });
  return { region, accounts };
}
