import type { Surfaces } from './schema';
import { SURFACES } from './surfaces';

/*
 * URL evidence, found by the browser's own engines: the links whose href may lead to a catalog surface.
 * The every-page content script's stylesheet (evidence.css, written at build time from here) gives them a
 * no-op animation, so the browser announces each one with an `animationstart` as it appears or is
 * revealed; on an ordinary page no script of Objector's runs for anything else the page adds.
 */

/** The animation's name: nothing else on a page is called this. */
export const EVIDENCE_ANIMATION = 'objector-url-evidence';

/** Lower-case substrings one of which every catalog URL contains: most hrefs are rejected without parsing. */
export function urlNeedles(surfaces: Surfaces = SURFACES): string[] {
  const needles = new Set(['/contact/', '/requests/']);
  for (const surface of surfaces) for (const p of surface.paths) needles.add(p.split('/').slice(0, 2).join('/'));
  return [...needles];
}

/**
 * One compound per needle and tag, so the style engine files each rule under its tag and rejects the
 * other 20,000 elements of a feed by their tag before any substring test. Without the leading slash,
 * relative hrefs count too; a needle that holds a shorter one adds nothing ("policy.php", "policy").
 */
export function evidenceSelectors(needles: readonly string[] = urlNeedles()): string[] {
  const bare = [...new Set(needles.map((n) => n.replace(/^\/|\/$/g, '')))];
  const kept = bare.filter((n) => !bare.some((m) => m !== n && n.includes(m)));
  return ['a', 'area'].flatMap((tag) => kept.map((n) => `${tag}[href*="${n}"]`));
}

/**
 * The stylesheet. The animation has no keyframes and changes nothing a user sees; `:where()` gives the rule
 * no specificity, so any animation of Meta's own on the same element wins and stays as Meta made it.
 */
export function evidenceCss(): string {
  return [
    `@keyframes ${EVIDENCE_ANIMATION}{}`,
    `:where(${evidenceSelectors().join(',')}){animation-name:${EVIDENCE_ANIMATION};animation-duration:1ms}`,
    '',
  ].join('\n');
}
