import * as z from 'zod/mini';
import type { Platform } from '../catalog/pages';

// The schemas are marked pure: a bundle that only names keys (the popup) leaves zod out.
export const PlatformSchema = /* @__PURE__ */ z.enum(['facebook', 'instagram']);

/** `facebook:<c_user>` or `instagram:<ds_user_id>`: digits only, as Meta issues them. */
export const ACCOUNT_KEY_PATTERN = /^(facebook|instagram):\d{1,25}$/;
export const AccountKey = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(ACCOUNT_KEY_PATTERN));
export type AccountKey = z.infer<typeof AccountKey>;

export function accountKey(platform: Platform, id: string): AccountKey | null {
  const key = `${platform}:${id}`;
  return ACCOUNT_KEY_PATTERN.test(key) ? key : null;
}

export function parseAccountKey(key: AccountKey): { platform: Platform; id: string } {
  const [platform, id] = key.split(':') as [Platform, string];
  return { platform, id };
}
