import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/background';
import { readStore, updateStore } from '@/background/store';
import { loggedInAccount } from '@/core/session';

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

describe('the background’s handlers', () => {
  const FORM = 'https://www.facebook.com/help/contact/712876720715583';
  const fromTab = (url: string, tab = 7) => ({ id: 'objector', url, tab: { id: tab } }) as never;
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser, { cookies: { get: async () => ({ value: '100001234567890' }) } });
  });

  it('answer only what each sender may send', async () => {
    const account = 'facebook:100001234567890';
    for (const message of [
      { type: 'get-view' },
      { type: 'set-status', account, step: 'fb-objection', status: 'confirmed' },
      { type: 'import', data: {} },
      { type: 'wipe' },
      { type: 'export' },
    ]) {
      const reply = await dispatch(message, fromTab('https://www.facebook.com/'), 'content-script');
      expect(reply).toMatchObject({ ok: false, error: `${message.type} is not allowed from here` });
    }
    const forged = { type: 'step-detected', step: 'fb-objection', status: 'opened', evidence: 'form', url: FORM };
    expect(
      await dispatch(forged, { id: 'objector', url: 'chrome-extension://x/popup.html' } as never, 'extension-page'),
    ).toMatchObject({ ok: false });
    expect(await dispatch({ type: 'nope' }, fromTab(FORM), 'content-script')).toEqual({
      ok: false,
      error: 'malformed message',
    });
  });

  it('record a submission only after the user’s own submission in that tab', async () => {
    const submitted = { type: 'step-detected', step: 'fb-objection', status: 'submitted', evidence: 'sent', url: FORM };
    expect(await dispatch(submitted, fromTab(FORM), 'content-script')).toMatchObject({
      ok: false,
      error: 'No submission by the user is waiting in this tab',
    });
    await dispatch({ type: 'submission-started', step: 'fb-objection', url: FORM }, fromTab(FORM, 8), 'content-script');
    expect(await dispatch(submitted, fromTab(FORM), 'content-script')).toMatchObject({ ok: false });
    const reply = await dispatch(submitted, fromTab(FORM, 8), 'content-script');
    expect(reply).toMatchObject({ ok: true, value: { status: 'submitted', recorded: true } });
    const history = (await readStore()).accounts['facebook:100001234567890']?.steps['fb-objection'];
    expect(history?.at(-1)).toMatchObject({ status: 'submitted', source: 'detected', evidence: 'sent', url: FORM });
    // The same submission is not taken twice.
    expect(await dispatch(submitted, fromTab(FORM, 8), 'content-script')).toMatchObject({ ok: false });
  });

  it('hand a waiting submission to the next Meta page of the tab, and to no later one', async () => {
    await dispatch({ type: 'submission-started', step: 'fb-objection', url: FORM }, fromTab(FORM, 9), 'content-script');
    const help = 'https://www.facebook.com/help/?submitted=1';
    expect(await dispatch({ type: 'page-seen', url: help }, fromTab(help, 9), 'content-script')).toMatchObject({
      ok: true,
      value: { pending: { step: 'fb-objection', url: FORM } },
    });
    expect(await dispatch({ type: 'page-seen', url: help }, fromTab(help, 9), 'content-script')).toMatchObject({
      ok: true,
      value: { pending: null },
    });
  });

  it('take each status only from where it can be seen: opened on a form page, a notification on notifications', async () => {
    const opened = { type: 'step-detected', step: 'fb-objection', status: 'opened', evidence: 'form', url: FORM };
    expect(await dispatch(opened, fromTab('https://www.facebook.com/'), 'content-script')).toMatchObject({ ok: false });
    expect(await dispatch(opened, fromTab(FORM), 'content-script')).toMatchObject({ ok: true });
    const notified = { ...opened, status: 'confirmed', evidence: 'notification' };
    expect(await dispatch(notified, fromTab(FORM), 'content-script')).toMatchObject({ ok: false });
    const reply = await dispatch(notified, fromTab('https://www.facebook.com/notifications'), 'content-script');
    expect(reply).toMatchObject({ ok: true, value: { status: 'confirmed' } });
    const history = (await readStore()).accounts['facebook:100001234567890']?.steps['fb-objection'];
    expect(history?.at(-1)).toMatchObject({ evidence: 'notification', unprompted: true });
  });

  it('keep settings fields this version does not know when the user saves', async () => {
    await updateStore((s) => {
      Object.assign(s.settings, { region: 'eu', email: 'a@b.example', theme: 'dark' });
    });
    const page = { id: 'objector', url: 'chrome-extension://x/options.html' } as never;
    await dispatch({ type: 'save-settings', settings: { region: 'uk' } }, page, 'extension-page');
    expect((await readStore()).settings).toEqual({ region: 'uk', theme: 'dark' });
  });
});
