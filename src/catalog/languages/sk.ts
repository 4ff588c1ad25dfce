import type { FormWords, PageWords } from '../language-schema';

// Slovak. Official term from the GDPR (Art. 21 "Právo namietať"); Meta's wording in its Slovak UI style (formal "vy"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'právo namietať',
  aiAtMeta: 'AI v spoločnosti Meta',
  submitObjection: 'Odoslať žiadosť o námietku',
  formTitle: 'Námietka proti používaniu vašich informácií pre AI v spoločnosti Meta',
  objection: [
    'podať námietku',
    'vzniesť námietku',
    'namietať proti používaniu vašich informácií',
    'námietka proti používaniu vašich informácií',
  ],
  objectionExact: ['namietať', 'namietajte', 'námietka', 'námietku', 'námietky'],
  aiSections: [
    'Ochrana súkromia a generatívna AI',
    'Generatívna AI v spoločnosti Meta',
    'Informácie, ktoré ste zdieľali v produktoch Meta',
    'Ako Meta používa informácie pre modely generatívnej AI',
  ],
  thirdParty: [
    'Práva dotknutej osoby týkajúce sa informácií od tretích strán používaných pre AI v spoločnosti Meta',
    'Práva dotknutej osoby v súvislosti s generatívnou AI',
  ],
  confirmation: [
    'vyhovieme vašej námietke',
    'budeme rešpektovať vašu námietku',
    'vašu námietku budeme rešpektovať',
    'vašej námietke sme vyhoveli',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['namiet*', 'námiet*', 'nesúhlas*'],
    ai: [
      'ai',
      'umelá inteligenci*',
      'umelej inteligenci*',
      'umelú inteligenci*',
      'umelou inteligenci*',
      'generatívna ai',
      'generatívnej ai',
      'meta ai',
      'llama',
    ],
    thirdParty: ['tretích strán', 'tretej stran*', 'tretích osôb', 'tretej osob*', 'od iných osôb'],
    not: [
      'autorsk*',
      'duševné vlastníctvo',
      'duševného vlastníctva',
      'známk*',
      'falzifikát*',
      'napodobenin*',
      'nahlás*',
      'reklam*',
      'vydáva sa za',
      'vydávanie sa za',
      'napaden*',
      'hacknut*',
      'ohovár*',
      'dobrého mena',
    ],
  },
  success: [
    'vaša žiadosť sa bude odteraz uplatňovať',
    'vaša žiadosť sa bude naďalej uplatňovať',
    'dostali sme vašu žiadosť',
    'vašu žiadosť sme dostali',
    'vaša žiadosť bola odoslaná',
  ],
  labels: {
    email: ['e-mail', 'e-mailová adresa', 'email'],
    country: ['krajina', 'krajina pobytu', 'krajina bydliska'],
    reason: ['ako vás toto spracúvanie ovplyvňuje', 'aký vplyv má na vás toto spracúvanie', 'dôvod námietky'],
    code: ['kód', 'potvrdzovací kód', 'overovací kód', 'bezpečnostný kód', 'jednorazový kód'],
  },
  buttons: {
    submit: ['odoslať', 'poslať'],
    next: ['pokračovať', 'ďalej', 'ďalšie'],
    requestCode: ['vyžiadať kód', 'požiadať o kód', 'poslať kód', 'získať kód'],
  },
  assist: {
    fill: 'Vyplniť podľa mojich nastavení',
    filled: 'Vyplnené: {fields}. Skontrolujte formulár a potom sami kliknite na zvýraznené tlačidlo.',
    missing: 'V nastaveniach Objectora nie je uložená e-mailová adresa ani krajina: vyplňte ich, prosím, sami.',
    submitHint: 'Objector za vás formulár nikdy neodošle.',
    nothing: 'V tomto kroku nemá Objector čo vyplniť. Keď budete pripravení, kliknite sami na zvýraznené tlačidlo.',
    code: 'Meta vám poslala kód na vašu e-mailovú adresu: zadajte ho sem sami a potom kliknite na zvýraznené tlačidlo.',
    done: 'Objector zaznamenal odoslanie tohto formulára pre {account} ({time}).',
    confirmed: 'Objector zaznamenal potvrdenie od spoločnosti Meta pre {account} ({time}).',
    noAccount:
      'Objector zaznamenal, že formulár bol odoslaný, no nie je prihlásený žiadny účet na Facebooku ani Instagrame, ku ktorému by to mohol zapísať.',
    account: 'váš účet {platform} {name}',
    fields: { email: 'e-mailová adresa', country: 'krajina', reason: 'dôvod' },
  },
  statement:
    'V súlade s {law} namietam proti používaniu mojich osobných údajov (príspevkov, fotografií, komentárov a ďalších ' +
    'informácií) na vývoj a zlepšovanie AI v spoločnosti Meta. Môj súhlas na to nebol udelený; toto spracúvanie mi ' +
    'berie kontrolu nad mojimi informáciami, ktoré sa môžu objaviť vo výstupoch AI, a moje práva a slobody prevažujú ' +
    'nad oprávneným záujmom spoločnosti Meta. Žiadam o ukončenie tohto spracúvania a o potvrdenie mojej námietky.',
  law: {
    eu: 'čl. 21 všeobecného nariadenia o ochrane údajov (GDPR)',
    uk: 'čl. 21 britského všeobecného nariadenia o ochrane údajov (UK GDPR)',
    ch: 'čl. 30 ods. 2 písm. b švajčiarskeho spolkového zákona o ochrane údajov (DSG)',
    br: 'čl. 18 § 2 brazílskeho zákona LGPD',
  },
};
