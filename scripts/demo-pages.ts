/** Replica pages the demo opens, at the Meta URLs they imitate. */
export const DEMO_PAGES: Array<{ name: string; url: string; replica: string }> = [
  { name: 'privacy-center-en', url: 'https://www.facebook.com/privacy/center/', replica: 'fb-privacy-center-en.html' },
  { name: 'genai-en', url: 'https://www.facebook.com/privacy/genai/', replica: 'fb-genai-en.html' },
  { name: 'genai-de', url: 'https://de-de.facebook.com/privacy/genai/', replica: 'fb-genai-de.html' },
  { name: 'genai-it', url: 'https://it-it.facebook.com/privacy/genai/', replica: 'fb-genai-it.html' },
  {
    name: 'genai-fr-instagram',
    url: 'https://privacycenter.instagram.com/privacy/genai/',
    replica: 'ig-genai-fr.html',
  },
  { name: 'privacy-policy-en', url: 'https://www.facebook.com/privacy/policy/', replica: 'fb-privacy-policy-en.html' },
  {
    name: 'gateway-form-en',
    url: 'https://www.facebook.com/help/contact/367438723733209',
    replica: 'fb-gateway-form-en.html',
  },
  { name: 'feed-en', url: 'https://www.facebook.com/', replica: 'fb-feed-en.html' },
  { name: 'portal-privacy-en', url: 'https://help.meta.com/support/privacy', replica: 'portal-privacy-home-en.html' },
  {
    name: 'portal-request-en',
    url: 'https://help.meta.com/requests/1187329905561034/',
    replica: 'portal-objection-en.html',
  },
  { name: 'decoys-en', url: 'https://www.facebook.com/groups/privacyfriends/', replica: 'fb-decoys-en.html' },
];
