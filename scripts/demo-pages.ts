/** Replica pages the demo opens, at the Meta URLs they imitate. */
export const DEMO_PAGES: Array<{ name: string; url: string; replica: string }> = [
  { name: 'privacy-center-en', url: 'https://www.facebook.com/privacy/center/', replica: 'fb-privacy-center-en.html' },
];
