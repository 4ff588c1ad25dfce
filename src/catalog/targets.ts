import type { Catalog } from './schema';

/** Meta surfaces that lead to an objection step. Facts from shared/META-FACTS.md. */
export const CATALOG: Catalog = [
  {
    id: 'privacy-center-genai',
    step: 'fb-objection',
    kind: 'link',
    hosts: ['facebook', 'instagram'],
    paths: ['/privacy/genai', '/privacy/guide/genai', '/privacy/guide/generative-ai'],
    words: {
      en: ['How Meta uses information for generative AI models and features'],
    },
  },
];
