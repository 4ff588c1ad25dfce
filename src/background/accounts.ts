import { type AccountKey, accountKey } from '../core/accounts';
import { ACCOUNT_COOKIE, type Platform } from '../core/hosts';
import { browser } from '../core/native-browser';

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
