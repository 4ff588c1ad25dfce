import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Request } from '@playwright/test';

export const REPLICA_DIR = resolve('tests/replicas');

/** Where replica pages load the scripts they share (tests/replicas/static), as Meta's pages load theirs from its CDN. */
export const REPLICA_STATIC = 'https://static.xx.fbcdn.net/rsrc.php/v4/objector-replica/';

export function replica(file: string): string {
  return readFileSync(join(REPLICA_DIR, file), 'utf8');
}

/**
 * Serves committed replicas at real Meta URLs. `pages` maps a URL (exact, without the hash) to a
 * replica file, and the scripts and styles replicas share are served from tests/replicas/static at REPLICA_STATIC;
 * every other request is answered 404 and recorded, because this machine, and the
 * user's promise, allow no traffic anywhere else.
 */
export async function serveReplicas(context: BrowserContext, pages: Record<string, string>): Promise<Request[]> {
  const unserved: Request[] = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      url.hash = '';
      const file = pages[url.href] ?? pages[url.origin + url.pathname];
      const shared =
        url.href.startsWith(REPLICA_STATIC) && /^[\w-]+\.(js|css)$/.exec(url.pathname.split('/').pop() ?? '');
      if (shared) {
        const type = shared[1] === 'js' ? 'text/javascript' : 'text/css';
        await route.fulfill({
          status: 200,
          contentType: `${type}; charset=utf-8`,
          body: replica(`static/${shared[0]}`),
        });
      } else if (file) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: replica(file) });
      } else {
        unserved.push(request);
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the replica set' });
      }
    },
  );
  return unserved;
}
