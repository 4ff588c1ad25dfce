import type { FormWords, PageWords } from '../language-schema';

// Estonian. No Estonian Meta wording found in sources: Meta's usual phrasing rendered in Estonian ("tehisintellekt", informal "sina").

export const page: PageWords = {
  rightToObject: 'õigus esitada vastuväiteid',
  aiAtMeta: 'Tehisintellekt Metas',
  submitObjection: 'Esita vastuväite taotlus',
  formTitle: 'Esita vastuväide oma teabe kasutamise suhtes Meta tehisintellekti jaoks',
  objection: [
    'õigust esitada vastuväiteid',
    'õiguse esitada vastuväiteid',
    'õigus vastuväiteid esitada',
    'vastuväite esitamise õigus',
    'esitada vastuväide oma teabe kasutamise suhtes',
    'esita vastuväide oma teabe kasutamise suhtes',
  ],
  objectionExact: ['esita vastuväide', 'esitada vastuväide', 'vastuväide', 'vaidle vastu', 'esita vastuväide siin'],
  aiSections: [
    'Privaatsus ja generatiivne tehisintellekt',
    'Generatiivne tehisintellekt Metas',
    'Teave, mida oled Meta toodetes jaganud',
    'Kuidas Meta kasutab teavet generatiivse tehisintellekti mudelite jaoks',
  ],
  thirdParty: [
    'Andmesubjekti õigused seoses kolmandatelt isikutelt pärit teabega, mida kasutatakse Meta tehisintellekti jaoks',
  ],
  confirmation: [
    'rahuldame sinu vastuväite',
    'arvestame sinu vastuväitega',
    'võtame sinu vastuväidet arvesse',
    'austame sinu vastuväidet',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['vastuväi*', 'vaidle vastu', 'vastu vaielda'],
    ai: ['tehisintellekt*', 'tehisaru*', 'ai', 'ai-*', 'ti', 'generatiivne tehisintellekt', 'meta ai', 'llama'],
    thirdParty: [
      'kolmas isik',
      'kolmanda isiku',
      'kolmandate isikute',
      'kolmandatelt isikutelt',
      'kolmanda osapoole',
      'kolmandate osapoolte',
      'teistelt',
    ],
    not: [
      'autoriõigus*',
      'intellektuaalomand*',
      'intellektuaalse omandi',
      'kaubamärk*',
      'võltsi*',
      'piraat*',
      'teata*',
      'reklaam*',
      'kuulutus*',
      'kellegi teisena esinemine',
      'teise isikuna esinemine',
      'häkit*',
      'kaaperdat*',
      'laim*',
      'au teotami*',
    ],
  },
  success: [
    'sinu taotlust rakendatakse edaspidi',
    'oleme sinu taotluse kätte saanud',
    'saime sinu taotluse',
    'sinu taotlus on saadetud',
  ],
  labels: {
    email: ['e-post', 'e-posti aadress', 'meiliaadress', 'email'],
    country: ['riik', 'elukohariik', 'kus sa elad'],
    reason: ['kuidas see töötlemine sind mõjutab', 'kuidas töötlemine sind mõjutab', 'vastuväite põhjus'],
    code: ['kood', 'kinnituskood', 'kontrollkood', 'turvakood', 'ühekordne kood'],
  },
  buttons: {
    submit: ['saada', 'esita'],
    next: ['jätka', 'edasi', 'järgmine'],
    requestCode: ['taotle koodi', 'küsi koodi', 'saada kood', 'hangi kood'],
  },
  assist: {
    fill: 'Täida minu seadete põhjal',
    filled: 'Täidetud: {fields}. Kontrolli vormi ja vajuta siis ise esiletõstetud nuppu.',
    missing: 'Objectori seadetes pole salvestatud e-posti aadressi ega riiki: täida need ise.',
    submitHint: 'Objector ei saada vormi kunagi sinu eest.',
    nothing: 'Selles etapis pole Objectoril midagi täita. Vajuta ise esiletõstetud nuppu, kui oled valmis.',
    code: 'Meta saatis sinu e-posti aadressile koodi: sisesta see siia ise ja vajuta siis esiletõstetud nuppu.',
    done: 'Objector märkis üles, et saatsid selle vormi: {account}, {time}.',
    confirmed: 'Objector märkis üles Meta kinnituse: {account}, {time}.',
    noAccount:
      'Objector nägi, et vorm saadeti, kuid sisse pole logitud ühtegi Facebooki ega Instagrami kontot, mille jaoks seda üles märkida.',
    account: 'sinu {platform}i konto {name}',
    fields: { email: 'e-posti aadress', country: 'riik', reason: 'põhjus' },
  },
  statement:
    'Esitan {law} alusel vastuväite oma isikuandmete (postituste, fotode, kommentaaride ja muu teabe) kasutamise ' +
    'suhtes Meta tehisintellekti arendamiseks ja täiustamiseks. Ma ei ole selleks nõusolekut andnud; töötlemine ' +
    'võtab minult kontrolli minu teabe üle, mida võidakse tehisintellekti loodud sisus taasesitada, ning minu ' +
    'õigused ja vabadused kaaluvad üles Meta õigustatud huvi. Palun lõpetage see töötlemine ja kinnitage minu ' +
    'vastuväide.',
  law: {
    eu: 'isikuandmete kaitse üldmääruse (IKÜM) artikli 21',
    uk: 'Ühendkuningriigi isikuandmete kaitse üldmääruse (UK GDPR) artikli 21',
    ch: 'Šveitsi föderaalse andmekaitseseaduse (FADP) artikli 30 lõike 2 punkti b',
    br: 'Brasiilia isikuandmete kaitse üldseaduse (LGPD) artikli 18 lõike 2',
  },
};
