/** Match patterns for every Meta host Objector works on (content script and host access). */
export const META_HOST_PATTERNS = ['*://*.facebook.com/*', '*://*.instagram.com/*'] as const;

/**
 * Meta's help-contact form pages, where the form assist runs (its own content script). Meta renders
 * these pages on the server, so a user always arrives with a page load that injects it.
 */
export const FORM_PAGE_PATTERNS = [
  '*://*.facebook.com/help/contact/*',
  '*://*.instagram.com/help/contact/*',
  '*://help.instagram.com/contact/*',
] as const;

export type Platform = 'facebook' | 'instagram';

/** Which platform a URL belongs to, by host family; null for anything that is not Meta's. */
export function platformOf(url: string | URL): Platform | null {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  if (host === 'instagram.com' || host.endsWith('.instagram.com')) return 'instagram';
  return null;
}

/** The cookie that names the logged-in account, per platform. */
export const ACCOUNT_COOKIE: Record<Platform, { url: string; name: string }> = {
  facebook: { url: 'https://www.facebook.com/', name: 'c_user' },
  instagram: { url: 'https://www.instagram.com/', name: 'ds_user_id' },
};
