import type { FormWords, PageWords } from '../language-schema';

// Hungarian. Official term from the GDPR (Art. 21 "A tiltakozáshoz való jog"); Meta's wording in its Hungarian UI style (informal "te"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'a tiltakozáshoz való jog',
  aiAtMeta: 'MI a Metánál',
  submitObjection: 'Tiltakozási kérelem beküldése',
  formTitle: 'Tiltakozás az információid MI a Metánál céljára történő felhasználása ellen',
  objection: [
    'tiltakozáshoz való jog',
    'jogod van tiltakozni',
    'tiltakozhatsz az információid felhasználása ellen',
    'tiltakozás benyújtása',
    'tiltakozási jog',
  ],
  objectionExact: ['tiltakozás', 'tiltakozz', 'tiltakozni', 'tiltakozhatsz', 'tiltakozom'],
  aiSections: [
    'Adatvédelem és generatív MI',
    'Generatív MI a Metánál',
    'A Meta-termékeken megosztott információid',
    'Hogyan használja a Meta az információkat a generatív MI-modellekhez',
  ],
  thirdParty: [
    'Az érintettek jogai a harmadik felektől származó, az MI a Metánál által használt információkkal kapcsolatban',
    'Az érintettek jogai a generatív MI-vel kapcsolatban',
  ],
  confirmation: [
    'tiszteletben fogjuk tartani a tiltakozásodat',
    'a tiltakozásodat tiszteletben fogjuk tartani',
    'eleget fogunk tenni a tiltakozásodnak',
    'elfogadtuk a tiltakozásodat',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['tiltakoz*', 'kifogás*', 'ellenvetés*'],
    ai: [
      'mi',
      'mi-*',
      'ai',
      'mesterséges intelligenci*',
      'mesterségesintelligencia*',
      'generatív mi',
      'meta ai',
      'llama',
    ],
    thirdParty: ['harmadik fél*', 'harmadik fel*', 'másoktól származó'],
    not: [
      'szerzői jog*',
      'szellemi tulajdon*',
      'védjegy*',
      'hamisít*',
      'tartalom bejelentése',
      'tartalom jelentése',
      'jogsértés bejelentése',
      'hirdet*',
      'reklám*',
      'megszemélyesít*',
      'feltört*',
      'rágalm*',
      'becsületsértés',
    ],
  },
  success: [
    'a kérésedet mostantól alkalmazni fogjuk',
    'a kérésedet mostantól alkalmazzuk',
    'megkaptuk a kérésedet',
    'kérésed beküldve',
  ],
  labels: {
    email: ['e-mail', 'e-mail-cím', 'e-mail cím', 'email'],
    country: ['ország', 'lakóhely szerinti ország'],
    reason: [
      'hogyan érint téged ez az adatkezelés',
      'hogyan érint ez az adatkezelés',
      'a tiltakozás oka',
      'tiltakozás indoka',
    ],
    code: ['kód', 'megerősítő kód', 'ellenőrző kód', 'biztonsági kód', 'egyszer használatos kód'],
  },
  buttons: {
    submit: ['küldés', 'elküldés', 'beküldés'],
    next: ['tovább', 'folytatás', 'következő'],
    requestCode: ['kód kérése', 'kód küldése', 'kód igénylése', 'kérj kódot'],
  },
  assist: {
    fill: 'Kitöltés a beállításaim alapján',
    filled: 'Kitöltve: {fields}. Ellenőrizd az űrlapot, majd saját magad kattints a kiemelt gombra.',
    missing: 'Az Objector beállításaiban nincs mentett e-mail-cím vagy ország: ezeket töltsd ki magad.',
    submitHint: 'Az Objector soha nem küldi be helyetted az űrlapot.',
    nothing:
      'Ebben a lépésben az Objectornak nincs mit kitöltenie. Ha készen állsz, saját magad kattints a kiemelt gombra.',
    code: 'A Meta kódot küldött az e-mail-címedre: írd be ide saját magad, majd kattints a kiemelt gombra.',
    done: 'Az Objector feljegyezte az űrlap elküldését – {account}, {time}.',
    confirmed: 'Az Objector feljegyezte a Meta visszaigazolását – {account}, {time}.',
    noAccount:
      'Az Objector látta, hogy az űrlapot elküldted, de nincs bejelentkezett Facebook- vagy Instagram-fiók, amelyhez ezt feljegyezhetné.',
    account: '{platform}-fiókod ({name})',
    fields: { email: 'e-mail-cím', country: 'ország', reason: 'indoklás' },
  },
  statement:
    'Tiltakozom {law} alapján az ellen, hogy a személyes adataimat (bejegyzéseimet, fotóimat, hozzászólásaimat és ' +
    'egyéb információimat) a Meta mesterséges intelligenciájának fejlesztésére és javítására használják. Ehhez nem ' +
    'járultam hozzá; ez az adatkezelés megfoszt az információim feletti rendelkezéstől, amelyek megjelenhetnek az MI ' +
    'által előállított tartalmakban, és jogaim és szabadságaim elsőbbséget élveznek a Meta jogos érdekével szemben. ' +
    'Kérem ennek az adatkezelésnek a megszüntetését és tiltakozásom visszaigazolását.',
  law: {
    eu: 'az általános adatvédelmi rendelet (GDPR) 21. cikke',
    uk: 'az egyesült királysági GDPR (UK GDPR) 21. cikke',
    ch: 'a svájci szövetségi adatvédelmi törvény (DSG) 30. cikk (2) bekezdés b) pontja',
    br: 'a brazil LGPD 18. cikkének 2. §-a',
  },
};
