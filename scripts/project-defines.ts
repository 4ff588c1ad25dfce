import { readFileSync } from 'node:fs';

/**
 * Facts of the project's one home, package.json, that the extension shows (src/core/project.ts), put in at
 * build time by wxt.config.ts and vitest.config.ts.
 */
export function projectDefines(file = 'package.json'): Record<string, string> {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { bugs?: string | { url?: string } };
  const url = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  return { __OBJECTOR_ISSUE_TRACKER__: JSON.stringify(url && /^https:\/\//.test(url) ? url : null) };
}
