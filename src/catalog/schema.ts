import * as z from 'zod/mini';
import { StepId } from '../core/steps';

/*
 * The schema of Meta's surfaces (surfaces.ts), for the unit test that validates them: the data module
 * imports only types from here, so zod never ships in a content script.
 */

/** Meta's host families: a URL belongs to one by its registrable domain, whatever the subdomain. */
export const HOST_FAMILIES = ['facebook', 'instagram', 'whatsapp', 'meta'] as const;
export const HostFamily = z.enum(HOST_FAMILIES);
export type HostFamily = z.infer<typeof HostFamily>;

/** What an element means for the user; only `link`, `form` and `section` are outlined on the page. */
export const SURFACE_KINDS = ['link', 'form', 'section', 'context'] as const;

/** The ARIA roles an element may wear, as the matcher reads them (`a[href]` is a link, `button` a button). */
export const Role = z.enum(['link', 'button']);
export type Role = z.infer<typeof Role>;

/** Which list of the language packs' page words a surface is recognised by (see languages/*.ts). */
export const WORD_LISTS = ['objection', 'sections', 'thirdParty'] as const;
export type WordList = (typeof WORD_LISTS)[number];

/** One Meta surface that leads to a step: where it lives and how it looks. */
export const Surface = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  step: StepId,
  /**
   * link: leads to a page where the step is done; form: is that page (the form itself is outlined);
   * section: a collapsed part of a page that holds the link; context: a known Meta page that is not
   * outlined but where words count (and where the guide panel may open), or a known form that is not
   * an objection.
   */
  kind: z.enum(SURFACE_KINDS),
  /** For URL evidence the host family of the URL; for word evidence the host family of the page. */
  hosts: z.array(HostFamily).check(z.minLength(1)),
  /** Path prefixes of the URL it leads to (links) or is at (forms), lower case, no query, no trailing slash. */
  paths: z.array(z.string().check(z.regex(/^\/[a-z0-9/_.-]*[a-z0-9_-]$/))),
  /** Meta's form ids: help-contact `/help/contact/<id>`, Instagram's `/contact/<id>`, the portal's `/requests/<id>`. */
  forms: z.optional(z.array(z.string().check(z.regex(/^\d{6,20}$/)))),
  /** Roles an element must wear for word evidence to count (URL evidence needs no role). */
  roles: z.optional(z.array(Role).check(z.minLength(1))),
  /** The page words it is recognised by, in every language of the catalog. */
  words: z.optional(z.enum(WORD_LISTS)),
  /** The guide panel opens on this page (Privacy Center and policy pages). */
  guide: z.optional(z.boolean()),
});
export type Surface = z.infer<typeof Surface>;

export const Surfaces = z
  .array(Surface)
  .check(
    z.refine((surfaces) => new Set(surfaces.map((t) => t.id)).size === surfaces.length, 'surface ids must be unique'),
  );
export type Surfaces = z.infer<typeof Surfaces>;
