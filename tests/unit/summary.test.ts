import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStore, STORE_KEY, updateStore, wipeStore } from '@/background/store';
import type { AccountKey } from '@/core/accounts';
import type { HistoryEntry, Store } from '@/core/state';
import { canUndo, currentStatus, recordDetected, recordUndo, recordUserChange } from '@/core/status';
import { STATUSES, STEP_IDS, type StepId } from '@/core/steps';
import { isStoredSummary, readSummary, type StoredSummary, SUMMARY_KEY, summarize, WRITER_KEY } from '@/core/summary';
import { buildView } from '@/core/view';
import { readLocalView } from '@/popup/first-view';

const FB = 'facebook:100001234567890';
const IG = 'instagram:5512345678';

/** A version 2 store as builds before the summary wrote it: no summary beside it. */
const V2: Store = {
  version: 2,
  settings: { region: 'eu' },
  accounts: {
    [FB]: {
      platform: 'facebook',
      id: '100001234567890',
      name: 'Ada',
      firstSeen: 1,
      lastSeen: 5,
      steps: {
        'fb-objection': [
          { status: 'opened', at: 2, source: 'detected' },
          { status: 'submitted', at: 3, source: 'user' },
        ],
        'limit-public': [],
      },
    },
  },
  links: [[FB, IG]],
  setAside: [],
};

function cookies(facebook: string | null) {
  const get = async ({ name }: { name: string }) => (name === 'c_user' && facebook ? { value: facebook } : null);
  Object.assign(fakeBrowser, { cookies: { get } });
}

async function disk(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

/** Each step's summary says exactly what its history says. */
function expectSummaryOf(summary: ReturnType<typeof readSummary>, store: Store): void {
  expect(summary).not.toBeNull();
  expect(Object.keys(summary?.accounts ?? {})).toEqual(Object.keys(store.accounts));
  for (const [key, record] of Object.entries(store.accounts)) {
    const steps = summary?.accounts[key]?.steps ?? {};
    expect(Object.keys(steps).sort()).toEqual(Object.keys(record.steps).sort());
    for (const [step, history = []] of Object.entries(record.steps) as Array<[StepId, HistoryEntry[] | undefined]>) {
      expect(steps[step]).toEqual({
        status: currentStatus(history),
        ...(history.length ? { at: history.at(-1)?.at } : {}),
        count: history.length,
        canUndo: canUndo(history),
      });
    }
  }
  expect(summary?.settings).toEqual(store.settings);
  expect(summary?.links).toEqual(store.links);
  expect(summary?.setAside).toEqual(store.setAside.at(-1));
}

describe('the store summary', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written with every change, with the writer token stored beside it', async () => {
    await updateStore((s) => {
      s.accounts[FB] = { platform: 'facebook', id: '100001234567890', firstSeen: 1, lastSeen: 1, steps: {} };
      s.accounts[FB].steps['fb-objection'] = recordUserChange([], 'submitted', 10);
    });
    const all = await disk();
    expect(isStoredSummary(all[SUMMARY_KEY])).toBe(true);
    expect((all[SUMMARY_KEY] as { writer: string }).writer).toBe(all[WRITER_KEY]);
    expectSummaryOf(readSummary(all), all[STORE_KEY] as Store);
  });

  it('stays what the histories say through any sequence of changes', async () => {
    const change = fc.record({
      account: fc.constantFrom(FB, IG, 'facebook:7'),
      step: fc.constantFrom(...STEP_IDS),
      kind: fc.constantFrom('detected', 'user', 'undo', 'link', 'name'),
      status: fc.constantFrom(...STATUSES),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 25 }), async (changes) => {
        fakeBrowser.reset();
        let at = 1;
        for (const c of changes) {
          at += 1;
          await updateStore((s) => {
            const [platform, id] = c.account.split(':') as ['facebook' | 'instagram', string];
            s.accounts[c.account] ??= { platform, id, firstSeen: at, lastSeen: at, steps: {} };
            const record = s.accounts[c.account];
            if (!record) return;
            const history = record.steps[c.step] ?? [];
            if (
              c.kind === 'detected' &&
              (c.status === 'opened' || c.status === 'submitted' || c.status === 'confirmed')
            )
              record.steps[c.step] = recordDetected(history, c.status, at);
            if (c.kind === 'user') record.steps[c.step] = recordUserChange(history, c.status, at);
            if (c.kind === 'undo') record.steps[c.step] = recordUndo(history, at) ?? history;
            if (c.kind === 'link') s.links.push([FB, IG]);
            if (c.kind === 'name') record.name = `n${at}`;
          });
          const all = await disk();
          expectSummaryOf(readSummary(all), all[STORE_KEY] as Store);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lets the popup build the same view the background gives, without the background', async () => {
    cookies('100001234567890');
    await fakeBrowser.storage.local.set({ [STORE_KEY]: V2 });
    const store = await readStore();
    const local = await readLocalView(100);
    expect(local).toEqual(buildView(store, [FB], 100));
    expect(local?.accounts[0]).toMatchObject({ key: FB, loggedIn: true });
  });

  it('is written beside a store from before summaries, leaving the store itself as it was', async () => {
    await fakeBrowser.storage.local.set({ [STORE_KEY]: V2 });
    expect(await readStore()).toEqual(V2);
    const all = await disk();
    expect(all[STORE_KEY]).toEqual(V2);
    expect(Object.keys(all).filter((k) => k.startsWith('objector-before-v'))).toEqual([]);
    expectSummaryOf(readSummary(all), V2);
  });

  it('is written when a version 1 store is migrated, and the original is kept', async () => {
    const { setAside: _, ...rest } = V2;
    const v1 = { ...rest, version: 1 };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: v1 });
    await readStore();
    const all = await disk();
    expect(all['objector-before-v1']).toEqual(v1);
    expectSummaryOf(readSummary(all), all[STORE_KEY] as Store);
  });

  it('reports a set-aside store, and the broken original stays untouched', async () => {
    const broken = { ...V2, accounts: { ...V2.accounts, 'facebook:2': 'nonsense' } };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: broken });
    const store = await readStore();
    const all = await disk();
    expect(all[store.setAside[0]?.key ?? '']).toEqual(broken);
    expectSummaryOf(readSummary(all), store);
    cookies(null);
    expect((await readLocalView())?.problem).toMatchObject({ reason: store.setAside[0]?.reason });
  });

  it('is not trusted when another write came after it, or when it is damaged or missing', async () => {
    cookies(null);
    await fakeBrowser.storage.local.set({ [STORE_KEY]: V2 });
    await readStore();
    expect(await readLocalView()).not.toBeNull();

    await fakeBrowser.storage.local.set({ [WRITER_KEY]: 'someone else' });
    expect(await readLocalView()).toBeNull();

    await updateStore(() => {});
    expect(await readLocalView()).not.toBeNull();
    const summary = (await disk())[SUMMARY_KEY] as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ [SUMMARY_KEY]: { ...summary, accounts: { [FB]: { steps: 'x' } } } });
    expect(await readLocalView()).toBeNull();

    await fakeBrowser.storage.local.remove(SUMMARY_KEY);
    expect(await readLocalView()).toBeNull();
  });

  it('is dropped when someone else writes the store, and rewritten when the background reads it', async () => {
    cookies(null);
    await updateStore((s) => {
      s.settings.region = 'uk';
    });
    const other: Store = { ...V2, settings: { region: 'ch' } };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: other });
    await expect.poll(async () => (await disk())[SUMMARY_KEY]).toBeUndefined();
    expect(await readLocalView()).toBeNull();
    expect((await readStore()).settings.region).toBe('ch');
    expect((await readLocalView())?.region).toBe('ch');
  });

  it('goes with everything else on a wipe', async () => {
    await updateStore((s) => {
      s.settings.region = 'uk';
    });
    await wipeStore();
    expect(await disk()).toEqual({});
  });

  it('keeps the order of accounts, so the view lists them as the store does', () => {
    const store: Store = { ...V2, accounts: {} };
    const keys: AccountKey[] = ['instagram:9', 'facebook:3', 'facebook:1'];
    for (const key of keys) {
      const [platform, id] = key.split(':') as ['facebook' | 'instagram', string];
      store.accounts[key] = { platform, id, firstSeen: 0, lastSeen: 0, steps: {} };
    }
    const roundTrip: unknown = JSON.parse(JSON.stringify({ ...summarize(store), writer: 'w' }));
    expect(isStoredSummary(roundTrip)).toBe(true);
    expect(Object.keys((roundTrip as StoredSummary).accounts)).toEqual(keys);
  });
});
