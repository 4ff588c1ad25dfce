import type { FormWords, PageWords } from '../language-schema';

// Czech. "vznést námitku" (the Privacy Center's link, Czech press 2025); the rest in Meta's Czech UI style (formal "vy"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'právo vznést námitku',
  aiAtMeta: 'AI ve společnosti Meta',
  submitObjection: 'Odeslat žádost o vznesení námitky',
  formTitle: 'Námitka proti používání vašich informací pro AI ve společnosti Meta',
  objection: [
    'právo vznést námitky',
    'vznést námitku proti',
    'vzneste námitku',
    'námitka proti používání vašich informací',
  ],
  objectionExact: ['vznést námitku', 'podat námitku', 'námitka', 'námitku', 'námitky'],
  aiSections: [
    'Ochrana soukromí a generativní AI',
    'Generativní AI ve společnosti Meta',
    'Informace, které jste sdíleli v produktech Meta',
    'Jak Meta používá informace pro modely generativní AI',
  ],
  thirdParty: [
    'Práva subjektu údajů týkající se informací od třetích stran používaných pro AI ve společnosti Meta',
    'Práva subjektu údajů v souvislosti s generativní AI',
  ],
  confirmation: [
    'vyhovíme vaší námitce',
    'budeme respektovat vaši námitku',
    'vaši námitku budeme respektovat',
    'vaší námitce bylo vyhověno',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['námit*', 'namít*', 'nesouhlas*'],
    ai: ['ai', 'umělá inteligenc*', 'umělé inteligenc*', 'umělou inteligenc*', 'generativní ai', 'meta ai', 'llama'],
    thirdParty: ['třetích stran', 'třetí stran*', 'třetích osob', 'třetí osob*', 'od jiných osob'],
    not: [
      'autorsk*',
      'duševní vlastnictví',
      'duševního vlastnictví',
      'známk*',
      'paděl*',
      'nahlás*',
      'nahlášení',
      'reklam*',
      'vydává se za',
      'vydávání se za',
      'napaden*',
      'hacknut*',
      'pomluv*',
    ],
  },
  success: [
    'vaše žádost bude od nynějška uplatňována',
    'vaše žádost bude nadále uplatňována',
    'obdrželi jsme vaši žádost',
    'vaši žádost jsme obdrželi',
    'vaše žádost byla odeslána',
  ],
  labels: {
    email: ['e-mail', 'e-mailová adresa', 'email'],
    country: ['země', 'země bydliště', 'země pobytu'],
    reason: ['jak vás toto zpracování ovlivňuje', 'jaký dopad má toto zpracování na vás', 'důvod námitky'],
    code: ['kód', 'potvrzovací kód', 'ověřovací kód', 'bezpečnostní kód', 'jednorázový kód'],
  },
  buttons: {
    submit: ['odeslat', 'poslat'],
    next: ['pokračovat', 'další', 'dále'],
    requestCode: ['vyžádat kód', 'požádat o kód', 'poslat kód', 'získat kód'],
  },
  assist: {
    fill: 'Vyplnit podle mého nastavení',
    filled: 'Vyplněno: {fields}. Zkontrolujte formulář a pak sami klikněte na zvýrazněné tlačítko.',
    missing: 'V nastavení Objectoru není uložena e-mailová adresa ani země: vyplňte je prosím sami.',
    submitHint: 'Objector za vás formulář nikdy neodešle.',
    nothing: 'V tomto kroku nemá Objector co vyplnit. Až budete připraveni, klikněte sami na zvýrazněné tlačítko.',
    code: 'Meta vám poslala kód na vaši e-mailovou adresu: zadejte ho sem sami a pak klikněte na zvýrazněné tlačítko.',
    done: 'Objector zaznamenal odeslání tohoto formuláře pro {account} ({time}).',
    confirmed: 'Objector zaznamenal potvrzení od společnosti Meta pro {account} ({time}).',
    noAccount:
      'Objector zaznamenal, že formulář byl odeslán, ale není přihlášen žádný účet na Facebooku ani Instagramu, ke kterému by to mohl zapsat.',
    account: 'váš účet {platform} {name}',
    fields: { email: 'e-mailová adresa', country: 'země', reason: 'důvod' },
  },
  statement:
    'V souladu s {law} vznáším námitku proti používání mých osobních údajů (příspěvků, fotografií, komentářů a ' +
    'dalších informací) k vývoji a zlepšování AI ve společnosti Meta. Můj souhlas k tomu nebyl udělen; toto ' +
    'zpracování mi bere kontrolu nad mými informacemi, které se mohou objevit ve výstupech AI, a má práva a svobody ' +
    'převažují nad oprávněným zájmem společnosti Meta. Žádám o ukončení tohoto zpracování a o potvrzení mé námitky.',
  law: {
    eu: 'čl. 21 obecného nařízení o ochraně osobních údajů (GDPR)',
    uk: 'čl. 21 britského obecného nařízení o ochraně osobních údajů (UK GDPR)',
    ch: 'čl. 30 odst. 2 písm. b švýcarského spolkového zákona o ochraně údajů (DSG)',
    br: 'čl. 18 § 2 brazilského zákona LGPD',
  },
};
