import type { FormWords, PageWords } from '../language-schema';

// Slovenian. Official term from the GDPR (Art. 21 "Pravica do ugovora"); Meta's wording in its Slovenian UI style (informal "ti"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'pravica do ugovora',
  aiAtMeta: 'UI pri družbi Meta',
  submitObjection: 'Pošlji zahtevo za ugovor',
  formTitle: 'Ugovor zoper uporabo tvojih informacij za UI pri družbi Meta',
  objection: [
    'pravica ugovarjati',
    'vloži ugovor',
    'ugovarjaj uporabi tvojih informacij',
    'ugovarjati uporabi tvojih informacij',
    'ugovor zoper uporabo tvojih informacij',
  ],
  objectionExact: ['ugovarjaj', 'ugovarjati', 'ugovor', 'podaj ugovor'],
  aiSections: [
    'Zasebnost in generativna UI',
    'Generativna UI pri družbi Meta',
    'Informacije, ki jih deliš v izdelkih družbe Meta',
    'Kako Meta uporablja informacije za modele generativne UI',
  ],
  thirdParty: [
    'Pravice posameznikov, na katere se nanašajo osebni podatki, glede informacij tretjih oseb, ki se uporabljajo za UI pri družbi Meta',
    'Pravice posameznikov, na katere se nanašajo osebni podatki, v zvezi z generativno UI',
  ],
  confirmation: ['upoštevali bomo tvoj ugovor', 'tvoj ugovor bomo upoštevali', 'spoštovali bomo tvoj ugovor'],
};

export const form: FormWords = {
  purpose: {
    object: ['ugovor*', 'ugovarj*'],
    ai: [
      'ui',
      'ai',
      'umetna inteligenc*',
      'umetne inteligenc*',
      'umetno inteligenc*',
      'umetni inteligenc*',
      'generativna ui',
      'generativne ui',
      'meta ai',
      'llama',
    ],
    thirdParty: ['tretjih oseb', 'tretje osebe', 'tretjih strani', 'tretje stran*', 'od drugih oseb'],
    not: [
      'avtorsk*',
      'intelektualna lastnina',
      'intelektualne lastnine',
      'blagovn*',
      'ponaredk*',
      'ponarejen*',
      'prijavi vsebino',
      'prijava vsebine',
      'prijavi kršitev',
      'oglas*',
      'lažno predstavljanje',
      'lažnega predstavljanja',
      'vdor*',
      'hekan*',
      'obrekovanj*',
    ],
  },
  success: [
    'tvoja zahteva se bo odslej upoštevala',
    'tvoja zahteva se bo odslej uporabljala',
    'prejeli smo tvojo zahtevo',
    'tvojo zahtevo smo prejeli',
    'tvoja zahteva je bila poslana',
  ],
  labels: {
    email: ['e-pošta', 'e-poštni naslov', 'e-naslov', 'e-mail', 'email'],
    country: ['država', 'država prebivališča'],
    reason: ['kako ta obdelava vpliva nate', 'razlog za ugovor'],
    code: ['koda', 'potrditvena koda', 'koda za preverjanje', 'varnostna koda', 'enkratna koda'],
  },
  buttons: {
    submit: ['pošlji', 'oddaj'],
    next: ['nadaljuj', 'naprej', 'naslednje'],
    requestCode: ['zahtevaj kodo', 'pošlji kodo', 'pridobi kodo'],
  },
  assist: {
    fill: 'Izpolni z mojimi nastavitvami',
    filled: 'Izpolnjeno: {fields}. Preveri obrazec, nato pa osebno klikni označeni gumb.',
    missing: 'V nastavitvah Objectorja ni shranjenega e-poštnega naslova ali države, zato ju vnesi ročno.',
    submitHint: 'Objector obrazca nikoli ne pošlje namesto tebe.',
    nothing: 'Objector v tem koraku nima česa izpolniti. Ko bo vse nared, osebno klikni označeni gumb.',
    code: 'Meta ti je na e-poštni naslov poslala kodo: vnesi jo tukaj in nato osebno klikni označeni gumb.',
    done: 'Objector je zabeležil oddajo tega obrazca za {account} ({time}).',
    confirmed: 'Objector je zabeležil potrditev družbe Meta za {account} ({time}).',
    noAccount:
      'Objector je zaznal, da je bil obrazec poslan, vendar ni prijavljen noben račun Facebook ali Instagram, za katerega bi to lahko zabeležil.',
    account: 'tvoj račun {platform} {name}',
    fields: { email: 'e-poštni naslov', country: 'država', reason: 'razlog' },
  },
  statement:
    'Na podlagi {law} ugovarjam uporabi mojih osebnih podatkov (objav, fotografij, komentarjev in drugih informacij) ' +
    'za razvoj in izboljševanje UI pri družbi Meta. V to ne privolim; ta obdelava mi odvzema nadzor nad mojimi ' +
    'informacijami, ki se lahko pojavijo v rezultatih UI, moje pravice in svoboščine pa prevladajo nad zakonitim ' +
    'interesom družbe Meta. Prosim vas, da s to obdelavo prenehate in potrdite moj ugovor.',
  law: {
    eu: 'člena 21 Splošne uredbe o varstvu podatkov (GDPR)',
    uk: 'člena 21 britanske Splošne uredbe o varstvu podatkov (UK GDPR)',
    ch: 'člena 30(2)(b) švicarskega zveznega zakona o varstvu podatkov (DSG)',
    br: 'člena 18, § 2, brazilskega zakona LGPD',
  },
};
