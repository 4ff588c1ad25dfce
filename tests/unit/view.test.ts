import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/background/badge';
import { senderRole } from '@/background/senders';
import { emptyStore, type HistoryEntry, type Store } from '@/core/state';
import { buildView, CONFIRMATION_WAIT_MS, HISTORY_IN_PANEL, historyView, linkedGroup } from '@/core/view';

const FB = 'facebook:1';
const FB2 = 'facebook:2';
const IG = 'instagram:3';
const DAY = 24 * 60 * 60 * 1000;

function store(histories: Record<string, Partial<Record<string, HistoryEntry[]>>>, links: Store['links'] = []): Store {
  const s: Store = { ...emptyStore(), settings: { region: 'eu' }, links };
  for (const [key, steps] of Object.entries(histories)) {
    const [platform, id] = key.split(':') as ['facebook', string];
    s.accounts[key] = { platform, id, firstSeen: 0, lastSeen: 0, steps };
  }
  return s;
}

const submitted = (at: number): HistoryEntry[] => [{ status: 'submitted', at, source: 'detected' }];

describe('buildView', () => {
  it('counts the steps left, optional ones aside, and names the next one', () => {
    const view = buildView(store({ [FB]: { 'fb-objection': submitted(1) } }), [FB], 2);
    const account = view.accounts[0];
    expect(account?.left).toBe(4);
    expect(account?.next).toBe('ig-objection');
  });

  it('lends a linked account’s objection, marked with coveredBy, and only to linked accounts', () => {
    const s = store({ [FB]: { 'fb-objection': submitted(1) }, [IG]: {}, [FB2]: {} }, [[FB, IG]]);
    const view = buildView(s, [IG], 2);
    const ig = view.accounts.find((a) => a.key === IG);
    const igStep = ig?.steps.find((x) => x.step === 'ig-objection');
    expect(igStep).toMatchObject({ status: 'submitted', coveredBy: FB, historyCount: 0 });
    expect(igStep).not.toHaveProperty('history');
    const fbOwnIg = view.accounts.find((a) => a.key === FB)?.steps.find((x) => x.step === 'ig-objection');
    expect(fbOwnIg).toMatchObject({ status: 'submitted', coveredBy: FB });
    const other = view.accounts.find((a) => a.key === FB2)?.steps.find((x) => x.step === 'fb-objection');
    expect(other?.status).toBe('todo');
    expect(other?.coveredBy).toBeUndefined();
  });

  it('covers through a chain of links, and not non-objection steps', () => {
    const s = store({ [FB]: { 'fb-objection': submitted(1), 'limit-public': submitted(1) } }, [
      [FB, IG],
      [IG, FB2],
    ]);
    const fb2 = buildView(s, [FB2], 2).accounts.find((a) => a.key === FB2);
    expect(fb2?.steps.find((x) => x.step === 'fb-objection')?.coveredBy).toBe(FB);
    expect(fb2?.steps.find((x) => x.step === 'limit-public')?.status).toBe('todo');
    expect(linkedGroup(s.links, FB2).sort()).toEqual([FB, IG].sort());
  });

  it('a user’s skipped stays, even when a linked account submitted', () => {
    const s = store(
      {
        [FB]: { 'fb-objection': submitted(1) },
        [IG]: { 'ig-objection': [{ status: 'skipped', at: 1, source: 'user' }] },
      },
      [[FB, IG]],
    );
    const ig = buildView(s, [IG], 2).accounts[0]?.steps.find((x) => x.step === 'ig-objection');
    expect(ig).toMatchObject({ status: 'skipped' });
    expect(ig?.coveredBy).toBeUndefined();
  });

  it('flags a submission without confirmation after 7 days, not before, not once confirmed', () => {
    const s = store({ [FB]: { 'fb-objection': submitted(0) } });
    expect(buildView(s, [FB], CONFIRMATION_WAIT_MS - 1).accounts[0]?.overdue).toBe(false);
    const late = buildView(s, [FB], CONFIRMATION_WAIT_MS + DAY).accounts[0];
    expect(late?.overdue).toBe(true);
    expect(late?.steps.find((x) => x.step === 'fb-objection')?.overdue).toBe(true);
    const confirmed = store({
      [FB]: { 'fb-objection': [...submitted(0), { status: 'confirmed', at: 1, source: 'detected' }] },
    });
    expect(buildView(confirmed, [FB], 30 * DAY).accounts[0]?.overdue).toBe(false);
  });

  it('lists logged-in accounts first, then the others', () => {
    const view = buildView(store({ [FB]: {}, [IG]: {} }), [IG], 0);
    expect(view.accounts.map((a) => [a.key, a.loggedIn])).toEqual([
      [IG, true],
      [FB, false],
    ]);
  });
});

describe('historyView', () => {
  it('returns a step’s latest entries, oldest first, with the count of all; nothing for an unknown step', () => {
    const long: HistoryEntry[] = Array.from({ length: HISTORY_IN_PANEL + 5 }, (_, i) => ({
      status: i % 2 ? 'submitted' : 'opened',
      at: i,
      source: 'detected',
    }));
    const s = store({ [FB]: { 'fb-objection': long } });
    const got = historyView(s, FB, 'fb-objection');
    expect(got.count).toBe(HISTORY_IN_PANEL + 5);
    expect(got.entries).toHaveLength(HISTORY_IN_PANEL);
    expect(got.entries.map((e) => e.at)).toEqual(long.slice(-HISTORY_IN_PANEL).map((e) => e.at));
    expect(historyView(s, FB, 'ig-objection')).toEqual({ entries: [], count: 0 });
    expect(historyView(s, IG, 'fb-objection')).toEqual({ entries: [], count: 0 });
  });

  it('the view carries the count but no entries', () => {
    const s = store({ [FB]: { 'fb-objection': submitted(1) } });
    const step = buildView(s, [FB], 2).accounts[0]?.steps.find((x) => x.step === 'fb-objection');
    expect(step).toMatchObject({ historyCount: 1 });
    expect(step).not.toHaveProperty('history');
  });
});

describe('badge', () => {
  it('shows steps left, empty without an account or when nothing is left, ! for an overdue reminder', () => {
    expect(badgeFor(undefined).text).toBe('');
    const s = store({ [FB]: { 'fb-objection': submitted(0) } });
    expect(badgeFor(buildView(s, [FB], 1).accounts[0]).text).toBe('4');
    const done = store({
      [FB]: {
        'fb-objection': submitted(0),
        'ig-objection': [{ status: 'skipped', at: 0, source: 'user' }],
        'third-party-data': [{ status: 'skipped', at: 0, source: 'user' }],
        'limit-public': [{ status: 'skipped', at: 0, source: 'user' }],
        'meta-ai-chats': [{ status: 'skipped', at: 0, source: 'user' }],
      },
    });
    expect(badgeFor(buildView(done, [FB], 1).accounts[0]).text).toBe('');
    const late = badgeFor(buildView(done, [FB], 8 * DAY).accounts[0]);
    expect(late).toMatchObject({ text: '!', overdue: true });
  });
});

describe('senders', () => {
  const ID = 'abcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;

  it.each([
    [{ id: ID, url: `${ORIGIN}popup.html` }, 'extension-page'],
    [{ id: ID, url: `${ORIGIN}evidence.html`, tab: {} }, 'extension-page'],
    [{ id: ID, url: 'https://www.facebook.com/help/contact/712876720715583', tab: {} }, 'content-script'],
    [{ id: ID, url: 'https://help.instagram.com/contact/767264225370182', tab: {} }, 'content-script'],
    [{ id: ID, url: 'https://www.facebook.com/', tab: undefined }, null],
    [{ id: ID, url: 'https://evil.example/', tab: {} }, null],
    [{ id: ID, url: 'https://facebook.com.evil.example/', tab: {} }, null],
    [{ id: 'other', url: `${ORIGIN}popup.html` }, null],
    [{ id: 'other', url: 'https://www.facebook.com/', tab: {} }, null],
    [{ id: ID }, null],
  ])('%j is %s', (sender, role) => {
    expect(senderRole(sender, ID, ORIGIN)).toBe(role);
  });
});
