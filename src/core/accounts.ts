import * as z from 'zod/mini';
import type { Platform } from './hosts';

export const PlatformSchema = z.enum(['facebook', 'instagram']);

/** `facebook:<c_user>` or `instagram:<ds_user_id>`: digits only, as Meta issues them. */
export const AccountKey = z.string().check(z.regex(/^(facebook|instagram):\d{1,25}$/));
export type AccountKey = z.infer<typeof AccountKey>;

export function accountKey(platform: Platform, id: string): AccountKey | null {
  const key = `${platform}:${id}`;
  return AccountKey.safeParse(key).success ? key : null;
}

export function parseAccountKey(key: AccountKey): { platform: Platform; id: string } {
  const [platform, id] = key.split(':') as [Platform, string];
  return { platform, id };
}
