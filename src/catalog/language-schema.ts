import * as z from 'zod/mini';

/*
 * What one language contributes to the catalog: the words Meta's pages use in it, and the texts Objector
 * writes on Meta's forms in it. One file per language in ./languages (named by its code, e.g. `pt-br.ts`),
 * exporting `page` and `form`. Validated by these schemas in a unit test; the shipped scripts import the
 * data only, so zod never reaches a content script.
 */

const Phrase = z.string().check(z.minLength(2), z.maxLength(160));
const Phrases = z.array(Phrase).check(z.minLength(1));

/** Words on Meta's pages; these ship in the content script of every Meta page, so keep them few. */
export const PageWords = z.object({
  /** The official title of GDPR Article 21 in this language ("Right to object"). */
  rightToObject: Phrase,
  /** Meta's name of its AI in this language ("AI at Meta"), a Privacy Center topic. */
  aiAtMeta: Phrase,
  /** The Privacy Center's link to the form ("Submit an objection request"). */
  submitObjection: Phrase,
  /** The objection form's title ("Object to your information being used for AI at Meta"). */
  formTitle: Phrase,
  /** More link and button phrases strong enough on their own. */
  objection: z.array(Phrase),
  /** Words too common alone ("object"): they count only as the whole text of a link on a privacy page. */
  objectionExact: Phrases,
  /** More headings of Privacy Center sections that hold the link ("Privacy and Generative AI"). */
  aiSections: z.array(Phrase),
  /** The link to the third-party-information form ("Data subject rights for third-party information ..."). */
  thirdParty: z.array(Phrase),
  /** Meta's own words that it will honour the objection (confirmation screen, notification, e-mail). */
  confirmation: Phrases,
});
export type PageWords = z.infer<typeof PageWords>;

/**
 * Words of a stated purpose: whole words or phrases, case-insensitive; a trailing `*` makes the last
 * word a prefix ("object*" is also "objection", "widersp*" also "Widerspruch").
 */
const Stems = z.array(z.string().check(z.minLength(2), z.maxLength(80), z.regex(/^[^*]+\*?$/)));

const Template = (...fields: string[]) =>
  z.string().check(
    z.minLength(2),
    z.maxLength(400),
    z.refine((s) => fields.every((f) => s.includes(`{${f}}`)), `must contain ${fields.map((f) => `{${f}}`).join(' ')}`),
  );

/** Words of Meta's forms and Objector's texts on them; these ship only in the form pages' script. */
export const FormWords = z.object({
  /**
   * How a form page says what it is for, read in its title and headings: an objection form names an
   * objection (`object`) and AI (`ai`), and nothing of `not` (copyright, ads, reporting content...);
   * with a word of `thirdParty` too it is the third-party-information form.
   */
  purpose: z.object({ object: Stems, ai: Stems, thirdParty: Stems, not: Stems }),
  /** Meta's success screen after a submission: only speeds up what Objector sees anyway (see submission.ts). */
  success: z.array(Phrase),
  /** Words in the labels (or aria-label, placeholder) of the fields Objector fills or points out. */
  labels: z.object({ email: Phrases, country: Phrases, reason: Phrases, code: Phrases }),
  /** Words of the buttons that move a form on: pointed at, never pressed. */
  buttons: z.object({ submit: Phrases, next: Phrases, requestCode: Phrases }),
  /** The form assistant's own texts. */
  assist: z.object({
    fill: z.string().check(z.minLength(2), z.maxLength(60)),
    filled: Template('fields'),
    missing: Template(),
    submitHint: Template(),
    nothing: Template(),
    code: Template(),
    done: Template('account', 'time'),
    confirmed: Template('account', 'time'),
    noAccount: Template(),
    account: Template('platform', 'name'),
    fields: z.object({ email: Phrase, country: Phrase, reason: Phrase }),
  }),
  /** The short objection offered when the user saved no reason of their own; `{law}` is the region's law. */
  statement: z.string().check(
    z.minLength(80),
    z.maxLength(1200),
    z.refine((s) => s.includes('{law}'), 'must contain {law}'),
  ),
  /** How this language cites the law that gives the right to object, per region. */
  law: z.object({ eu: Phrase, uk: Phrase, ch: Phrase, br: Phrase }),
});
export type FormWords = z.infer<typeof FormWords>;
