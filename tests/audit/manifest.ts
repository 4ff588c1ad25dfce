/**
 * Least-privilege audit of a built manifest. Pure: returns one sentence per finding, so the same
 * rules are tested on hand-made bad manifests (unit) and applied to the real builds (e2e).
 */

/** Every API permission Objector may ask for, with the reason a user is given. */
export const ALLOWED_PERMISSIONS = {
  storage: 'keeps the checklist, its history and your settings in storage.local on this device',
  unlimitedStorage:
    'lets a store that cannot be read be copied aside before anything is written, however long its history',
  cookies: 'reads the c_user (facebook.com) and ds_user_id (instagram.com) cookies to know which account is logged in',
  alarms: 'wakes the background hourly to flag a submission still unconfirmed after 7 days (badge and popup)',
} as const satisfies Record<string, string>;

/** The only registrable domains Objector may touch: Meta's two sites with objection forms. */
export const META_DOMAINS = ['facebook.com', 'instagram.com'] as const;
/** And one host of a third: Meta's request portal, where the forms are moving (not the rest of meta.com). */
export const META_HOSTS = ['help.meta.com'] as const;

export const STORE_ICON_SIZES = ['16', '32', '48', '96', '128'] as const;

const MIN_FIREFOX = 142;

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** True for a match pattern on a Meta domain or its subdomains, over http(s) only. */
export function isMetaPattern(pattern: unknown): boolean {
  if (typeof pattern !== 'string') return false;
  const m = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(pattern);
  if (!m?.[2]) return false;
  if ((META_HOSTS as readonly string[]).includes(m[2])) return true;
  const host = m[2].startsWith('*.') ? m[2].slice(2) : m[2];
  if (host.includes('*') || host.includes(':')) return false;
  return META_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** True for a path inside the package (not a URL, not escaping the root). */
function isLocalPath(v: unknown): boolean {
  return (
    typeof v === 'string' && v.length > 0 && !/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('//') && !v.includes('..')
  );
}

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Checks one extension-page CSP: scripts from the package only, no network, no plugins. */
export function auditCsp(policy: unknown): string[] {
  if (typeof policy !== 'string' || policy.trim() === '') {
    return ['content_security_policy.extension_pages is missing: the strict default must be explicit'];
  }
  const found: string[] = [];
  const csp = parseCsp(policy);
  const sources = (name: string) => csp.get(name) ?? csp.get('default-src');
  const script = sources('script-src');
  if (script?.length !== 1 || script[0] !== "'self'") {
    found.push(`CSP script-src must be exactly 'self', is ${script?.join(' ') ?? 'absent'}`);
  }
  const defaults = csp.get('default-src');
  if (!defaults?.every((s) => s === "'self'" || s === "'none'")) {
    found.push(`CSP default-src must be 'self' or 'none', is ${defaults?.join(' ') ?? 'absent'}`);
  }
  if (csp.get('object-src')?.join(' ') !== "'none'") found.push("CSP object-src must be 'none'");
  for (const [name, values] of csp) {
    for (const value of values) {
      if (/^'unsafe-(eval|inline|hashes)'$/.test(value)) found.push(`CSP ${name} allows ${value}`);
      if (/^(https?|wss?):/.test(value) || value.includes('*') || /^[a-z0-9-]+\.[a-z]/i.test(value)) {
        found.push(`CSP ${name} allows a remote source: ${value}`);
      }
    }
  }
  const connect = sources('connect-src') ?? [];
  if (!connect.every((s) => s === "'self'" || s === "'none'")) found.push('CSP connect-src allows the network');
  return found;
}

export function auditManifest(manifest: Json, target: 'chrome' | 'firefox'): string[] {
  const found: string[] = [];
  if (manifest.manifest_version !== 3) found.push(`manifest_version is ${String(manifest.manifest_version)}, not 3`);

  for (const p of asArray(manifest.permissions)) {
    if (typeof p !== 'string' || !(p in ALLOWED_PERMISSIONS)) found.push(`permission not allowed: ${String(p)}`);
  }
  for (const key of ['optional_permissions', 'optional_host_permissions']) {
    if (asArray(manifest[key]).length > 0) found.push(`${key} is not allowed: ${JSON.stringify(manifest[key])}`);
  }
  const hosts = asArray(manifest.host_permissions);
  if (hosts.length === 0) found.push('host_permissions is empty: the content script needs Meta’s hosts');
  for (const h of hosts) if (!isMetaPattern(h)) found.push(`host permission not on a Meta domain: ${String(h)}`);

  for (const cs of asArray(manifest.content_scripts).map(asObject)) {
    for (const m of asArray(cs?.matches)) if (!isMetaPattern(m)) found.push(`content script matches ${String(m)}`);
    if (cs?.world === 'MAIN') found.push('a content script runs in the page’s MAIN world');
    for (const js of asArray(cs?.js)) if (!isLocalPath(js)) found.push(`content script loads ${String(js)}`);
  }

  for (const war of asArray(manifest.web_accessible_resources).map(asObject)) {
    for (const m of asArray(war?.matches))
      if (!isMetaPattern(m)) found.push(`web_accessible_resources for ${String(m)}`);
    if (asArray(war?.extension_ids).length > 0) found.push('web_accessible_resources exposed to other extensions');
    if (!war) found.push('web_accessible_resources entry is not an object');
  }

  if ('externally_connectable' in manifest) found.push('externally_connectable is present');
  if ('update_url' in manifest) found.push('update_url is present: updates come from the store only');
  if ('sandbox' in manifest) found.push('sandbox pages are present');

  const csp = asObject(manifest.content_security_policy);
  found.push(...auditCsp(csp?.extension_pages));
  if (csp && 'sandbox' in csp && typeof csp.sandbox === 'string') {
    found.push(...auditCsp(csp.sandbox).map((f) => `sandbox: ${f}`));
  }

  const background = asObject(manifest.background);
  const scripts = [background?.service_worker, ...asArray(background?.scripts)].filter((s) => s !== undefined);
  if (scripts.length === 0) found.push('no background script');
  for (const s of scripts) if (!isLocalPath(s)) found.push(`background loads ${String(s)}`);
  if (target === 'chrome' && typeof background?.service_worker !== 'string')
    found.push('Chrome needs a service_worker');
  if (target === 'firefox' && asArray(background?.scripts).length === 0) found.push('Firefox needs background.scripts');

  const icons = asObject(manifest.icons);
  const actionIcons = asObject(asObject(manifest.action)?.default_icon);
  for (const size of STORE_ICON_SIZES) {
    if (!isLocalPath(icons?.[size])) found.push(`icons has no ${size}px icon`);
    if (!isLocalPath(actionIcons?.[size])) found.push(`action.default_icon has no ${size}px icon`);
  }

  if (target === 'firefox') {
    const gecko = asObject(asObject(manifest.browser_specific_settings)?.gecko);
    if (typeof gecko?.id !== 'string' || !/^[\w.+-]+@[\w.-]+$/.test(gecko.id)) found.push('gecko.id is missing');
    const min = typeof gecko?.strict_min_version === 'string' ? Number.parseFloat(gecko.strict_min_version) : 0;
    if (!(min >= MIN_FIREFOX)) found.push(`gecko.strict_min_version must be >= ${MIN_FIREFOX}`);
    const required = asArray(asObject(gecko?.data_collection_permissions)?.required);
    if (JSON.stringify(required) !== '["none"]')
      found.push('gecko.data_collection_permissions.required must be ["none"]');
  }
  return found;
}
