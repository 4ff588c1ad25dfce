import type { FormWords, PageWords } from '../language-schema';

// Croatian. Official term from the GDPR (Art. 21 "Pravo na prigovor"); Meta's wording in its Croatian UI style (informal "ti"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'pravo na prigovor',
  aiAtMeta: 'UI u tvrtki Meta',
  submitObjection: 'Pošalji zahtjev za prigovor',
  formTitle: 'Prigovor na upotrebu tvojih informacija za UI u tvrtki Meta',
  objection: ['pravo prigovora', 'uloži prigovor', 'uložiti prigovor', 'prigovor na upotrebu tvojih informacija'],
  objectionExact: ['prigovor', 'prigovori', 'podnesi prigovor'],
  aiSections: [
    'Privatnost i generativna UI',
    'Generativna UI u tvrtki Meta',
    'Informacije koje dijeliš na proizvodima tvrtke Meta',
    'Kako Meta upotrebljava informacije za modele generativne UI',
  ],
  thirdParty: [
    'Prava ispitanika u vezi s informacijama trećih strana koje se upotrebljavaju za UI u tvrtki Meta',
    'Prava ispitanika u vezi s generativnom UI',
  ],
  confirmation: [
    'uvažit ćemo tvoj prigovor',
    'tvoj prigovor bit će uvažen',
    'poštovat ćemo tvoj prigovor',
    'prihvatit ćemo tvoj prigovor',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['prigovor*', 'prigovar*', 'usprotiv*'],
    ai: [
      'ui',
      'ai',
      'umjetna inteligencij*',
      'umjetne inteligencij*',
      'umjetnu inteligencij*',
      'umjetnom inteligencij*',
      'generativna ui',
      'generativne ui',
      'meta ai',
      'llama',
    ],
    thirdParty: ['trećih strana', 'treće stran*', 'trećih osoba', 'treće osob*', 'od drugih osoba'],
    not: [
      'autorsk*',
      'intelektualno vlasništvo',
      'intelektualnog vlasništva',
      'žig*',
      'krivotvor*',
      'prijavi sadržaj',
      'prijava sadržaja',
      'prijavi kršenje',
      'oglas*',
      'reklam*',
      'lažno predstavljanje',
      'lažnog predstavljanja',
      'hakiran*',
      'klevet*',
    ],
  },
  success: [
    'tvoj će se zahtjev od sada primjenjivati',
    'tvoj zahtjev primjenjivat će se',
    'primili smo tvoj zahtjev',
    'tvoj zahtjev je poslan',
  ],
  labels: {
    email: ['e-pošta', 'adresa e-pošte', 'e-adresa', 'e-mail', 'email'],
    country: ['država', 'zemlja', 'država prebivališta', 'zemlja prebivališta'],
    reason: ['kako ta obrada utječe na tebe', 'kako ova obrada utječe na tebe', 'razlog prigovora'],
    code: ['kôd', 'kod', 'kod za potvrdu', 'potvrdni kod', 'sigurnosni kod', 'jednokratni kod'],
  },
  buttons: {
    submit: ['pošalji', 'podnesi'],
    next: ['nastavi', 'dalje', 'sljedeće'],
    requestCode: ['zatraži kod', 'pošalji kod', 'dobij kod'],
  },
  assist: {
    fill: 'Ispuni prema mojim postavkama',
    filled: 'Ispunjeno: {fields}. Provjeri obrazac, a zatim osobno klikni označeni gumb.',
    missing: 'U postavkama Objectora nije spremljena adresa e-pošte ni država: unesi ih ručno.',
    submitHint: 'Objector nikad ne šalje obrazac umjesto tebe.',
    nothing: 'U ovom koraku Objector nema što ispuniti. Kad sve bude spremno, osobno klikni označeni gumb.',
    code: 'Meta ti je poslala kod na adresu e-pošte: unesi ga ovdje, a zatim osobno klikni označeni gumb.',
    done: 'Objector je zabilježio slanje ovog obrasca za {account} ({time}).',
    confirmed: 'Objector je zabilježio potvrdu tvrtke Meta za {account} ({time}).',
    noAccount:
      'Objector je vidio da je obrazac poslan, ali nije prijavljen nijedan račun na Facebooku ili Instagramu za koji bi to mogao zabilježiti.',
    account: 'tvoj račun {platform} {name}',
    fields: { email: 'adresa e-pošte', country: 'država', reason: 'razlog' },
  },
  statement:
    'Na temelju {law} ulažem prigovor na upotrebu mojih osobnih podataka (objava, fotografija, komentara i drugih ' +
    'informacija) za razvoj i poboljšanje umjetne inteligencije tvrtke Meta. Za to nije dana moja privola; ta mi ' +
    'obrada oduzima kontrolu nad mojim informacijama, koje se mogu pojaviti u rezultatima umjetne inteligencije, a ' +
    'moja prava i slobode nadilaze legitimni interes tvrtke Meta. Molim vas da prekinete tu obradu i potvrdite moj ' +
    'prigovor.',
  law: {
    eu: 'članka 21. Opće uredbe o zaštiti podataka (GDPR)',
    uk: 'članka 21. britanske Opće uredbe o zaštiti podataka (UK GDPR)',
    ch: 'članka 30. stavka 2. točke (b) švicarskog Saveznog zakona o zaštiti podataka (DSG)',
    br: 'članka 18. stavka 2. brazilskog zakona LGPD',
  },
};
