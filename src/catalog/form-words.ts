import type { FormWords } from './language-schema';
import { languageOfFile } from './words';

/**
 * Every language's form words (languages/<code>.ts, `form`), by language code: only the form pages'
 * script ships these.
 */
export const FORM_WORDS: Readonly<Record<string, FormWords>> = Object.fromEntries(
  Object.entries(import.meta.glob<FormWords>('./languages/*.ts', { eager: true, import: 'form' })).map(
    ([file, words]) => [languageOfFile(file), words],
  ),
);

/** Stable `name` attributes of the fields on Meta's server-rendered help-contact forms, lower case. */
export const FIELD_NAMES = {
  email: ['email', 'contact_email', 'email_address'],
  country: ['country', 'country_of_residence', 'residence_country'],
  reason: ['objection_reason', 'reason', 'processing_impact'],
  code: ['confirmation_code', 'code', 'verification_code'],
} as const;
