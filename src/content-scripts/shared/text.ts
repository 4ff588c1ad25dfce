import type { Words } from '../../catalog/words';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const ASCII_QUOTE = /"/g;
// Soft hyphen and zero-width characters: invisible, so they must not split a word.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /\s+/g;
const NON_ASCII = /[^\x20-\x7e]/;

/**
 * Text as the matcher compares it: lower case, NFC, straight apostrophes, no double quotes (Meta writes
 * „Meta“ in some languages and Meta in others), one space, Romanian comma letters.
 */
export function normalizeText(text: string): string {
  // Most labels on a feed are plain ASCII: lower case and spacing are all they need.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(ASCII_QUOTE, '').replace(SPACES, ' ').trim();
  return text
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '')
    .replace(/ţ/g, 'ț')
    .replace(/ş/g, 'ș')
    .replace(SPACES, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Tests normalised text for one of a list of phrases. */
export interface PhraseMatcher {
  test(text: string): boolean;
}

let wordChar: RegExp | undefined;

/** A letter or digit in any script; the Unicode classes are compiled once, and only for non-ASCII text. */
function isWordChar(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  wordChar ??= /^[\p{L}\p{N}]/u;
  return wordChar.test(char);
}

/** The code point that ends just before `index` (a surrogate pair is one character). */
function charBefore(text: string, index: number): string | undefined {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

/** The code point that starts at `index`. */
function charAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * Finds any of the phrases as whole words, in normalised text; a phrase ending in `*` ends in a prefix
 * ("object*" also finds "objection"). One plain alternation (cheap to compile and run, unlike a
 * Unicode-aware one with look-arounds) and a word-boundary check around each hit.
 */
export function phraseMatcher(words: Words | undefined): PhraseMatcher | null {
  const all = [...new Set(Object.values(words ?? {}).flatMap((list) => list.map(normalizeText)))];
  if (all.length === 0) return null;
  const prefixes = new Set(all.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1)));
  const phrases = [...new Set(all.map((p) => (p.endsWith('*') ? p.slice(0, -1) : p)))];
  // Longest first, so "right to object to" is not cut short by "right to object".
  phrases.sort((a, b) => b.length - a.length);
  const any = new RegExp(phrases.map(escapeRegExp).join('|'), 'g');
  return {
    test(text) {
      any.lastIndex = 0;
      for (let hit = any.exec(text); hit; hit = any.exec(text)) {
        const at = hit.index;
        // Like a look-around: a phrase whose end touches a letter gives way to a shorter one at the same place.
        const whole = (p: string) =>
          text.startsWith(p, at) && (prefixes.has(p) || !isWordChar(charAt(text, at + p.length)));
        if (!isWordChar(charBefore(text, at)) && phrases.some(whole)) return true;
        any.lastIndex = at + 1;
      }
      return false;
    },
  };
}

/** The set of normalised whole texts. */
export function exactSet(words: Words | undefined): ReadonlySet<string> {
  return new Set(Object.values(words ?? {}).flatMap((list) => list.map(normalizeText)));
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);
const STYLE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by its markup alone: no style computation needed. */
export function hiddenByMarkup(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && STYLE_HIDDEN.test(style);
}

function px(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isNaN(n) ? Number.NaN : n;
}

/**
 * Hidden to a sighted reader by its computed style: display or visibility, transparency, zero font,
 * and the "visually hidden" clip tricks that keep text for screen readers only. Reads style, never layout.
 */
export function hiddenByStyle(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (px(style.opacity) === 0 || px(style.fontSize) === 0) return true;
  if (style.position === 'absolute' || style.position === 'fixed') {
    const clip = style.clip;
    if (clip && clip !== 'auto' && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(clip)) return true;
    if (style.clipPath && /inset\(\s*50%|circle\(\s*0/.test(style.clipPath)) return true;
    const width = px(style.width);
    const height = px(style.height);
    if ((width <= 1 && height <= 1) || px(style.left) < -999 || px(style.top) < -999) return true;
  }
  return false;
}

/** The text a reader sees in an element: hidden descendants (by `isHidden`) are left out. */
export function visibleText(el: Element, isHidden: (el: Element) => boolean): string {
  if (isHidden(el)) return '';
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !isHidden(child as Element)) walk(child);
    }
  };
  walk(el);
  return text;
}
