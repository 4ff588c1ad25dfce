import { classifyPage, hostFamilyOf, parseUrl } from '../../catalog/pages';
import { send } from '../../core/messaging';
import { saysConfirmed } from '../shared/statements';
import { hiddenByStyle, normalizeText, visibleText } from '../shared/text';
import type { Feature } from '../shared/watcher';

/** The notification an element belongs to, as Facebook lists them. */
const ITEM = '[role="article"],[role="row"],[role="listitem"],li';
/** Names Meta signs its own notifications with (a logo's alt text), which are not another person. */
const META_NAMES = new Set(['meta', 'facebook', 'instagram', 'meta ai']);

/** A link to Meta's privacy, help, policy or form pages: where Meta's own notices about an objection lead. */
function leadsToMetaInfo(href: string, base: string): boolean {
  const url = parseUrl(href, base);
  if (!url || !hostFamilyOf(url)) return false;
  const page = classifyPage(url.href);
  if (page && page.kind !== 'ordinary' && page.kind !== 'notifications') return true;
  return /^\/(?:help|privacy|policies|legal)(?:\/|$)/.test(url.pathname.toLowerCase());
}

/**
 * Signs that a person, not Meta, is the notification's actor: a name set in bold ("<b>Alice</b> commented
 * on your post: ..."), a picture labelled with a name, or Meta's words quoted rather than said.
 */
function hasOtherActor(item: Element, text: string): boolean {
  const view = item.ownerDocument.defaultView;
  for (const el of item.querySelectorAll('*')) {
    if (hiddenByStyle(el)) continue;
    const name = normalizeText(el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '');
    if ((el.localName === 'img' || el.localName === 'image' || el.getAttribute('role') === 'img') && name) {
      if (!META_NAMES.has(name)) return true;
    }
    const own = el.firstChild?.nodeType === 3 ? (el.textContent ?? '').trim() : '';
    if (own.length < 2 || saysConfirmed(own)) continue;
    const weight = Number(view?.getComputedStyle(el).fontWeight ?? 400);
    if (el.localName === 'strong' || el.localName === 'b' || weight >= 600) return true;
  }
  // A statement in quotes, or after a colon, is someone repeating Meta's words.
  return /[:"“”„«»]/.test(text);
}

/**
 * Whether a notification under `root` is Meta's own confirmation of the objection: its visible words
 * say Meta will honour it, it links to Meta's privacy, help or form pages, and no other person is its
 * actor. Text in a person's post, comment or message never counts.
 */
export function isMetaConfirmation(root: Element, base: string): boolean {
  for (const link of root.matches('a[href]') ? [root] : root.querySelectorAll('a[href]')) {
    const item = link.closest(ITEM) ?? link;
    const text = visibleText(item, hiddenByStyle);
    if (!saysConfirmed(text)) continue;
    const href = link.getAttribute('href') ?? '';
    if (leadsToMetaInfo(href, base) && !hasOtherActor(item, text)) return true;
  }
  return false;
}

/**
 * Meta's confirmation in a notification on Facebook's notifications page (reached by client-side
 * navigation as often as by a page load): marks the objection `confirmed`, once per visit.
 */
export function confirmationsFeature(): Feature {
  return {
    wants: (page) => (page.kind === 'notifications' ? 'elements' : null),
    start(page) {
      let reported = false;
      return {
        added(roots) {
          if (reported) return;
          for (const root of roots) {
            if (!isMetaConfirmation(root, page.href)) continue;
            reported = true;
            void send({
              type: 'step-detected',
              step: 'fb-objection',
              status: 'confirmed',
              evidence: 'notification',
              url: page.href,
            }).catch(() => {});
            return;
          }
        },
      };
    },
  };
}
