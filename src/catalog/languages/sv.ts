import type { FormWords, PageWords } from '../language-schema';

// Swedish. Meta's 2024 wording from Swedish guides quoting it ("rätt att invända", the reason label); the rest in Meta's usual style.

export const page: PageWords = {
  rightToObject: 'rätt att göra invändningar',
  aiAtMeta: 'AI hos Meta',
  submitObjection: 'Skicka in en begäran om invändning',
  formTitle: 'Invänd mot att din information används för AI hos Meta',
  objection: [
    'rätt att invända',
    'rätten att invända',
    'rätten att göra invändningar',
    'invända mot användningen av din information',
    'skicka en invändning',
    'skicka in en invändning',
    'invändningsrätt',
  ],
  objectionExact: ['invända', 'invänd', 'invändning', 'invänd här', 'göra invändningar'],
  aiSections: [
    'Integritet och generativ AI',
    'Generativ AI hos Meta',
    'Information som du har delat på Metas produkter',
    'Hur Meta använder information för generativa AI-modeller',
  ],
  thirdParty: [
    'Den registrerades rättigheter för information från tredje part som används för AI hos Meta',
    'Registrerades rättigheter för generativ AI',
  ],
  confirmation: [
    'vi kommer att respektera din invändning',
    'vi kommer att tillmötesgå din invändning',
    'vi respekterar din invändning',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['invänd*', 'motsätt*'],
    ai: ['ai', 'ai-*', 'artificiell intelligens', 'artificiella intelligensen', 'generativ ai', 'meta ai', 'llama'],
    thirdParty: ['tredje part*', 'tredjepart*', 'från andra'],
    not: [
      'upphovsrätt*',
      'immateriell*',
      'varumärke*',
      'förfalskning*',
      'piratkopi*',
      'anmäl*',
      'rapportera*',
      'annons*',
      'reklam*',
      'identitetsstöld',
      'utger sig för',
      'hackat',
      'hackad*',
      'kapad*',
      'ärekränkning*',
      'förtal*',
    ],
  },
  success: [
    'din begäran kommer att tillämpas framöver',
    'din begäran tillämpas framöver',
    'vi har tagit emot din begäran',
    'din begäran har skickats',
  ],
  labels: {
    email: ['e-post', 'e-postadress', 'mejladress', 'email'],
    country: ['land', 'bosättningsland', 'var bor du'],
    reason: [
      'hur behandlingen av information påverkar dig',
      'hur den här behandlingen påverkar dig',
      'skäl för din invändning',
    ],
    code: ['kod', 'bekräftelsekod', 'verifieringskod', 'säkerhetskod', 'engångskod'],
  },
  buttons: {
    submit: ['skicka', 'skicka in'],
    next: ['fortsätt', 'nästa'],
    requestCode: ['begär kod', 'begär en kod', 'skicka kod', 'hämta kod'],
  },
  assist: {
    fill: 'Fyll i från mina inställningar',
    filled: 'Ifyllt: {fields}. Kontrollera formuläret och tryck sedan själv på den markerade knappen.',
    missing: 'Ingen e-postadress eller inget land har sparats i Objectors inställningar: fyll i dem själv.',
    submitHint: 'Objector skickar aldrig formuläret åt dig.',
    nothing:
      'Det finns inget för Objector att fylla i i det här steget. Tryck själv på den markerade knappen när du är redo.',
    code: 'Meta har skickat en kod till din e-postadress: ange den här själv och tryck sedan på den markerade knappen.',
    done: 'Objector har noterat att du skickade det här formuläret för {account} den {time}.',
    confirmed: 'Objector har noterat Metas bekräftelse för {account} den {time}.',
    noAccount:
      'Objector såg att formuläret skickades, men inget Facebook- eller Instagramkonto är inloggat att notera det för.',
    account: 'ditt {platform}-konto {name}',
    fields: { email: 'e-postadress', country: 'land', reason: 'skäl' },
  },
  statement:
    'Jag invänder, med stöd av {law}, mot att mina personuppgifter (inlägg, foton, kommentarer och annan information) ' +
    'används för att utveckla och förbättra AI hos Meta. Jag har inte samtyckt till det; behandlingen tar ifrån mig ' +
    'kontrollen över min information, som kan återges i AI-genererat innehåll, och mina rättigheter och friheter ' +
    'väger tyngre än Metas berättigade intresse. Jag ber er att upphöra med behandlingen och bekräfta min invändning.',
  law: {
    eu: 'artikel 21 i dataskyddsförordningen (GDPR)',
    uk: 'artikel 21 i UK GDPR',
    ch: 'artikel 30.2 b i den schweiziska federala dataskyddslagen (FADP)',
    br: 'artikel 18 § 2 i Brasiliens dataskyddslag (LGPD)',
  },
};
