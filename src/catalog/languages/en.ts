import type { FormWords, PageWords } from '../language-schema';

// English. Meta's wording from shared/META-FACTS.md (form title, success screen, UK confirmation e-mail).

export const page: PageWords = {
  rightToObject: 'right to object',
  aiAtMeta: 'AI at Meta',
  submitObjection: 'Submit an objection request',
  formTitle: 'Object to your information being used for AI at Meta',
  objection: ['object to the use of your information'],
  objectionExact: ['object', 'objection', 'object here', 'submit an objection'],
  aiSections: [
    'Privacy and Generative AI',
    'Generative AI at Meta',
    "Information you've shared on Meta Products",
    'How Meta uses information for generative AI models',
  ],
  thirdParty: [
    'Data subject rights for third-party information used for AI at Meta',
    'Generative AI Data Subject Rights',
  ],
  confirmation: [
    'we will honour your objection',
    "we'll honour your objection",
    'we will honor your objection',
    "we'll honor your objection",
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['object*'],
    ai: ['ai', 'artificial intelligence', 'generative ai', 'meta ai', 'llama'],
    thirdParty: ['third-party', 'third part*', 'information from others'],
    not: [
      'copyright*',
      'intellectual property',
      'trademark*',
      'counterfeit*',
      'report*',
      'ad',
      'ads',
      'advert*',
      'impersonat*',
      'hacked',
      'defamation',
    ],
  },
  success: [
    'your request will be applied going forward',
    "we've received your request",
    'we have received your request',
    'your request has been submitted',
  ],
  labels: {
    email: ['email', 'e-mail', 'email address', 'e-mail address'],
    country: ['country', 'country of residence', 'where do you live'],
    reason: ['how this processing impacts you', 'how this processing affects you', 'reason for your objection'],
    code: ['code', 'confirmation code', 'verification code', 'security code', 'one-time code'],
  },
  buttons: {
    submit: ['submit', 'send'],
    next: ['continue', 'next'],
    requestCode: ['request code', 'request a code', 'send code', 'get code'],
  },
  assist: {
    fill: 'Fill in from my settings',
    filled: 'Filled in: {fields}. Check the form, then press the highlighted button yourself.',
    missing: 'No e-mail address or country saved in Objector’s settings: fill those in yourself.',
    submitHint: 'Objector never sends the form for you.',
    nothing: 'Nothing on this step for Objector to fill. Press the highlighted button yourself when you are ready.',
    code: 'Meta has sent a code to your e-mail address: enter it here yourself, then press the highlighted button.',
    done: 'Objector noted that you sent this form, for {account}, on {time}.',
    confirmed: 'Objector noted Meta’s confirmation, for {account}, on {time}.',
    noAccount: 'Objector saw the form go through, but no Facebook or Instagram account is logged in to note it for.',
    account: 'your {platform} account {name}',
    fields: { email: 'e-mail', country: 'country', reason: 'reason' },
  },
  statement:
    'I object, under {law}, to the use of my personal data (posts, photos, comments and other information) to ' +
    'develop and improve AI at Meta. I did not consent to it; it takes away my control over my information, which ' +
    'may be reproduced in AI outputs, and my rights and freedoms override Meta’s legitimate interest. Please stop ' +
    'this processing and confirm my objection.',
  law: {
    eu: 'Article 21 GDPR',
    uk: 'Article 21 of the UK GDPR',
    ch: 'Article 30(2)(b) of the Swiss Federal Act on Data Protection (FADP)',
    br: 'Article 18, § 2 of Brazil’s LGPD',
  },
};
