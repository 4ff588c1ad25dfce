import type { HostFamily, Surface, Surfaces } from './schema';
import { SURFACES } from './surfaces';

/*
 * Which page a URL is: pure functions of the URL, the one place Objector classifies addresses (content
 * scripts, the background's sender checks, the manifest's match patterns). tests/unit/pages.test.ts holds
 * a table of real URLs per kind, each one a negative for every other kind.
 */

/** Facebook and Instagram, where the every-page content script runs (meta.content.ts). */
export const SITE_PATTERNS = ['*://*.facebook.com/*', '*://*.instagram.com/*'] as const;

/** Every Meta host Objector works on: the content scripts' matches and the extension's host access. */
export const META_HOST_PATTERNS = [...SITE_PATTERNS, '*://help.meta.com/*'] as const;

/**
 * Meta's help pages with forms: the help-contact forms (rendered on the server, so a user always arrives
 * with a page load) and the request portal (a script-rendered app, navigated client-side). The form
 * pages' own script runs here (forms.content.ts) and the every-page script does not (meta.content.ts).
 */
export const FORM_PAGE_PATTERNS = [
  '*://*.facebook.com/help/contact/*',
  '*://*.instagram.com/help/contact/*',
  '*://help.instagram.com/contact/*',
  '*://help.meta.com/*',
] as const;

export type Platform = 'facebook' | 'instagram';

/** An http(s) URL, resolved against `base`; null for anything else. */
export function parseUrl(href: string | URL, base?: string): URL | null {
  try {
    const url = typeof href === 'string' ? new URL(href, base) : href;
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Meta's host family of a URL, by registrable domain: any subdomain (de-de., m., help., privacycenter.) counts. */
export function hostFamilyOf(url: URL): HostFamily | null {
  const host = url.hostname.toLowerCase();
  for (const family of ['facebook', 'instagram', 'whatsapp', 'meta'] as const) {
    if (host === `${family}.com` || host.endsWith(`.${family}.com`)) return family;
  }
  return null;
}

/** The platform of a Facebook or Instagram URL; null for anything else (the portal serves both). */
export function platformOf(href: string | URL): Platform | null {
  const url = parseUrl(href);
  const family = url ? hostFamilyOf(url) : null;
  return family === 'facebook' || family === 'instagram' ? family : null;
}

// Facebook serves help forms at /help/contact/<id>, Instagram's help site at /contact/<id>; the portal /requests/<id>.
const HELP_FORM_PATH = /^\/(?:help\/)?contact\/(\d+)(?:\/|$)/;
const REQUEST_PATH = /^\/requests\/(\d+)(?:\/|$)/;

/** The form id in a form page's URL (help-contact or portal request), with the path of the form itself. */
export function formOf(url: URL): { id: string; path: string } | null {
  const family = hostFamilyOf(url);
  const path = url.pathname.toLowerCase();
  const match =
    family === 'facebook' || family === 'instagram'
      ? HELP_FORM_PATH.exec(path)
      : family === 'meta'
        ? REQUEST_PATH.exec(path)
        : null;
  return match?.[1] ? { id: match[1], path: match[0].replace(/\/$/, '') } : null;
}

/** The surface a URL leads to, by host family and path or form id; query and locale subdomain ignored. */
export function surfaceForUrl(url: URL, surfaces: Surfaces = SURFACES): Surface | null {
  const family = hostFamilyOf(url);
  if (!family) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  const formId = formOf(url)?.id;
  for (const surface of surfaces) {
    if (!surface.hosts.includes(family)) continue;
    if (formId && surface.forms?.includes(formId)) return surface;
    if (surface.paths.some((p) => path === p || path.startsWith(`${p}/`))) return surface;
  }
  return null;
}

/**
 * What a Meta page is for Objector:
 * - `form`: a help-contact form or a portal request (an objection form when its id or stated purpose says so);
 * - `privacy`: a known privacy, policy, help or portal page, where the buried links live and words count;
 * - `notifications`: Facebook's notifications, where Meta's confirmation may arrive;
 * - `ordinary`: everything else (feed, profiles, groups), where only URL evidence counts.
 */
export type PageKind = 'form' | 'privacy' | 'notifications' | 'ordinary';

export interface Page {
  href: string;
  url: URL;
  kind: PageKind;
  family: HostFamily;
  /** The known surface this page is (a form, a privacy page), if any. */
  surface: Surface | null;
  /** On a form page: the form's own address (no query, no sub-path such as a success route). */
  formUrl: string | null;
}

/** The page at `href`, or null when it is not one of Meta's. */
export function classifyPage(href: string, surfaces: Surfaces = SURFACES): Page | null {
  const url = parseUrl(href);
  const family = url ? hostFamilyOf(url) : null;
  if (!url || !family) return null;
  const surface = surfaceForUrl(url, surfaces);
  const form = formOf(url);
  const base = { href, url, family, surface };
  if (form) return { ...base, kind: 'form', formUrl: `${url.origin}${form.path}` };
  const path = url.pathname.toLowerCase();
  let kind: PageKind = 'ordinary';
  if (surface || family === 'meta') kind = 'privacy';
  else if (family === 'facebook' && (path === '/notifications' || path.startsWith('/notifications/'))) {
    kind = 'notifications';
  }
  return { ...base, kind, formUrl: null };
}

/** Pages where the words on the page count, not only URLs: every kind but `ordinary`. */
export const wordsCount = (page: Page): boolean => page.kind !== 'ordinary';
