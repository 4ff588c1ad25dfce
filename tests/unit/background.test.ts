import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loggedInAccount } from '@/background/accounts';
import { readStore, updateStore } from '@/background/store';

describe('accounts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the logged-in Facebook account from c_user', async () => {
    const get = vi.fn(async ({ name }: { name: string }) => (name === 'c_user' ? { value: '100001234567890' } : null));
    // fakeBrowser has no cookies API: give it the one call the background makes.
    Object.assign(fakeBrowser, { cookies: { get } });
    expect(await loggedInAccount('facebook')).toBe('facebook:100001234567890');
    expect(await loggedInAccount('instagram')).toBeNull();
  });

  it('refuses a cookie value that is not an account id', async () => {
    Object.assign(fakeBrowser, { cookies: { get: async () => ({ value: 'deleted' }) } });
    expect(await loggedInAccount('facebook')).toBeNull();
  });
});

describe('store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serialises concurrent updates so none is lost', async () => {
    await Promise.all(
      ['eu', 'uk', 'ch'].map((_, i) =>
        updateStore((s) => {
          s.links.push([`facebook:${i}`, `instagram:${i}`]);
        }),
      ),
    );
    expect((await readStore()).links).toHaveLength(3);
  });
});
