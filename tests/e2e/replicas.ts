import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Request } from '@playwright/test';

export const REPLICA_DIR = resolve('tests/replicas');

export function replica(file: string): string {
  return readFileSync(join(REPLICA_DIR, file), 'utf8');
}

/**
 * Serves committed replicas at real Meta URLs. `pages` maps a URL (exact, without the hash) to a
 * replica file; every other request is answered 404 and recorded, because this machine, and the
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
      if (file) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: replica(file) });
      } else {
        unserved.push(request);
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the replica set' });
      }
    },
  );
  return unserved;
}
