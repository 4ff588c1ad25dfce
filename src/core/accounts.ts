import type { Platform } from '../catalog/pages';

/** `facebook:<c_user>` or `instagram:<ds_user_id>`: digits only, as Meta issues them (PRODUCT.md, "Accounts"). */
export type AccountKey = string;

export const ACCOUNT_KEY_PATTERN = /^(facebook|instagram):\d{1,25}$/;

export function accountKey(platform: Platform, id: string): AccountKey | null {
  const key = `${platform}:${id}`;
  return ACCOUNT_KEY_PATTERN.test(key) ? key : null;
}

export function parseAccountKey(key: AccountKey): { platform: Platform; id: string } {
  const [platform, id] = key.split(':') as [Platform, string];
  return { platform, id };
}
