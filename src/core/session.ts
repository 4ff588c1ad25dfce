import { browser } from 'wxt/browser';
import type { Platform } from '../catalog/pages';
import { type AccountKey, accountKey } from './accounts';

/** The cookie that names the logged-in account, per platform (PRODUCT.md, "Accounts"). */
export const ACCOUNT_COOKIE: Record<Platform, { url: string; name: string }> = {
  facebook: { url: 'https://www.facebook.com/', name: 'c_user' },
  instagram: { url: 'https://www.instagram.com/', name: 'ds_user_id' },
};

/** The account logged in on a platform, from its session cookie; null when logged out. */
export async function loggedInAccount(platform: Platform): Promise<AccountKey | null> {
  const { url, name } = ACCOUNT_COOKIE[platform];
  const cookie = await browser.cookies.get({ url, name });
  return cookie?.value ? accountKey(platform, cookie.value) : null;
}

/** Every account logged in right now, Facebook's first. */
export async function loggedInAccounts(): Promise<AccountKey[]> {
  const keys = await Promise.all([loggedInAccount('facebook'), loggedInAccount('instagram')]);
  return keys.filter((k): k is AccountKey => k !== null);
}
