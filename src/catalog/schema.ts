import * as z from 'zod/mini';
import { StepId } from '../core/steps';

export const LANGS = [
  'en',
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'pl',
  'pt',
  'pt-br',
  'sv',
  'da',
  'fi',
  'cs',
  'ro',
  'hu',
  'el',
] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const HostFamily = z.enum(['facebook', 'instagram']);

/** One Meta surface that leads to a step: where it lives and how it looks. */
export const Target = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  step: StepId,
  /** What the element is for the user: a link to follow or a section to open. */
  kind: z.enum(['link', 'form', 'section']),
  hosts: z.array(HostFamily).check(z.minLength(1)),
  /** Path prefixes of the URL it leads to (links) or is at (forms), lower case, no query. */
  paths: z.array(z.string().check(z.regex(/^\/[a-z0-9/_-]*$/))),
  /** Words it shows, per language; matched whole, case- and space-insensitively. */
  words: z.partialRecord(Lang, z.array(z.string().check(z.minLength(2)))),
});
export type Target = z.infer<typeof Target>;

export const Catalog = z.array(Target);
export type Catalog = z.infer<typeof Catalog>;
