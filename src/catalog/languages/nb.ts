import type { FormWords, PageWords } from '../language-schema';

// Norwegian Bokmål. Meta's notices write "AI" (press quoting them, 2024), the confirmation says the protest was "tatt til følge"; the rest in Meta's usual style.

export const page: PageWords = {
  rightToObject: 'rett til å protestere',
  aiAtMeta: 'AI hos Meta',
  submitObjection: 'Send inn en forespørsel om protest',
  formTitle: 'Protester mot at informasjonen din brukes til AI hos Meta',
  objection: [
    'retten til å protestere',
    'protestere mot bruken av informasjonen din',
    'protester mot at informasjonen din brukes',
    'send inn en protest',
    'rett til innsigelse',
    'innsigelsesrett',
  ],
  objectionExact: ['protester', 'protestere', 'protest', 'protester her', 'send inn protest'],
  aiSections: [
    'Personvern og generativ AI',
    'Generativ AI hos Meta',
    'Informasjon du har delt på Meta-produkter',
    'Hvordan Meta bruker informasjon til generative AI-modeller',
  ],
  thirdParty: [
    'Den registrertes rettigheter for tredjepartsinformasjon som brukes til AI hos Meta',
    'Den registrertes rettigheter knyttet til generativ AI',
  ],
  confirmation: [
    'vi tar protesten din til følge',
    'vi vil ta protesten din til følge',
    'protesten din er tatt til følge',
    'vi kommer til å respektere protesten din',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['protest*', 'innsigelse*', 'motsett*'],
    ai: [
      'ai',
      'ai-*',
      'ki',
      'ki-*',
      'kunstig intelligens',
      'kunstige intelligensen',
      'generativ ai',
      'generativ ki',
      'meta ai',
      'llama',
    ],
    thirdParty: ['tredjepart*', 'tredje part*', 'fra andre'],
    not: [
      'opphavsrett*',
      'immateriell*',
      'varemerke*',
      'forfalskning*',
      'piratkopi*',
      'rapporter*',
      'meld fra',
      'annonse*',
      'reklame*',
      'identitetstyveri',
      'utgir seg for',
      'hacket',
      'hackede',
      'kapret*',
      'ærekrenk*',
      'injurie*',
    ],
  },
  success: [
    'forespørselen din vil bli brukt fremover',
    'forespørselen din vil gjelde fremover',
    'vi har mottatt forespørselen din',
    'forespørselen din er sendt',
  ],
  labels: {
    email: ['e-post', 'e-postadresse', 'epost', 'email'],
    country: ['land', 'bostedsland', 'hvor bor du'],
    reason: [
      'hvordan denne behandlingen påvirker deg',
      'hvordan behandlingen påvirker deg',
      'begrunnelse for protesten',
    ],
    code: ['kode', 'bekreftelseskode', 'verifiseringskode', 'sikkerhetskode', 'engangskode'],
  },
  buttons: {
    submit: ['send', 'send inn'],
    next: ['fortsett', 'neste'],
    requestCode: ['be om kode', 'be om en kode', 'send kode', 'få kode'],
  },
  assist: {
    fill: 'Fyll ut fra innstillingene mine',
    filled: 'Fylt ut: {fields}. Sjekk skjemaet, og trykk deretter selv på den markerte knappen.',
    missing: 'Ingen e-postadresse eller noe land er lagret i innstillingene til Objector: Fyll ut dette selv.',
    submitHint: 'Objector sender aldri skjemaet for deg.',
    nothing:
      'Det er ingenting for Objector å fylle ut i dette trinnet. Trykk selv på den markerte knappen når du er klar.',
    code: 'Meta har sendt en kode til e-postadressen din: Skriv den inn her selv, og trykk deretter på den markerte knappen.',
    done: 'Objector har notert at du sendte dette skjemaet for {account} den {time}.',
    confirmed: 'Objector har notert bekreftelsen fra Meta for {account} den {time}.',
    noAccount:
      'Objector så at skjemaet ble sendt, men ingen Facebook- eller Instagram-konto er logget på som det kan noteres for.',
    account: '{platform}-kontoen din {name}',
    fields: { email: 'e-postadresse', country: 'land', reason: 'begrunnelse' },
  },
  statement:
    'Jeg protesterer, i medhold av {law}, mot at personopplysningene mine (innlegg, bilder, kommentarer og annen ' +
    'informasjon) brukes til å utvikle og forbedre AI hos Meta. Jeg har ikke samtykket til dette; behandlingen ' +
    'frarøver meg kontrollen over informasjonen min, som kan gjengis i AI-generert innhold, og mine rettigheter og ' +
    'friheter går foran Metas berettigede interesse. Jeg ber dere stanse denne behandlingen og bekrefte protesten min.',
  law: {
    eu: 'artikkel 21 i personvernforordningen (GDPR)',
    uk: 'artikkel 21 i UK GDPR',
    ch: 'artikkel 30 nr. 2 bokstav b i den sveitsiske personvernloven (FADP)',
    br: 'artikkel 18 § 2 i Brasils personvernlov (LGPD)',
  },
};
