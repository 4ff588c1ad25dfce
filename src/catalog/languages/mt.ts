import type { FormWords, PageWords } from '../language-schema';

// Maltese. No Maltese wording of Meta's AI pages was found: Meta's English terms rendered as EU Maltese has them ("IA", oġġezzjoni).

export const page: PageWords = {
  rightToObject: "dritt ta' oġġezzjoni",
  aiAtMeta: "IA f'Meta",
  submitObjection: "Ibgħat talba ta' oġġezzjoni",
  formTitle: "Oġġezzjona għall-użu tal-informazzjoni tiegħek għall-IA f'Meta",
  objection: [
    'id-dritt li toġġezzjona',
    'id-dritt li joġġezzjona',
    'toġġezzjona għall-użu tal-informazzjoni tiegħek',
    'oġġezzjona għall-użu tal-informazzjoni tiegħek',
  ],
  objectionExact: ['oġġezzjona', 'oġġezzjoni', 'toġġezzjona', 'ibgħat oġġezzjoni', 'oġġezzjona hawn'],
  aiSections: [
    'Privatezza u IA ġenerattiva',
    "IA ġenerattiva f'Meta",
    "Informazzjoni li qsamt fuq il-Prodotti ta' Meta",
    'Kif Meta tuża l-informazzjoni għall-mudelli tal-IA ġenerattiva',
  ],
  thirdParty: [
    "Drittijiet tas-suġġett tad-data għal informazzjoni ta' partijiet terzi użata għall-IA f'Meta",
    'Drittijiet tas-suġġett tad-data dwar l-IA ġenerattiva',
  ],
  confirmation: [
    'se nilqgħu l-oġġezzjoni tiegħek',
    'se nirrispettaw l-oġġezzjoni tiegħek',
    'se nonoraw l-oġġezzjoni tiegħek',
    'l-oġġezzjoni tiegħek ġiet milqugħa',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['oġġezzjon*', 'toġġezzjon*', 'joġġezzjon*', 'noġġezzjon*'],
    ai: ['ia', 'ai', 'intelliġenza artifiċjali', 'ia ġenerattiva', 'meta ai', 'llama'],
    thirdParty: ['terzi', 'parti terza', 'partijiet terzi', 'persuni oħra'],
    not: [
      'drittijiet tal-awtur',
      'dritt tal-awtur',
      'copyright',
      'proprjetà intellettwali',
      'trademark*',
      'marka kummerċjali',
      'marki kummerċjali',
      'falsifik*',
      'iffalsifik*',
      'irrapport*',
      'reklam*',
      'impersonazzjoni',
      'serq tal-identità',
      'hekkjat*',
      'hacked',
      'malafama',
      'libell*',
    ],
  },
  success: [
    "it-talba tiegħek se tiġi applikata minn issa 'l quddiem",
    'irċevejna t-talba tiegħek',
    'it-talba tiegħek intbagħtet',
  ],
  labels: {
    email: ['email', 'e-mail', 'indirizz tal-email', 'posta elettronika'],
    country: ['pajjiż', "pajjiż ta' residenza"],
    reason: [
      'kif dan l-ipproċessar jaffettwak',
      "x'impatt għandu dan l-ipproċessar fuqek",
      'raġuni għall-oġġezzjoni tiegħek',
    ],
    code: ['kodiċi', "kodiċi ta' konferma", "kodiċi ta' verifika", 'kodiċi tas-sigurtà'],
  },
  buttons: {
    submit: ['ibgħat', 'issottometti'],
    next: ['kompli', 'li jmiss'],
    requestCode: ['itlob kodiċi', 'itlob il-kodiċi', 'ibgħat kodiċi'],
  },
  assist: {
    fill: 'Imla mill-issettjar tiegħi',
    filled: 'Mimli: {fields}. Iċċekkja l-formola, imbagħad agħfas int stess il-buttuna enfasizzata.',
    missing: "L-ebda indirizz tal-email jew pajjiż ma huwa ssejvjat fl-issettjar ta' Objector: imlihom int stess.",
    submitHint: 'Objector qatt ma jibgħat il-formola minflokok.',
    nothing: "F'dan il-pass m'hemm xejn x'jimla Objector. Agħfas int stess il-buttuna enfasizzata meta tkun trid.",
    code: 'Meta bagħtitlek kodiċi fuq l-email tiegħek: daħħlu hawn int stess, imbagħad agħfas il-buttuna enfasizzata.',
    done: 'Objector innota li bgħatt din il-formola għal {account} ({time}).',
    confirmed: "Objector innota l-konferma ta' Meta għal {account} ({time}).",
    noAccount:
      "Objector ra l-formola tintbagħat, iżda m'hemm l-ebda kont ta' Facebook jew Instagram illoggjat biex jinnotaha għalih.",
    account: "il-kont tiegħek ta' {platform} {name}",
    fields: { email: 'indirizz tal-email', country: 'pajjiż', reason: 'raġuni' },
  },
  statement:
    'Noġġezzjona, skont {law}, għall-użu tad-data personali tiegħi (posts, ritratti, kummenti u informazzjoni oħra) ' +
    'biex tiġi żviluppata u mtejba l-IA f’Meta. Ma tajtx il-kunsens tiegħi għal dan; dan l-ipproċessar ineħħili ' +
    'l-kontroll fuq l-informazzjoni tiegħi, li tista’ tiġi riprodotta fir-riżultati tal-IA, u d-drittijiet u ' +
    'l-libertajiet tiegħi jegħlbu l-interess leġittimu ta’ Meta. Jekk jogħġobkom, waqqfu dan l-ipproċessar u ' +
    'kkonfermaw l-oġġezzjoni tiegħi.',
  law: {
    eu: 'l-Artikolu 21 tar-RĠPD',
    uk: 'l-Artikolu 21 tar-RĠPD tar-Renju Unit (UK GDPR)',
    ch: 'l-Artikolu 30(2)(b) tal-Att Federali Żvizzeru dwar il-Protezzjoni tad-Data (FADP)',
    br: 'l-Artikolu 18, § 2 tal-LGPD tal-Brażil',
  },
};
