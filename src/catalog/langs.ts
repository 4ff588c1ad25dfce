/** The languages the catalog has words for (the EU's main languages, Portuguese of Portugal and Brazil). */
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
