import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate, salvage } from '@/background/migrate';
import { readSetAside, readStore, updateStore } from '@/background/store';
import { emptyStore, STORE_VERSION } from '@/core/state';
import { ASIDE_PREFIX, STORE_KEY } from '@/core/storage-keys';
import { buildView } from '@/core/view';

/** A version 1 store exactly as the foundation release wrote it. */
const V1 = {
  version: 1,
  settings: { region: 'eu', email: 'me@example.org' },
  accounts: {
    'facebook:100001234567890': {
      platform: 'facebook',
      id: '100001234567890',
      name: 'Ada',
      firstSeen: 1,
      lastSeen: 5,
      steps: {
        'fb-objection': [
          { status: 'opened', at: 2, source: 'detected', url: 'https://www.facebook.com/help/contact/712876720715583' },
          { status: 'submitted', at: 3, source: 'detected' },
        ],
      },
    },
  },
  links: [['facebook:100001234567890', 'instagram:5512345678']],
};

describe('migrate', () => {
  it('upgrades a version 1 store, keeping every account, entry, setting and link', () => {
    const result = migrate(V1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(result.store.version).toBe(STORE_VERSION);
    expect(result.store.settings).toEqual(V1.settings);
    expect(result.store.accounts).toEqual(V1.accounts);
    expect(result.from).toBe(1);
    expect(result.store.links).toEqual(V1.links);
    expect(result.store.setAside).toEqual([]);
  });

  it('reads the current version as it is', () => {
    const current = migrate(V1);
    if (!current.ok) throw new Error('v1 did not migrate');
    const again = migrate(JSON.parse(JSON.stringify(current.store)));
    expect(again).toEqual({ ok: true, store: current.store, from: STORE_VERSION });
  });

  it.each([
    ['a string', 'garbage', 'not an object'],
    ['an array', [1, 2], 'not an object'],
    ['no version', { accounts: {} }, 'no version'],
    ['a newer version', { ...V1, version: 99 }, 'newer'],
    [
      'a step this version does not know',
      {
        ...V1,
        version: 3,
        setAside: [],
        accounts: {
          'facebook:1': {
            platform: 'facebook',
            id: '1',
            firstSeen: 1,
            lastSeen: 1,
            steps: { 'new-step': [] },
          },
        },
      },
      'not a valid version 3',
    ],
    ['a broken version 1', { ...V1, accounts: { 'facebook:1': { steps: 'x' } } }, 'not a valid version 1'],
  ])('refuses %s', (_, raw, reason) => {
    const result = migrate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('fields this version does not know', () => {
  /** A version 2 store as a newer Objector might write one, or a hand edit: extra fields at every level. */
  const V2_PLUS = {
    version: 2,
    theme: 'dark',
    settings: { region: 'eu', email: 'me@example.org', notify: true },
    accounts: {
      'facebook:1': {
        platform: 'facebook',
        id: '1',
        firstSeen: 1,
        lastSeen: 2,
        avatar: 'blue',
        steps: { 'fb-objection': [{ status: 'submitted', at: 3, source: 'detected', screenshot: 'abc' }] },
      },
    },
    links: [],
    setAside: [],
  };

  it('survive the migration from version 2', () => {
    const result = migrate(V2_PLUS);
    if (!result.ok) throw new Error(result.reason);
    expect(result.store).toMatchObject({ ...V2_PLUS, version: STORE_VERSION });
    expect(JSON.parse(JSON.stringify(result.store))).toEqual({ ...V2_PLUS, version: STORE_VERSION });
  });

  it('survive every read and write of a current store', async () => {
    fakeBrowser.reset();
    const current = { ...V2_PLUS, version: STORE_VERSION };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: current });
    await updateStore((s) => {
      s.settings.email = 'new@example.org';
      s.accounts['facebook:1']?.steps['fb-objection']?.push({ status: 'confirmed', at: 4, source: 'user' });
    });
    const disk = (await fakeBrowser.storage.local.get(STORE_KEY))[STORE_KEY] as typeof current;
    expect(disk.theme).toBe('dark');
    expect(disk.settings).toEqual({ region: 'eu', email: 'new@example.org', notify: true });
    expect(disk.accounts['facebook:1']).toMatchObject({ avatar: 'blue' });
    expect(disk.accounts['facebook:1']?.steps['fb-objection']?.[0]).toMatchObject({ screenshot: 'abc' });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith(ASIDE_PREFIX))).toEqual([]);
  });
});

describe('salvage', () => {
  it('keeps every readable account, entry, setting and link of a broken store', () => {
    const broken = {
      version: 2,
      settings: { region: 'mars', email: 'me@example.org' },
      accounts: {
        'facebook:1': {
          platform: 'facebook',
          id: '1',
          firstSeen: 1,
          lastSeen: 2,
          steps: { 'fb-objection': [{ status: 'submitted', at: 3, source: 'detected' }, { status: 'bogus' }] },
        },
        'not-a-key': { steps: {} },
      },
      links: [
        ['facebook:1', 'instagram:2'],
        ['x', 'y'],
      ],
    };
    const store = salvage(broken);
    expect(store.settings).toEqual({ email: 'me@example.org' });
    expect(Object.keys(store.accounts)).toEqual(['facebook:1']);
    expect(store.accounts['facebook:1']?.steps['fb-objection']).toEqual([
      { status: 'submitted', at: 3, source: 'detected' },
    ]);
    expect(store.links).toEqual([['facebook:1', 'instagram:2']]);
  });
});

describe('store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serialises concurrent updates so none is lost', async () => {
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        updateStore((s) => {
          s.links.push([`facebook:${i}`, `instagram:${i}`]);
        }),
      ),
    );
    expect((await readStore()).links).toHaveLength(5);
  });

  it('migrates a version 1 store on disk and keeps the original under its own key', async () => {
    await fakeBrowser.storage.local.set({ [STORE_KEY]: V1 });
    const store = await readStore();
    expect(store.version).toBe(STORE_VERSION);
    expect(store.accounts['facebook:100001234567890']?.steps['fb-objection']).toHaveLength(2);
    const disk = await fakeBrowser.storage.local.get(null);
    expect(disk['objector-before-v1']).toEqual(V1);
    expect((disk[STORE_KEY] as { version: number }).version).toBe(STORE_VERSION);
  });

  it('sets an unreadable store aside, never overwriting it, and reports it', async () => {
    const broken = { ...V1, accounts: { ...V1.accounts, 'facebook:2': 'nonsense' } };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: broken });
    const store = await readStore();
    expect(store.setAside).toHaveLength(1);
    const aside = store.setAside[0];
    expect(aside?.key.startsWith(ASIDE_PREFIX)).toBe(true);
    expect((await fakeBrowser.storage.local.get(aside?.key ?? ''))[aside?.key ?? '']).toEqual(broken);
    expect(store.accounts['facebook:100001234567890']?.steps['fb-objection']).toHaveLength(2);
    expect(buildView(store, []).problem).toMatchObject({ at: aside?.at, reason: aside?.reason });
    expect(await readSetAside()).toMatchObject({ [aside?.key ?? '']: broken });

    // A second bad write is set aside under another key; the first copy stays.
    await fakeBrowser.storage.local.set({ [STORE_KEY]: 'garbage' });
    const again = await readStore();
    expect(again.setAside).toHaveLength(1);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith(ASIDE_PREFIX))).toHaveLength(2);
    expect(all[aside?.key ?? '']).toEqual(broken);
  });

  it('touches nothing when the unreadable store cannot be copied aside, and says why', async () => {
    const broken = { version: 2, accounts: 'nonsense' };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: broken });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith(ASIDE_PREFIX))) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(readStore()).rejects.toThrow(/could not keep a copy of it aside \(QUOTA_BYTES quota exceeded\)/);
    await expect(updateStore(() => {})).rejects.toThrow(/Nothing was changed or deleted/);
    spy.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [STORE_KEY]: broken });
  });

  it('writes nothing when an update throws', async () => {
    await updateStore((s) => {
      s.settings.email = 'kept@example.org';
    });
    await expect(
      updateStore((s) => {
        s.settings.email = 'lost@example.org';
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await readStore()).settings.email).toBe('kept@example.org');
  });

  it('keeps no stale copy when someone else writes while the store is being read', async () => {
    await readStore();
    const first = { ...emptyStore(), settings: { region: 'eu' as const, email: 'first@example.org' } };
    const second = { ...emptyStore(), settings: { region: 'eu' as const, email: 'second@example.org' } };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: first });
    // The next read of the disk is overtaken by another write (a test seeding, another worker).
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const read = await get(keys);
      await fakeBrowser.storage.local.set({ [STORE_KEY]: second });
      return read;
    });
    expect((await readStore()).settings.email).toBe('second@example.org');
    expect((await readStore()).settings.email).toBe('second@example.org');
    spy.mockRestore();
  });

  it('sets a broken store aside once when the news of its write arrives after the read', async () => {
    const broken = { ...V1, accounts: { 'facebook:2': 'nonsense' } };
    await fakeBrowser.storage.local.set({ [STORE_KEY]: broken });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const read = await get(keys);
      await fakeBrowser.storage.onChanged.trigger({ [STORE_KEY]: { newValue: broken } }, 'local');
      return read;
    });
    expect((await readStore()).setAside).toHaveLength(1);
    spy.mockRestore();
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith(ASIDE_PREFIX))).toHaveLength(1);
  });
});
