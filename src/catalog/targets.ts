import type { Catalog, Words } from './schema';

/*
 * Meta surfaces that lead to a step. URLs, form ids and the words marked in shared/META-FACTS.md
 * come from there; the other languages use Meta's usual translations of GDPR's "right to object"
 * (Art. 21) and of "AI at Meta". Matching ignores case, spacing, curly quotes and Unicode forms.
 */

/** Link and button words that lead to an objection form, strong enough alone. */
const OBJECTION_WORDS: Words = {
  en: [
    'right to object',
    'submit an objection request',
    'object to your information being used for AI at Meta',
    'object to the use of your information',
  ],
  de: [
    'Widerspruchsrecht',
    'Recht auf Widerspruch',
    'Einspruch gegen die Verwendung deiner Informationen für KI bei Meta',
    'Widerspruch einlegen',
    'Widerspruchsanfrage einreichen',
  ],
  fr: [
    "droit d'opposition",
    'droit de vous opposer',
    "vous opposer à l'utilisation de vos informations",
    "envoyer une demande d'opposition",
  ],
  it: [
    'diritto di opposizione',
    'diritto di opporti',
    "contesta l'uso delle tue informazioni per l'IA di Meta",
    'invia una richiesta di opposizione',
  ],
  es: ['derecho a oponerte', 'derecho de oposición', 'oponte al uso de tu información', 'solicitud de oposición'],
  nl: ['recht van bezwaar', 'recht om bezwaar te maken', 'bezwaar maken tegen het gebruik', 'bezwaarverzoek indienen'],
  pl: ['prawo do sprzeciwu', 'prawo do wniesienia sprzeciwu', 'wnieś sprzeciw', 'prośbę o sprzeciw'],
  pt: ['direito de oposição', 'direito de te opores', 'opõe-te à utilização das tuas informações pela IA na Meta'],
  'pt-br': [
    'direito de se opor',
    'direito de oposição',
    'opor-se ao uso das suas informações',
    'solicitação de objeção',
  ],
  sv: ['rätt att invända', 'rätten att invända', 'invändningsrätt', 'skicka en invändning'],
  da: ['ret til indsigelse', 'retten til at gøre indsigelse', 'gør indsigelse mod'],
  fi: ['oikeus vastustaa', 'vastustamisoikeus', 'lähetä vastustuspyyntö'],
  cs: ['právo vznést námitku', 'právo vznést námitky', 'vznést námitku proti'],
  ro: ['dreptul la opoziție', 'dreptul de opoziție', 'dreptul de a te opune'],
  hu: ['tiltakozáshoz való jog', 'tiltakozási jog', 'tiltakozás benyújtása'],
  el: ['δικαίωμα εναντίωσης', 'δικαίωμα αντίταξης', 'δικαίωμα να αντιταχθείτε'],
};

/** Too common alone ("object" in a post): counted only as a link's whole text on a privacy page. */
const OBJECTION_EXACT_WORDS: Words = {
  en: ['object', 'objection', 'object here', 'submit an objection'],
  de: ['widersprechen', 'zu widersprechen', 'Widerspruch', 'hier widersprechen'],
  fr: ["s'opposer", 'vous opposer', "t'opposer", 'opposition'],
  it: ['opporti', 'opporsi', 'opposizione'],
  es: ['oponerte', 'oponerse', 'oposición'],
  nl: ['bezwaar maken', 'bezwaar', 'maak bezwaar'],
  pl: ['sprzeciw', 'sprzeciwu', 'sprzeciwić się'],
  pt: ['opor-te', 'opor', 'oposição'],
  'pt-br': ['se opor', 'opor-se', 'objeção'],
  sv: ['invända', 'invändning'],
  da: ['gøre indsigelse', 'indsigelse'],
  fi: ['vastustaa', 'vastustus'],
  cs: ['vznést námitku', 'námitka', 'námitku'],
  ro: ['opune-te', 'a te opune', 'opoziție'],
  hu: ['tiltakozás', 'tiltakozz', 'tiltakozhatsz'],
  el: ['εναντίωση', 'αντίταξη', 'να αντιταχθείτε'],
};

/** Headings of the Privacy Center sections and topics that hold the objection link. */
const GENAI_SECTION_WORDS: Words = {
  en: [
    'Privacy and Generative AI',
    'AI at Meta',
    "Information you've shared on Meta Products",
    'How Meta uses information for generative AI models',
  ],
  de: [
    'KI bei Meta',
    'So verwenden wir Informationen für KI bei Meta',
    'Datenschutz und generative KI',
    'Informationen, die du auf Meta-Produkten geteilt hast',
  ],
  fr: [
    'IA chez Meta',
    'Informations que vous avez partagées sur les produits Meta',
    'Confidentialité et IA générative',
  ],
  it: ['IA in Meta', 'Privacy e IA generativa', 'Informazioni che hai condiviso sui Prodotti Meta'],
  es: ['IA en Meta', 'Privacidad e IA generativa'],
  nl: ['AI bij Meta', 'Privacy en generatieve AI'],
  pl: ['SI w Meta', 'Prywatność i generatywna SI'],
  pt: ['IA na Meta', 'Privacidade e IA generativa'],
  'pt-br': ['IA da Meta', 'Privacidade e IA generativa'],
  sv: ['AI hos Meta', 'Integritet och generativ AI'],
  da: ['AI hos Meta', 'Privatliv og generativ AI'],
  fi: ['Tekoäly Metassa', 'Yksityisyys ja generatiivinen tekoäly'],
  cs: ['AI ve společnosti Meta', 'Ochrana soukromí a generativní AI'],
  ro: ['IA la Meta', 'Confidențialitatea și IA generativă'],
  hu: ['MI a Metánál', 'Adatvédelem és generatív MI'],
  el: ['Τεχνητή νοημοσύνη στη Meta', 'Απόρρητο και παραγωγική τεχνητή νοημοσύνη'],
};

const GENAI_PAGES = ['/privacy/genai', '/privacy/guide/genai', '/privacy/guide/generative-ai'];

/** Order matters where evidence overlaps: forms, then links, then sections, then context pages. */
export const CATALOG: Catalog = [
  // ---- the objection forms ----
  {
    id: 'fb-objection-form',
    step: 'fb-objection',
    kind: 'form',
    hosts: ['facebook'],
    paths: [],
    // 2025 form; 2024 form (still linked from the Meta AI intro screens); the policy's legal-basis table row.
    forms: ['712876720715583', '6359191084165019', '1994830130782319'],
  },
  {
    id: 'fb-objection-gateway',
    step: 'fb-objection',
    kind: 'form',
    hosts: ['facebook'],
    paths: [],
    // "Is your request related to AI at Meta?" first; 540404257914453 is the older id that redirects here.
    forms: ['367438723733209', '540404257914453'],
  },
  {
    id: 'ig-objection-form',
    step: 'ig-objection',
    kind: 'form',
    hosts: ['instagram'],
    paths: [],
    forms: ['767264225370182', '233964459562201'],
  },
  {
    id: 'third-party-form',
    step: 'third-party-data',
    kind: 'form',
    hosts: ['facebook'],
    paths: [],
    forms: ['1266025207620918', '510058597920541'],
    roles: ['link', 'button'],
    words: {
      en: ['Data subject rights for third-party information used for AI at Meta', 'Generative AI Data Subject Rights'],
    },
  },
  // ---- words for links whose URL is not known yet (a new form id, a role=link without href) ----
  {
    id: 'fb-objection-words',
    step: 'fb-objection',
    kind: 'link',
    hosts: ['facebook'],
    paths: [],
    roles: ['link', 'button'],
    words: OBJECTION_WORDS,
    exactWords: OBJECTION_EXACT_WORDS,
  },
  {
    id: 'ig-objection-words',
    step: 'ig-objection',
    kind: 'link',
    hosts: ['instagram'],
    paths: [],
    roles: ['link', 'button'],
    words: OBJECTION_WORDS,
    exactWords: OBJECTION_EXACT_WORDS,
  },
  // ---- pages that lead to the form ----
  {
    id: 'fb-genai-page',
    step: 'fb-objection',
    kind: 'link',
    hosts: ['facebook'],
    // The help article "Information about objections and how you can object on Facebook".
    paths: [...GENAI_PAGES, '/help/2069235856423257'],
    guide: true,
  },
  {
    id: 'ig-genai-page',
    step: 'ig-objection',
    kind: 'link',
    hosts: ['instagram'],
    paths: GENAI_PAGES,
    guide: true,
  },
  {
    id: 'fb-genai-section',
    step: 'fb-objection',
    kind: 'section',
    hosts: ['facebook'],
    paths: [],
    roles: ['button', 'link'],
    words: GENAI_SECTION_WORDS,
  },
  {
    id: 'ig-genai-section',
    step: 'ig-objection',
    kind: 'section',
    hosts: ['instagram'],
    paths: [],
    roles: ['button', 'link'],
    words: GENAI_SECTION_WORDS,
  },
  // ---- known Meta pages: not outlined, but privacy pages where words may count and the guide opens ----
  {
    id: 'fb-privacy-pages',
    step: 'fb-objection',
    kind: 'context',
    hosts: ['facebook'],
    paths: ['/privacy/center', '/privacy/policy', '/policy.php', '/about/privacy'],
    guide: true,
  },
  {
    id: 'ig-privacy-pages',
    step: 'ig-objection',
    kind: 'context',
    hosts: ['instagram'],
    // privacycenter.instagram.com/policy/ and /privacy/center; help.instagram.com's policy page.
    paths: ['/privacy/center', '/policy', '/legal/privacy'],
    guide: true,
  },
  {
    id: 'fb-accounts-center',
    step: 'fb-objection',
    kind: 'context',
    hosts: ['facebook', 'instagram'],
    paths: ['/info_and_permissions'],
  },
  {
    id: 'meta-ai-terms',
    step: 'meta-ai-chats',
    kind: 'context',
    hosts: ['facebook'],
    paths: [
      '/legal/ai-terms',
      '/legal/eu-ai-terms',
      '/legal/uk-ai-terms',
      '/legal/br-ai-terms',
      '/privacy/dialog/ai-partners',
    ],
  },
  {
    id: 'data-rights-forms',
    step: 'third-party-data',
    kind: 'context',
    hosts: ['facebook'],
    paths: [],
    // Erase, data protection officer, manage data outside the EU: data rights, not the AI objection.
    forms: ['259518714718624', '540977946302970', '1638046109617856'],
  },
  {
    // WhatsApp's own data-rights form; the checklist only meets WhatsApp through Meta AI chats.
    id: 'whatsapp-objection-form',
    step: 'meta-ai-chats',
    kind: 'context',
    hosts: ['whatsapp'],
    paths: ['/contact/forms/382532939919295'],
  },
];
