import type { Plugin } from 'vite';

/**
 * Preact's renderer can assign `innerHTML` (its `dangerouslySetInnerHTML` prop). Objector never
 * uses that prop, and an HTML sink in a bundle is both a risk and a warning in Mozilla's store
 * linter, so the build replaces that one assignment with an error. The build fails when the
 * pattern is not found, so a Preact upgrade that moves the code cannot silently bring it back.
 */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const PREACT_SINK = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html/g;
const REFUSAL = '(()=>{throw new Error("Objector: dangerouslySetInnerHTML is disabled")})()';

export function noHtmlSinks(): Plugin {
  return {
    name: 'objector:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id.split('?')[0] ?? id)) return null;
      const matches = code.match(PREACT_SINK)?.length ?? 0;
      if (matches !== 1) {
        this.error(`expected exactly one innerHTML assignment in ${id}, found ${matches}: update noHtmlSinks`);
      }
      return { code: code.replace(PREACT_SINK, REFUSAL), map: null };
    },
  };
}
