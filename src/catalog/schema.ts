import * as z from 'zod/mini';
import { StepId } from '../core/steps';
import { LANGS } from './langs';

/*
 * The schemas of the catalog's data, for the unit tests that validate it: the data modules import only
 * types from here, so zod never ships in a content script.
 */

export { LANGS };
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Meta's host families: a URL belongs to one by its registrable domain, whatever the subdomain. */
export const HOST_FAMILIES = ['facebook', 'instagram', 'whatsapp'] as const;
export const HostFamily = z.enum(HOST_FAMILIES);
export type HostFamily = z.infer<typeof HostFamily>;

/** What an element means for the user; only `link`, `form` and `section` are outlined on the page. */
export const TARGET_KINDS = ['link', 'form', 'section', 'context'] as const;

/** The ARIA roles an element may wear, as the matcher reads them (`a[href]` is a link, `button` a button). */
export const Role = z.enum(['link', 'button']);
export type Role = z.infer<typeof Role>;

const Phrase = z.string().check(z.minLength(2), z.maxLength(120));
const Words = z.partialRecord(Lang, z.array(Phrase).check(z.minLength(1)));
export type Words = z.infer<typeof Words>;

/** One Meta surface that leads to a step: where it lives and how it looks. */
export const Target = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  step: StepId,
  /**
   * link: leads to a page where the step is done; form: is that page (the form itself is outlined);
   * section: a collapsed part of a page that holds the link; context: a known Meta page that is not
   * outlined but tells the matcher it is on a privacy page (and where the guide panel may open).
   */
  kind: z.enum(TARGET_KINDS),
  /** For URL evidence the host family of the URL; for word evidence the host family of the page. */
  hosts: z.array(HostFamily).check(z.minLength(1)),
  /** Path prefixes of the URL it leads to (links) or is at (forms), lower case, no query, no trailing slash. */
  paths: z.array(z.string().check(z.regex(/^\/[a-z0-9/_.-]*[a-z0-9_-]$/))),
  /** Meta's help-contact form ids (`/help/contact/<id>`, Instagram's `/contact/<id>`, the form's `support_form_id`). */
  forms: z.optional(z.array(z.string().check(z.regex(/^\d{6,20}$/)))),
  /** Roles an element must wear for word evidence to count (URL evidence needs no role). */
  roles: z.optional(z.array(Role).check(z.minLength(1))),
  /**
   * Phrases strong enough on their own, per language: found anywhere in the short visible text of an
   * element with one of `roles`. On ordinary pages only elements without a real href are judged by
   * words (a real href is judged by its URL); on privacy pages every element is.
   */
  words: z.optional(Words),
  /** Words too common to count alone ("object"): must be the element's whole text, on a privacy page. */
  exactWords: z.optional(Words),
  /** The guide panel opens on this page (Privacy Center and policy pages). */
  guide: z.optional(z.boolean()),
});
export type Target = z.infer<typeof Target>;

export const Catalog = z
  .array(Target)
  .check(z.refine((targets) => new Set(targets.map((t) => t.id)).size === targets.length, 'target ids must be unique'));
export type Catalog = z.infer<typeof Catalog>;

const Phrase160 = z.string().check(z.minLength(4), z.maxLength(160));
const Phrases = z.partialRecord(Lang, z.array(Phrase160).check(z.minLength(1)));
export type Phrases = z.infer<typeof Phrases>;

const FieldDescriptor = z.object({
  /** Stable `name` attributes Meta's help forms use for this field, lower case. */
  names: z.array(z.string().check(z.regex(/^[a-z0-9_[\]]+$/))),
  /** Words in the field's label (whole words, case-insensitive), per language. */
  labels: Phrases,
});

/** What Objector reads and writes on Meta's objection forms (src/catalog/forms.ts). */
export const FormKnowledge = z.object({
  /** Meta's success screen after the user submitted: the step becomes `submitted`. */
  success: Phrases,
  /** Meta says the objection will be honoured (on screen or in a notification): `confirmed`. */
  confirmation: Phrases,
  fields: z.object({ email: FieldDescriptor, country: FieldDescriptor, reason: FieldDescriptor }),
  /** Words of the submit button, to point at it (never to press it). */
  submit: Phrases,
  /** The short objection under Art. 21 GDPR (LGPD in Brazil) offered when the user saved no reason. */
  objection: z.partialRecord(Lang, z.string().check(z.minLength(80), z.maxLength(1200))),
  /** The form assistant's own words, per language of the page. */
  ui: z.partialRecord(
    Lang,
    z.object({ fill: z.string(), filled: z.string(), missing: z.string(), submitHint: z.string() }),
  ),
});
export type FormKnowledge = z.infer<typeof FormKnowledge>;
