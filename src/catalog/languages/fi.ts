import type { FormWords, PageWords } from '../language-schema';

// Finnish. Meta's 2024 wording from Finnish guides quoting it ("oikeus vastustaa", "Generatiivinen tekoäly Metassa", the genai page title); the rest in Meta's usual style.

export const page: PageWords = {
  rightToObject: 'vastustamisoikeus',
  aiAtMeta: 'Tekoäly Metassa',
  submitObjection: 'Lähetä vastustuspyyntö',
  formTitle: 'Vastusta tietojesi käyttöä Metan tekoälyä varten',
  objection: [
    'oikeus vastustaa',
    'oikeutta vastustaa',
    'oikeuden vastustaa',
    'vastustamisoikeutta',
    'vastustamisoikeuden',
    'vastustaa tietojesi käyttöä',
    'lähetä vastustus',
  ],
  objectionExact: ['vastusta', 'vastustaa', 'vastustus', 'vastustaminen', 'vastusta tästä'],
  aiSections: [
    'Yksityisyys ja generatiivinen tekoäly',
    'Generatiivinen tekoäly Metassa',
    'Tiedot, joita olet jakanut Metan tuotteissa',
    'Miten Meta käyttää tietoja generatiivisen tekoälyn malleja',
  ],
  thirdParty: [
    'Rekisteröidyn oikeudet kolmansien osapuolten tietoihin, joita käytetään Metan tekoälyyn',
    'Generatiivisen tekoälyn rekisteröidyn oikeudet',
  ],
  confirmation: [
    'hyväksymme vastustuksesi',
    'otamme vastustuksesi huomioon',
    'noudatamme vastustustasi',
    'kunnioitamme vastustustasi',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['vastust*'],
    ai: [
      'tekoäly*',
      'keinoäly*',
      'ai',
      'ai-*',
      'generatiivinen tekoäly',
      'generatiivisen tekoälyn',
      'meta ai',
      'llama',
    ],
    thirdParty: [
      'kolmas osapuoli',
      'kolmannen osapuolen',
      'kolmannet osapuolet',
      'kolmansien osapuolten',
      'kolmansien osapuolien',
      'kolmansilta osapuolilta',
      'muilta saadut',
    ],
    not: [
      'tekijänoikeu*',
      'immateriaali*',
      'tavaramerk*',
      'väärenn*',
      'piraatti*',
      'ilmoita*',
      'ilmoitus*',
      'mainos*',
      'mainonta*',
      'toisena henkilönä esiintyminen',
      'esiintyy toisena',
      'hakkeroi*',
      'kaapat*',
      'kunnianloukkau*',
    ],
  },
  success: [
    'pyyntöäsi sovelletaan jatkossa',
    'pyyntöäsi sovelletaan tästä eteenpäin',
    'olemme vastaanottaneet pyyntösi',
    'saimme pyyntösi',
    'pyyntösi on lähetetty',
  ],
  labels: {
    email: ['sähköposti', 'sähköpostiosoite', 'email'],
    country: ['maa', 'asuinmaa', 'missä asut'],
    reason: ['miten tämä käsittely vaikuttaa sinuun', 'miten käsittely vaikuttaa sinuun', 'vastustuksen syy'],
    code: ['koodi', 'vahvistuskoodi', 'tarkistuskoodi', 'turvakoodi', 'kertakäyttökoodi'],
  },
  buttons: {
    submit: ['lähetä'],
    next: ['jatka', 'seuraava'],
    requestCode: ['pyydä koodi', 'lähetä koodi', 'hae koodi'],
  },
  assist: {
    fill: 'Täytä asetuksistani',
    filled: 'Täytetty: {fields}. Tarkista lomake ja paina sitten itse korostettua painiketta.',
    missing: 'Objectorin asetuksiin ei ole tallennettu sähköpostiosoitetta tai maata: täytä ne itse.',
    submitHint: 'Objector ei koskaan lähetä lomaketta puolestasi.',
    nothing:
      'Tässä vaiheessa Objectorilla ei ole mitään täytettävää. Paina itse korostettua painiketta, kun olet valmis.',
    code: 'Meta on lähettänyt sähköpostiisi koodin: kirjoita se itse tähän ja paina sitten korostettua painiketta.',
    done: 'Objector kirjasi, että lähetit tämän lomakkeen: {account}, {time}.',
    confirmed: 'Objector kirjasi Metan vahvistuksen: {account}, {time}.',
    noAccount:
      'Objector näki lomakkeen menevän perille, mutta kirjautuneena ei ole Facebook- tai Instagram-tiliä, jolle sen voisi kirjata.',
    account: '{platform}-tilisi {name}',
    fields: { email: 'sähköpostiosoite', country: 'maa', reason: 'perustelu' },
  },
  statement:
    'Vastustan {law} nojalla henkilötietojeni (julkaisujen, kuvien, kommenttien ja muiden tietojen) käyttöä Metan ' +
    'tekoälyn kehittämiseen ja parantamiseen. En ole antanut siihen suostumustani; käsittely vie minulta ' +
    'määräysvallan omiin tietoihini, joita voidaan toistaa tekoälyn tuottamassa sisällössä, ja oikeuteni ja ' +
    'vapauteni syrjäyttävät Metan oikeutetun edun. Pyydän teitä lopettamaan tämän käsittelyn ja vahvistamaan ' +
    'vastustukseni.',
  law: {
    eu: 'tietosuoja-asetuksen (GDPR) 21 artiklan',
    uk: 'Yhdistyneen kuningaskunnan tietosuoja-asetuksen (UK GDPR) 21 artiklan',
    ch: 'Sveitsin liittovaltion tietosuojalain (FADP) 30 artiklan 2 kohdan b alakohdan',
    br: 'Brasilian tietosuojalain (LGPD) 18 artiklan 2 kohdan',
  },
};
