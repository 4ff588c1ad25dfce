import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, mergeHistories, mergeStores, readImport } from '@/background/transfer';
import { emptyStore, type HistoryEntry, type Store } from '@/core/state';
import { STATUSES } from '@/core/steps';

const FB = 'facebook:100001234567890';
const IG = 'instagram:5512345678';

function storeWith(entries: HistoryEntry[], extra: Partial<Store> = {}): Store {
  return {
    ...emptyStore(),
    accounts: {
      [FB]: {
        platform: 'facebook',
        id: '100001234567890',
        firstSeen: 10,
        lastSeen: 20,
        steps: { 'fb-objection': entries },
      },
    },
    ...extra,
  };
}

describe('export and import', () => {
  it('an export imports back into an empty store unchanged', () => {
    const store = storeWith(
      [
        {
          status: 'submitted',
          at: 5,
          source: 'detected',
          url: 'https://www.facebook.com/help/contact/712876720715583',
        },
      ],
      {
        settings: { region: 'eu', email: 'me@example.org' },
        links: [[FB, IG]],
      },
    );
    const file = JSON.parse(JSON.stringify(buildExport(store, {}, 99)));
    const read = readImport(file);
    expect(read.ok).toBe(true);
    if (read.ok) expect(mergeStores(emptyStore(), read.store)).toEqual(store);
  });

  it('accepts a bare version 1 store', () => {
    const read = readImport({ version: 1, settings: {}, accounts: {}, links: [] });
    expect(read.ok).toBe(true);
  });

  it.each([[null], ['text'], [{ format: 'objector-export', store: { version: 2 } }], [{ version: 7 }]])(
    'refuses %j',
    (data) => {
      expect(readImport(data).ok).toBe(false);
    },
  );

  it('keeps settings set here and fills the ones missing from the import', () => {
    const local = { ...emptyStore(), settings: { email: 'here@example.org' } };
    const incoming = { ...emptyStore(), settings: { email: 'there@example.org', region: 'uk' as const } };
    expect(mergeStores(local, incoming).settings).toEqual({ email: 'here@example.org', region: 'uk' });
  });

  it('unites links without duplicates, in either order', () => {
    const local = { ...emptyStore(), links: [[FB, IG]] as Store['links'] };
    const incoming = {
      ...emptyStore(),
      links: [
        [IG, FB],
        [FB, 'instagram:1'],
      ] as Store['links'],
    };
    expect(mergeStores(local, incoming).links).toEqual([
      [FB, IG],
      [FB, 'instagram:1'],
    ]);
  });
});

describe('mergeHistories', () => {
  const entry = fc.record({
    status: fc.constantFrom(...STATUSES),
    at: fc.integer({ min: 0, max: 50 }),
    source: fc.constantFrom('detected' as const, 'user' as const),
  });

  it('never drops an entry and keeps each side’s own order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.array(entry, { maxLength: 12 }), (local, incoming) => {
        const merged = mergeHistories(local, incoming);
        const keys = merged.map((e) => JSON.stringify(e));
        for (const e of [...local, ...incoming]) expect(keys).toContain(JSON.stringify(e));
        // local entries appear in their own order
        const positions = local.map((e) => merged.indexOf(e));
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }),
    );
  });

  it('importing the same file twice adds nothing the second time', () => {
    const a: HistoryEntry[] = [{ status: 'opened', at: 1, source: 'detected' }];
    const b: HistoryEntry[] = [
      { status: 'opened', at: 1, source: 'detected' },
      { status: 'submitted', at: 4, source: 'user' },
    ];
    const once = mergeHistories(a, b);
    expect(once).toEqual(b);
    expect(mergeHistories(once, b)).toEqual(b);
  });

  it('interleaves two devices’ histories by time', () => {
    const here: HistoryEntry[] = [
      { status: 'opened', at: 1, source: 'detected' },
      { status: 'confirmed', at: 9, source: 'detected' },
    ];
    const there: HistoryEntry[] = [{ status: 'submitted', at: 5, source: 'user' }];
    expect(mergeHistories(here, there).map((e) => e.at)).toEqual([1, 5, 9]);
  });
});
