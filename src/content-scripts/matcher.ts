import type { Catalog, Target } from '../catalog/schema';
import { platformOf } from '../core/hosts';

/** The catalog target a URL leads to, by host family and path; query and locale subdomain ignored. */
export function targetForUrl(catalog: Catalog, href: string, base: string): Target | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const family = platformOf(url);
  if (!family) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  for (const target of catalog) {
    if (!target.hosts.includes(family)) continue;
    if (target.paths.some((p) => path === p || path.startsWith(`${p}/`))) return target;
  }
  return null;
}

/** Every element under `root` that leads to a catalog target. */
export function findObjectionTargets(root: ParentNode, catalog: Catalog, base: string): Array<[Element, Target]> {
  const found: Array<[Element, Target]> = [];
  for (const el of root.querySelectorAll('a[href]')) {
    const target = targetForUrl(catalog, el.getAttribute('href') ?? '', base);
    if (target) found.push([el, target]);
  }
  return found;
}
