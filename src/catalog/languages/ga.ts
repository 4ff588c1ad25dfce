import type { FormWords, PageWords } from '../language-schema';

// Irish. No Irish wording of Meta's AI pages was found: Meta's English terms rendered as Irish usage has them ("IS", intleacht shaorga).

export const page: PageWords = {
  rightToObject: 'an ceart chun agóid a dhéanamh',
  aiAtMeta: 'IS ag Meta',
  submitObjection: 'Cuir isteach iarratas agóide',
  formTitle: 'Déan agóid i gcoinne do chuid faisnéise a úsáid le haghaidh IS ag Meta',
  objection: [
    'ceart agóid a dhéanamh',
    'déan agóid i gcoinne do chuid faisnéise a úsáid',
    'agóid a dhéanamh i gcoinne do chuid faisnéise a úsáid',
    'iarratas agóide',
  ],
  objectionExact: ['agóid', 'déan agóid', 'agóid a dhéanamh', 'déan agóid anseo'],
  aiSections: [
    'Príobháideacht agus IS ghiniúnach',
    'IS ghiniúnach ag Meta',
    'Faisnéis a roinn tú ar Tháirgí Meta',
    'Conas a úsáideann Meta faisnéis le haghaidh samhlacha IS ghiniúnaigh',
  ],
  thirdParty: [
    'Cearta ábhar sonraí maidir le faisnéis tríú páirtí a úsáidtear le haghaidh IS ag Meta',
    'Cearta ábhar sonraí maidir le IS ghiniúnach',
  ],
  confirmation: [
    "glacfaimid le d'agóid",
    "urramóimid d'agóid",
    "tá glactha againn le d'agóid",
    "cuirfimid d'agóid i bhfeidhm",
  ],
};

export const form: FormWords = {
  purpose: {
    // "hagóid" after "a" (her) and "le"; "n-agóid" is found by "agóid*" itself.
    object: ['agóid*', 'hagóid*'],
    // Never "is" alone: it is also the Irish copula and the English verb.
    ai: [
      'intleacht shaorga',
      'intleachta saorga',
      'hintleachta saorga',
      'is ghiniúnach',
      'is ag meta',
      'ai',
      'meta ai',
      'llama',
    ],
    thirdParty: ['tríú páirtí', 'tríú páirtithe', 'daoine eile', 'dhaoine eile'],
    not: [
      'cóipcheart*',
      'cóipchirt',
      'maoin intleachtúil',
      'trádmharc*',
      'góchum*',
      'tuairisc*',
      'fógraíocht*',
      'fógraí',
      'pearsanú*',
      'haiceáil*',
      'haiceáladh',
      'clúmhill*',
    ],
  },
  success: [
    "cuirfear d'iarratas i bhfeidhm as seo amach",
    "fuaireamar d'iarratas",
    "tá d'iarratas faighte againn",
    "seoladh d'iarratas",
  ],
  labels: {
    email: ['ríomhphost', 'seoladh ríomhphoist', 'r-phost', 'email', 'e-mail'],
    country: ['tír', 'tír chónaithe'],
    reason: [
      'conas a théann an phróiseáil seo i bhfeidhm ort',
      'an tionchar atá ag an bpróiseáil seo ort',
      "cúis le d'agóid",
    ],
    code: ['cód', 'cód deimhnithe', 'cód fíoraithe', 'cód slándála'],
  },
  buttons: {
    submit: ['seol', 'cuir isteach'],
    next: ['lean ar aghaidh', 'ar aghaidh'],
    requestCode: ['iarr cód', 'seol cód', 'faigh cód'],
  },
  assist: {
    fill: 'Líon isteach ó mo shocruithe',
    filled: 'Líonta: {fields}. Seiceáil an fhoirm, ansin brúigh féin an cnaipe aibhsithe.',
    missing: 'Níl seoladh ríomhphoist ná tír sábháilte i socruithe Objector: líon isteach féin iad.',
    submitHint: 'Ní sheolann Objector an fhoirm ar do shon choíche.',
    nothing: 'Níl aon rud le líonadh ag Objector sa chéim seo. Brúigh féin an cnaipe aibhsithe nuair is mian leat.',
    code: 'Sheol Meta cód chuig do sheoladh ríomhphoist: cuir isteach féin anseo é, ansin brúigh an cnaipe aibhsithe.',
    done: 'Thug Objector faoi deara gur sheol tú an fhoirm seo, maidir le {account}, ar {time}.',
    confirmed: 'Thug Objector dearbhú Meta faoi deara, maidir le {account}, ar {time}.',
    noAccount:
      'Chonaic Objector gur seoladh an fhoirm, ach níl aon chuntas Facebook ná Instagram logáilte isteach lena thaifeadadh.',
    account: 'do chuntas {platform} {name}',
    fields: { email: 'seoladh ríomhphoist', country: 'tír', reason: 'cúis' },
  },
  statement:
    'Déanaim agóid, faoi {law}, i gcoinne mo shonraí pearsanta (postálacha, grianghraif, tráchtanna agus faisnéis ' +
    'eile) a úsáid chun IS ag Meta a fhorbairt agus a fheabhsú. Níor thoiligh mé leis; baineann sé díom an smacht ' +
    'ar mo chuid faisnéise, a d’fhéadfaí a atáirgeadh in aschur IS, agus tá sáraíocht ag mo chearta agus ag mo ' +
    'shaoirsí ar leas dlisteanach Meta. Iarraim oraibh an phróiseáil seo a stopadh agus m’agóid a dheimhniú.',
  law: {
    eu: 'Airteagal 21 den RGCS',
    uk: 'Airteagal 21 de RGCS na Ríochta Aontaithe (UK GDPR)',
    ch: 'Airteagal 30(2)(b) d’Acht Cónaidhme na hEilvéise um Chosaint Sonraí (FADP)',
    br: 'Airteagal 18, § 2 de LGPD na Brasaíle',
  },
};
