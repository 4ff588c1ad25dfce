import { describe, expect, it } from 'vitest';
import { countriesOf, countryInRegion, regionOfCountry } from '@/core/regions';
import { STATUSES, stepsForRegion } from '@/core/steps';
import type { AccountView, PopupView } from '@/core/view';
import {
  accountLabel,
  actionKey,
  anonymousChecklist,
  countryOptions,
  exportFileName,
  formatWhen,
  historyNewestFirst,
  linkCandidates,
  manualStatuses,
  optionalText,
  splitAccounts,
} from '@/popup/view-helpers';

function accountView(key: AccountView['key'], extra: Partial<AccountView> = {}): AccountView {
  const [platform, id] = key.split(':') as [AccountView['platform'], string];
  return { key, platform, id, loggedIn: false, steps: [], left: 0, linkedTo: [], overdue: false, ...extra };
}

describe('popup view helpers', () => {
  it('shows the logged-out checklist of the region, every step to do', () => {
    const other = anonymousChecklist('other');
    expect(other.map((s) => s.step)).toEqual(stepsForRegion('other'));
    expect(other.map((s) => s.step)).not.toContain('fb-objection');
    expect(other.every((s) => s.status === 'todo' && s.historyCount === 0)).toBe(true);
    expect(anonymousChecklist('uk').map((s) => s.step)).toEqual(stepsForRegion('uk'));
  });

  it('puts logged-in accounts first and the others apart, in the order given', () => {
    const view: PopupView = {
      region: 'eu',
      settings: {},
      accounts: [
        accountView('facebook:1', { loggedIn: true }),
        accountView('instagram:2'),
        accountView('facebook:3'),
        accountView('instagram:4', { loggedIn: true }),
      ],
    };
    const { current, others } = splitAccounts(view);
    expect(current.map((a) => a.key)).toEqual(['facebook:1', 'instagram:4']);
    expect(others.map((a) => a.key)).toEqual(['instagram:2', 'facebook:3']);
  });

  it('offers every status but the current one, the likeliest next first', () => {
    for (const status of STATUSES) {
      const choices = manualStatuses(status);
      expect(choices).not.toContain(status);
      expect(new Set(choices).size).toBe(STATUSES.length - 1);
    }
    expect(manualStatuses('todo')[0]).toBe('submitted');
    expect(manualStatuses('submitted')[0]).toBe('confirmed');
    expect(manualStatuses('skipped')[0]).toBe('todo');
  });

  it('offers to link only accounts of the other platform that are not linked yet', () => {
    const fb = accountView('facebook:1', { linkedTo: ['instagram:2'] });
    const all = [fb, accountView('instagram:2'), accountView('instagram:3'), accountView('facebook:4')];
    expect(linkCandidates(fb, all).map((a) => a.key)).toEqual(['instagram:3']);
  });

  it('names an account by its display name, else its id', () => {
    expect(accountLabel({ id: '42', name: 'Alex' })).toBe('Alex');
    expect(accountLabel({ id: '42', name: '  ' })).toBe('42');
    expect(accountLabel({ id: '42' })).toBe('42');
  });

  it('has an action for every step', () => {
    for (const step of stepsForRegion('eu')) expect(actionKey(step)).toMatch(/^action_/);
    expect(actionKey('ask-others')).toBe('action_copy_text');
  });

  it('lists history newest first without touching the stored order', () => {
    const history = [
      { status: 'opened' as const, at: 1, source: 'detected' as const },
      { status: 'submitted' as const, at: 2, source: 'user' as const },
    ];
    expect(historyNewestFirst(history).map((e) => e.at)).toEqual([2, 1]);
    expect(history[0]?.at).toBe(1);
  });

  it('formats a date in the interface language, with the time when it is today', () => {
    const now = new Date(2025, 4, 27, 18, 0).getTime();
    const earlier = new Date(2025, 3, 14, 9, 30).getTime();
    expect(formatWhen(earlier, 'de', now)).toContain('2025');
    expect(formatWhen(earlier, 'en', now)).toMatch(/Apr/);
    expect(formatWhen(new Date(2025, 4, 27, 9, 30).getTime(), 'en', now)).toMatch(/9:30/);
    expect(formatWhen(earlier, 'not a locale!', now)).toContain('2025');
  });

  it('names export files by date', () => {
    expect(exportFileName(new Date(2025, 0, 5))).toBe('objector-2025-01-05.json');
  });

  it('leaves empty text fields out', () => {
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText(' a@b.c ')).toBe('a@b.c');
  });

  it('asks for a country only in the EU, and implies it for one-country regions', () => {
    expect(countriesOf('eu')).toContain('DE');
    expect(countriesOf('eu')).toContain('NO');
    expect(countriesOf('eu')).not.toContain('GB');
    expect(countriesOf('other')).toEqual([]);
    expect(countryInRegion('uk', 'DE')).toBe('GB');
    expect(countryInRegion('eu', 'DE')).toBe('DE');
    expect(countryInRegion('eu', 'GB')).toBeUndefined();
    expect(countryInRegion('other', 'DE')).toBeUndefined();
    expect(regionOfCountry('NO')).toBe('eu');
    expect(regionOfCountry('CH')).toBe('ch');
    expect(regionOfCountry('US')).toBe('other');
  });

  it('names countries in the interface language, sorted', () => {
    const options = countryOptions(['DE', 'AT', 'FR'], 'de');
    expect(options.map((o) => o.name)).toEqual(['Deutschland', 'Frankreich', 'Österreich']);
  });
});
