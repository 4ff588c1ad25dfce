/**
 * Static audit of the shipped files: no HTML sinks, no code from strings, no network API, no URL
 * outside Meta's domains. Pure over file texts, so each rule is unit-tested on bad samples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { META_DOMAINS } from './manifest';

export interface BuiltFile {
  path: string;
  text: string;
}

/** Rules for JavaScript; a minified bundle is one long line, so each finding names the rule and file. */
export const JS_RULES: { name: string; pattern: RegExp }[] = [
  { name: 'assigns innerHTML/outerHTML', pattern: /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/ },
  { name: 'calls insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
  { name: 'calls document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'parses HTML strings', pattern: /\b(?:createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)\s*\(/ },
  { name: 'assigns srcdoc', pattern: /\.srcdoc\s*=(?!=)/ },
  { name: 'calls eval', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'builds code with Function()', pattern: /(?<![\w$])(?:new\s+)?Function\s*\(/ },
  { name: 'passes a string to a timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'uses fetch', pattern: /(?<![\w$])fetch\s*\(/ },
  { name: 'uses XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'opens a WebSocket', pattern: /\bWebSocket\s*\(/ },
  { name: 'opens an EventSource', pattern: /\bEventSource\s*\(/ },
  { name: 'sends a beacon', pattern: /\bsendBeacon\s*\(/ },
  { name: 'opens a peer connection', pattern: /\bRTCPeerConnection\b/ },
  { name: 'imports scripts', pattern: /\bimportScripts\s*\(/ },
  { name: 'imports from a URL', pattern: /\bimport\s*\(\s*['"`](?:https?:)?\/\// },
];

/** Namespace URIs appear in DOM code as identifiers, never as requests. */
const NAMESPACE_HOSTS = ['www.w3.org'];

function urlFindings(file: BuiltFile): string[] {
  const found: string[] = [];
  for (const match of file.text.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+)/gi)) {
    const host = (match[1] ?? '').toLowerCase();
    const meta = META_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
    if (!meta && !NAMESPACE_HOSTS.includes(host)) found.push(`${file.path} names a non-Meta URL: ${match[0]}`);
  }
  return found;
}

function htmlFindings(file: BuiltFile): string[] {
  const found: string[] = [];
  for (const tag of file.text.matchAll(/<(script|link|iframe|object|embed|img)\b([^>]*)>/gi)) {
    const [, name = '', attrs = ''] = tag;
    const ref = /\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (ref && (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//'))) {
      found.push(`${file.path}: <${name}> loads ${ref}`);
    }
    if (/^(iframe|object|embed)$/i.test(name)) found.push(`${file.path}: has an <${name}>`);
  }
  for (const inline of file.text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if ((inline[1] ?? '').trim()) found.push(`${file.path}: has an inline script`);
  }
  return found;
}

export function auditBundle(files: BuiltFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (/\.(?:m?js)$/.test(file.path)) {
      for (const rule of JS_RULES) if (rule.pattern.test(file.text)) found.push(`${file.path} ${rule.name}`);
      found.push(...urlFindings(file));
    } else if (/\.html?$/.test(file.path)) {
      found.push(...htmlFindings(file), ...urlFindings(file));
    } else if (/\.css$/.test(file.path)) {
      if (/@import|url\(\s*['"]?(?:https?:)?\/\//i.test(file.text))
        found.push(`${file.path} loads a remote stylesheet or font`);
    }
  }
  return found;
}

/** Every text file of a built extension folder, with paths relative to it. */
export function readBuiltFiles(dir: string): BuiltFile[] {
  const files: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:m?js|html?|css|json)$/.test(name))
        files.push({ path: relative(dir, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files;
}
