import type { FormWords, PageWords } from '../language-schema';

// Latvian. No Latvian Meta wording found in sources: Meta's usual phrasing rendered in Latvian ("MI", informal "tu").

export const page: PageWords = {
  rightToObject: 'tiesības iebilst',
  aiAtMeta: 'MI uzņēmumā Meta',
  submitObjection: 'Iesniegt iebilduma pieprasījumu',
  formTitle: 'Iebilsti pret savas informācijas izmantošanu uzņēmuma Meta MI vajadzībām',
  objection: [
    'iebilst pret savas informācijas izmantošanu',
    'iesniegt iebildumu',
    'iesniedz iebildumu',
    'tiesības uz iebildumu',
  ],
  objectionExact: ['iebilst', 'iebilsti', 'iebildums', 'iebilst pret', 'iebilst šeit'],
  aiSections: [
    'Privātums un ģeneratīvais MI',
    'Ģeneratīvais MI uzņēmumā Meta',
    'Meta produktos kopīgotā informācija',
    'Kā Meta izmanto informāciju ģeneratīvā MI modeļiem',
  ],
  thirdParty: [
    'Datu subjekta tiesības attiecībā uz trešo personu informāciju, kas tiek izmantota uzņēmuma Meta MI vajadzībām',
  ],
  confirmation: [
    'ievērosim tavu iebildumu',
    'respektēsim tavu iebildumu',
    'apmierināsim tavu iebildumu',
    'ievērosim jūsu iebildumu',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['iebil*'],
    ai: [
      'mi',
      'ai',
      'ai-*',
      'mākslīgais intelekts',
      'mākslīgā intelekta',
      'mākslīgo intelektu',
      'ģeneratīvais mi',
      'ģeneratīvā mi',
      'meta ai',
      'llama',
    ],
    thirdParty: ['trešo personu', 'trešās personas', 'trešajām personām', 'trešā puse', 'trešo pušu', 'no citiem'],
    not: [
      'autortiesīb*',
      'intelektuālais īpašums',
      'intelektuālā īpašuma',
      'preču zīm*',
      'viltojum*',
      'viltot*',
      'ziņot*',
      'ziņojum*',
      'reklām*',
      'sludinājum*',
      'uzdodas par',
      'uzdošanās',
      'uzlauzt*',
      'apmelošan*',
      'goda aizskar*',
    ],
  },
  success: [
    'tavs pieprasījums turpmāk tiks piemērots',
    'esam saņēmuši tavu pieprasījumu',
    'mēs saņēmām tavu pieprasījumu',
    'tavs pieprasījums ir nosūtīts',
  ],
  labels: {
    email: ['e-pasts', 'e-pasta adrese', 'email'],
    country: ['valsts', 'dzīvesvietas valsts', 'kur tu dzīvo'],
    reason: ['kā šī apstrāde tevi ietekmē', 'kā apstrāde tevi ietekmē', 'iebilduma iemesls'],
    code: ['kods', 'apstiprinājuma kods', 'verifikācijas kods', 'drošības kods', 'vienreizējais kods'],
  },
  buttons: {
    submit: ['iesniegt', 'nosūtīt', 'sūtīt'],
    next: ['turpināt', 'tālāk', 'nākamais'],
    requestCode: ['pieprasīt kodu', 'nosūtīt kodu', 'saņemt kodu'],
  },
  assist: {
    fill: 'Aizpildīt no maniem iestatījumiem',
    filled: 'Aizpildīts: {fields}. Pārbaudi veidlapu un pēc tam nospied iezīmēto pogu.',
    missing: 'Objector iestatījumos nav saglabāta e-pasta adrese vai valsts: aizpildi šos laukus.',
    submitHint: 'Objector nekad neiesniedz veidlapu tavā vietā.',
    nothing: 'Šajā solī Objector nav ko aizpildīt. Kad vēlies turpināt, nospied iezīmēto pogu.',
    code: 'Meta nosūtīja kodu uz tavu e-pasta adresi: ievadi to šeit un pēc tam nospied iezīmēto pogu.',
    done: 'Objector atzīmēja, ka nosūtīji šo veidlapu: {account}, {time}.',
    confirmed: 'Objector atzīmēja Meta apstiprinājumu: {account}, {time}.',
    noAccount:
      'Objector redzēja, ka veidlapa tika nosūtīta, taču nav pieteikts neviens Facebook vai Instagram konts, kam to atzīmēt.',
    account: 'tavs {platform} konts {name}',
    fields: { email: 'e-pasta adrese', country: 'valsts', reason: 'iemesls' },
  },
  statement:
    'Saskaņā ar {law} es iebilstu pret savu personas datu (ierakstu, fotoattēlu, komentāru un citas informācijas) ' +
    'izmantošanu uzņēmuma Meta MI izstrādei un uzlabošanai. Savu piekrišanu tam es nedevu; šī apstrāde atņem man ' +
    'kontroli pār manu informāciju, ko var atveidot MI radītā saturā, un manas tiesības un brīvības ir svarīgākas ' +
    'par uzņēmuma Meta leģitīmajām interesēm. Lūdzu, pārtrauciet šo apstrādi un apstipriniet manu iebildumu.',
  law: {
    eu: 'Vispārīgās datu aizsardzības regulas (VDAR) 21. pantu',
    uk: 'Apvienotās Karalistes VDAR (UK GDPR) 21. pantu',
    ch: 'Šveices Federālā datu aizsardzības likuma (FADP) 30. panta 2. punkta b) apakšpunktu',
    br: 'Brazīlijas Vispārīgā datu aizsardzības likuma (LGPD) 18. panta 2. punktu',
  },
};
