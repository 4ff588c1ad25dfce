import type { FormWords, PageWords } from '../language-schema';

// Danish. Meta's 2025 wording from Danish guides quoting it ("AI hos Meta", the form's title); the rest in Meta's usual style.

export const page: PageWords = {
  rightToObject: 'ret til indsigelse',
  aiAtMeta: 'AI hos Meta',
  submitObjection: 'Indsend en anmodning om indsigelse',
  formTitle: 'Gør indsigelse mod, at dine oplysninger bliver brugt til AI hos Meta',
  objection: [
    'retten til indsigelse',
    'ret til at gøre indsigelse',
    'retten til at gøre indsigelse',
    'gøre indsigelse mod brugen af dine oplysninger',
    'gør indsigelse mod, at dine oplysninger',
    'indsend en indsigelse',
  ],
  objectionExact: ['gør indsigelse', 'gøre indsigelse', 'indsigelse', 'gør indsigelse her', 'indsend indsigelse'],
  aiSections: [
    'Privatliv og generativ AI',
    'Generativ AI hos Meta',
    'Oplysninger, du har delt på Metas produkter',
    'Oplysninger, du har delt på Meta-produkter',
    'Sådan bruger Meta oplysninger til generative AI-modeller',
  ],
  thirdParty: [
    'Den registreredes rettigheder for oplysninger fra tredjeparter, der bruges til AI hos Meta',
    'Den registreredes rettigheder i forbindelse med generativ AI',
  ],
  confirmation: [
    'vi vil imødekomme din indsigelse',
    'vi imødekommer din indsigelse',
    'vi vil respektere din indsigelse',
    'vi respekterer din indsigelse',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['indsigelse*', 'modsæt*'],
    ai: ['ai', 'ai-*', 'kunstig intelligens', 'kunstige intelligens', 'generativ ai', 'meta ai', 'llama'],
    thirdParty: ['tredjepart*', 'tredje part*', 'fra andre'],
    not: [
      'ophavsret*',
      'immateriel*',
      'varemærke*',
      'forfalskning*',
      'piratkopi*',
      'anmeld*',
      'rapportér*',
      'rapporter*',
      'annonce*',
      'reklame*',
      'identitetstyveri',
      'udgiver sig for',
      'hacket',
      'hackede',
      'kapret*',
      'ærekrænk*',
      'injurie*',
    ],
  },
  success: [
    'din anmodning vil blive anvendt fremadrettet',
    'din anmodning anvendes fremover',
    'vi har modtaget din anmodning',
    'din anmodning er sendt',
  ],
  labels: {
    email: ['e-mail', 'e-mailadresse', 'mail', 'email'],
    country: ['land', 'bopælsland', 'hvor bor du'],
    reason: [
      'hvordan denne behandling påvirker dig',
      'hvordan behandlingen påvirker dig',
      'begrundelse for din indsigelse',
    ],
    code: ['kode', 'bekræftelseskode', 'verifikationskode', 'sikkerhedskode', 'engangskode'],
  },
  buttons: {
    submit: ['send', 'indsend'],
    next: ['fortsæt', 'næste'],
    requestCode: ['anmod om kode', 'anmod om en kode', 'send kode', 'få en kode'],
  },
  assist: {
    fill: 'Udfyld fra mine indstillinger',
    filled: 'Udfyldt: {fields}. Tjek formularen, og tryk derefter selv på den markerede knap.',
    missing: 'Der er ikke gemt nogen e-mailadresse eller noget land i Objectors indstillinger: Udfyld dem selv.',
    submitHint: 'Objector sender aldrig formularen for dig.',
    nothing: 'Der er intet for Objector at udfylde i dette trin. Tryk selv på den markerede knap, når du er klar.',
    code: 'Meta har sendt en kode til din e-mailadresse: Indtast den selv her, og tryk derefter på den markerede knap.',
    done: 'Objector har noteret, at du sendte denne formular for {account} den {time}.',
    confirmed: 'Objector har noteret Metas bekræftelse for {account} den {time}.',
    noAccount:
      'Objector så, at formularen blev sendt, men der er ikke logget ind på nogen Facebook- eller Instagram-konto, som det kan noteres for.',
    account: 'din {platform}-konto {name}',
    fields: { email: 'e-mailadresse', country: 'land', reason: 'begrundelse' },
  },
  statement:
    'Jeg gør i henhold til {law} indsigelse mod brugen af mine personoplysninger (opslag, billeder, kommentarer og ' +
    'andre oplysninger) til at udvikle og forbedre AI hos Meta. Jeg har ikke givet samtykke til det; behandlingen ' +
    'fratager mig kontrollen over mine oplysninger, som kan blive gengivet i AI-genereret indhold, og mine ' +
    'rettigheder og frihedsrettigheder går forud for Metas legitime interesse. Jeg beder jer om at stoppe denne ' +
    'behandling og bekræfte min indsigelse.',
  law: {
    eu: 'artikel 21 i databeskyttelsesforordningen (GDPR)',
    uk: 'artikel 21 i UK GDPR',
    ch: 'artikel 30, stk. 2, litra b, i den schweiziske forbundslov om databeskyttelse (FADP)',
    br: 'artikel 18, § 2, i Brasiliens databeskyttelseslov (LGPD)',
  },
};
