import type { FormWords, PageWords } from '../language-schema';

// Icelandic. No Icelandic Meta wording found in sources: Meta's usual phrasing rendered in Icelandic, the right named as in Persónuvernd's texts.

export const page: PageWords = {
  rightToObject: 'andmælaréttur',
  aiAtMeta: 'Gervigreind hjá Meta',
  submitObjection: 'Senda inn andmælabeiðni',
  formTitle: 'Andmæltu notkun upplýsinga þinna fyrir gervigreind hjá Meta',
  objection: [
    'andmælarétt',
    'andmælaréttinn',
    'andmælaréttar',
    'réttur til að andmæla',
    'rétt til að andmæla',
    'réttinn til að andmæla',
    'andmæla notkun upplýsinga þinna',
    'réttur til að mótmæla',
    'rétt til að mótmæla',
  ],
  objectionExact: ['andmæla', 'andmæli', 'andmæltu', 'andmæla hér', 'mótmæla'],
  aiSections: [
    'Persónuvernd og skapandi gervigreind',
    'Skapandi gervigreind hjá Meta',
    'Upplýsingar sem þú hefur deilt á vörum Meta',
    'Hvernig Meta notar upplýsingar fyrir líkön skapandi gervigreindar',
  ],
  thirdParty: [
    'Réttindi skráðra einstaklinga vegna upplýsinga frá þriðju aðilum sem notaðar eru fyrir gervigreind hjá Meta',
  ],
  confirmation: [
    'við munum virða andmæli þín',
    'við virðum andmæli þín',
    'við munum taka andmæli þín til greina',
    'við tökum andmæli þín til greina',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['andmæl*', 'mótmæl*'],
    ai: ['gervigreind*', 'ai', 'ai-*', 'skapandi gervigreind', 'meta ai', 'llama'],
    thirdParty: ['þriðju aðil*', 'þriðja aðil*', 'þriðji aðil*', 'frá öðrum'],
    not: [
      'höfundarétt*',
      'hugverkarétt*',
      'vörumerk*',
      'fölsun*',
      'eftirlíking*',
      'tilkynn*',
      'auglýsing*',
      'þykjast vera',
      'villa á sér heimildir',
      'brotist inn',
      'hakka*',
      'ærumeiðing*',
      'meiðyrð*',
    ],
  },
  success: [
    'beiðni þinni verður framfylgt',
    'beiðni þín gildir framvegis',
    'við höfum móttekið beiðni þína',
    'við höfum fengið beiðni þína',
    'beiðni þín hefur verið send',
  ],
  labels: {
    email: ['netfang', 'tölvupóstur', 'tölvupóstfang', 'email'],
    country: ['land', 'búsetuland', 'hvar býrðu'],
    reason: ['hvernig þessi vinnsla hefur áhrif á þig', 'hvaða áhrif þessi vinnsla hefur á þig', 'ástæða andmæla'],
    code: ['kóði', 'kóða', 'staðfestingarkóði', 'staðfestingarkóða', 'öryggiskóði', 'einnota kóði'],
  },
  buttons: {
    submit: ['senda', 'senda inn'],
    next: ['áfram', 'halda áfram', 'næsta'],
    requestCode: ['biðja um kóða', 'senda kóða', 'fá kóða'],
  },
  assist: {
    fill: 'Fylla út úr stillingunum mínum',
    filled: 'Útfyllt: {fields}. Farðu yfir eyðublaðið og ýttu svo á merkta hnappinn.',
    missing: 'Ekkert netfang eða land er vistað í stillingum Objector: fylltu þá reiti út.',
    submitHint: 'Objector sendir eyðublaðið aldrei fyrir þig.',
    nothing: 'Objector hefur ekkert að fylla út í þessu skrefi. Ýttu á merkta hnappinn þegar þú vilt halda áfram.',
    code: 'Meta hefur sent kóða á netfangið þitt: sláðu hann inn hér og ýttu svo á merkta hnappinn.',
    done: 'Objector skráði að þú sendir þetta eyðublað fyrir {account}, {time}.',
    confirmed: 'Objector skráði staðfestingu Meta fyrir {account}, {time}.',
    noAccount:
      'Objector sá að eyðublaðið var sent, en enginn Facebook- eða Instagram-reikningur er innskráður til að skrá það á.',
    account: '{platform}-reikninginn þinn {name}',
    fields: { email: 'netfang', country: 'land', reason: 'ástæða' },
  },
  statement:
    'Ég andmæli, samkvæmt {law}, notkun persónuupplýsinga minna (færslna, mynda, ummæla og annarra upplýsinga) til ' +
    'að þróa og bæta gervigreind hjá Meta. Ég hef ekki veitt samþykki fyrir því; vinnslan sviptir mig stjórn á ' +
    'upplýsingum mínum, sem geta birst í efni sem gervigreind býr til, og réttindi mín og frelsi vega þyngra en ' +
    'lögmætir hagsmunir Meta. Vinsamlegast hættið þessari vinnslu og staðfestið andmæli mín.',
  law: {
    eu: '21. gr. almennu persónuverndarreglugerðarinnar (GDPR)',
    uk: '21. gr. bresku persónuverndarreglugerðarinnar (UK GDPR)',
    ch: 'b-lið 2. mgr. 30. gr. svissnesku persónuverndarlaganna (FADP)',
    br: '2. mgr. 18. gr. brasilísku persónuverndarlaganna (LGPD)',
  },
};
