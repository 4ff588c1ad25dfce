import type { FormWords, PageWords } from '../language-schema';

// Romanian. Official term from the GDPR (Art. 21 "Dreptul la opoziție"); Meta's wording in its Romanian UI style (informal "tu"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'dreptul la opoziție',
  aiAtMeta: 'IA la Meta',
  submitObjection: 'Trimite o solicitare de opoziție',
  formTitle: 'Opune-te utilizării informațiilor tale pentru IA la Meta',
  objection: [
    'dreptul de a te opune',
    'dreptul să te opui',
    'opune-te utilizării informațiilor tale',
    'să te opui utilizării informațiilor tale',
    'solicitare de opoziție',
  ],
  objectionExact: ['opune-te', 'a te opune', 'să te opui', 'te opui', 'opoziție'],
  aiSections: [
    'Confidențialitatea și IA generativă',
    'IA generativă la Meta',
    'Informațiile pe care le-ai distribuit în Produsele Meta',
    'Cum folosește Meta informațiile pentru modelele de IA generativă',
  ],
  thirdParty: [
    'Drepturile persoanelor vizate privind informațiile de la terți folosite pentru IA la Meta',
    'Drepturile persoanelor vizate privind IA generativă',
  ],
  confirmation: [
    'îți vom respecta opoziția',
    'vom respecta opoziția ta',
    'vom da curs opoziției tale',
    'îți vom onora opoziția',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['opoz*', 'opun*', 'opui', 'obiecți*'],
    ai: [
      'ia',
      'ai',
      'inteligența artificial*',
      'inteligență artificial*',
      'inteligenței artificial*',
      'ia generativă',
      'meta ai',
      'llama',
    ],
    thirdParty: ['terț*', 'părți terțe', 'alte persoane'],
    not: [
      'drepturi de autor',
      'dreptul de autor',
      'dreptului de autor',
      'drepturilor de autor',
      'proprietate intelectuală',
      'proprietății intelectuale',
      'marcă înregistrată',
      'mărci înregistrate',
      'marcă comercială',
      'contrafăcut*',
      'contrafacer*',
      'raportea*',
      'raportare*',
      'reclam*',
      'publicitate*',
      'publicitar*',
      'uzurpa*',
      'cont spart',
      'contul a fost spart',
      'defăimar*',
      'calomni*',
    ],
  },
  success: [
    'solicitarea ta va fi aplicată de acum înainte',
    'solicitarea ta va fi aplicată în continuare',
    'am primit solicitarea ta',
    'solicitarea ta a fost trimisă',
  ],
  labels: {
    email: ['e-mail', 'adresă de e-mail', 'adresa de e-mail', 'email'],
    country: ['țară', 'țara', 'țara de reședință'],
    reason: ['cum te afectează această prelucrare', 'motivul opoziției'],
    code: ['cod', 'codul', 'cod de confirmare', 'cod de verificare', 'cod de securitate', 'cod unic'],
  },
  buttons: {
    submit: ['trimite', 'trimiteți'],
    next: ['continuă', 'înainte', 'următorul'],
    requestCode: ['solicită codul', 'solicită un cod', 'trimite codul', 'obține codul'],
  },
  assist: {
    fill: 'Completează din setările mele',
    filled: 'Completat: {fields}. Verifică formularul, apoi apasă tu butonul evidențiat.',
    missing: 'Nu există o adresă de e-mail sau o țară salvată în setările Objector: completează-le tu.',
    submitHint: 'Objector nu trimite niciodată formularul în locul tău.',
    nothing: 'La acest pas, Objector nu are nimic de completat. Când ești gata, apasă tu butonul evidențiat.',
    code: 'Meta ți-a trimis un cod pe adresa de e-mail: introdu-l aici, apoi apasă tu butonul evidențiat.',
    done: 'Objector a notat că ai trimis acest formular pentru {account} ({time}).',
    confirmed: 'Objector a notat confirmarea Meta pentru {account} ({time}).',
    noAccount:
      'Objector a văzut că formularul a fost trimis, dar nu este conectat niciun cont de Facebook sau Instagram pentru care să noteze acest lucru.',
    account: 'contul tău {platform} {name}',
    fields: { email: 'adresa de e-mail', country: 'țara', reason: 'motivul' },
  },
  statement:
    'În temeiul {law}, mă opun utilizării datelor mele cu caracter personal (postări, fotografii, comentarii și alte ' +
    'informații) pentru a dezvolta și îmbunătăți IA la Meta. Nu mi-am dat consimțământul pentru aceasta; această ' +
    'prelucrare îmi ia controlul asupra informațiilor mele, care pot fi reproduse în rezultatele generate de IA, iar ' +
    'drepturile și libertățile mele prevalează asupra interesului legitim al Meta. Vă rog să încetați această ' +
    'prelucrare și să confirmați opoziția mea.',
  law: {
    eu: 'art. 21 din Regulamentul general privind protecția datelor (RGPD)',
    uk: 'art. 21 din RGPD al Regatului Unit (UK GDPR)',
    ch: 'art. 30 alin. (2) lit. b) din Legea federală elvețiană privind protecția datelor (DSG)',
    br: 'art. 18 § 2 din legea braziliană LGPD',
  },
};
